/// The counts of the three tables as a user writes them in YAML or JSON.
///
/// ```yaml
/// active:                      # 表二
///   regulations: {issued: 0, repealed: 0, in-force: 2}
///   normative-documents: {issued: 4, repealed: 1, in-force: 37}
///   licensing: 1260
///   penalties: 85
///   enforcement: 3
///   fees: 0                    # 万元
/// applications:                # 表三: row id → applicant column id → count
///   received: {natural: 120, business: 8, legal: 2}
///   granted: {natural: 60, business: 5, total: 65}   # a total is optional and only checked
/// appeals:                     # 表四: block id → outcome id → count
///   review: {upheld: 1, pending: 1}
/// ```
/// Missing rows and columns are 0. Totals (the `total` column, the `result-total`
/// row, each block's `total`) are always derived; when given they are only checked.
public struct NianbaoInput: Sendable, Codable, Hashable {
    public var active: DisclosureInput?
    public var applications: [String: ApplicantCountsInput]?
    public var appeals: [String: AppealCountsInput]?

    public init(active: DisclosureInput? = nil, applications: [String: ApplicantCountsInput]? = nil, appeals: [String: AppealCountsInput]? = nil) {
        self.active = active
        self.applications = applications
        self.appeals = appeals
    }
}

/// Table 二 as written by the user.
public struct DisclosureInput: Sendable, Codable, Hashable {
    public var regulations: DocumentCountsInput?
    public var normativeDocuments: DocumentCountsInput?
    public var licensing: Int?
    public var penalties: Int?
    public var enforcement: Int?
    /// 本年收费金额 in 万元; a number or a string such as "4068.208".
    public var fees: FeeAmount?

    enum CodingKeys: String, CodingKey {
        case regulations
        case normativeDocuments = "normative-documents"
        case licensing, penalties, enforcement, fees
    }

    public init(regulations: DocumentCountsInput? = nil, normativeDocuments: DocumentCountsInput? = nil, licensing: Int? = nil, penalties: Int? = nil, enforcement: Int? = nil, fees: FeeAmount? = nil) {
        self.regulations = regulations
        self.normativeDocuments = normativeDocuments
        self.licensing = licensing
        self.penalties = penalties
        self.enforcement = enforcement
        self.fees = fees
    }
}

/// 本年制发 / 本年废止 / 现行有效 as written by the user.
public struct DocumentCountsInput: Sendable, Codable, Hashable {
    public var issued: Int?
    public var repealed: Int?
    public var inForce: Int?

    enum CodingKeys: String, CodingKey {
        case issued, repealed
        case inForce = "in-force"
    }

    public init(issued: Int? = nil, repealed: Int? = nil, inForce: Int? = nil) {
        self.issued = issued
        self.repealed = repealed
        self.inForce = inForce
    }
}

/// A fee amount in 万元, accepted as a YAML number or string and kept as written.
public struct FeeAmount: Sendable, Codable, Hashable {
    public var text: String

    public init(_ text: String) { self.text = text }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let int = try? container.decode(Int.self) {
            text = String(int)
        } else if let string = try? container.decode(String.self) {
            text = string
        } else {
            text = String(try container.decode(Double.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

/// One table-三 row as written by the user: the six applicant columns and an optional total.
public struct ApplicantCountsInput: Sendable, Codable, Hashable {
    public var natural: Int?
    public var business: Int?
    public var research: Int?
    public var nonprofit: Int?
    public var legal: Int?
    public var other: Int?
    /// Only checked against the derived total.
    public var total: Int?

    public init(natural: Int? = nil, business: Int? = nil, research: Int? = nil, nonprofit: Int? = nil, legal: Int? = nil, other: Int? = nil, total: Int? = nil) {
        self.natural = natural
        self.business = business
        self.research = research
        self.nonprofit = nonprofit
        self.legal = legal
        self.other = other
        self.total = total
    }

    /// The count in `column` as given (nil when not written).
    public subscript(column: ApplicantColumn) -> Int? {
        switch column {
        case .naturalPerson: natural
        case .business: business
        case .research: research
        case .nonprofit: nonprofit
        case .legalService: legal
        case .otherOrganization: other
        case .total: total
        }
    }
}

/// One table-四 block as written by the user; `total` is optional and only checked.
public struct AppealCountsInput: Sendable, Codable, Hashable {
    public var upheld: Int?
    public var corrected: Int?
    public var other: Int?
    public var pending: Int?
    public var total: Int?

    public init(upheld: Int? = nil, corrected: Int? = nil, other: Int? = nil, pending: Int? = nil, total: Int? = nil) {
        self.upheld = upheld
        self.corrected = corrected
        self.other = other
        self.pending = pending
        self.total = total
    }
}

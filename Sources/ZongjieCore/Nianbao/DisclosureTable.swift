/// The rows of table 二 (主动公开政府信息情况, 2021 format), one per 信息内容.
public enum DisclosureRow: Int, CaseIterable, Sendable, Hashable, Codable {
    case regulations
    case normativeDocuments
    case licensing
    case penalties
    case enforcement
    case fees

    /// Short id used as a key in YAML input.
    public var id: String {
        switch self {
        case .regulations: "regulations"
        case .normativeDocuments: "normative-documents"
        case .licensing: "licensing"
        case .penalties: "penalties"
        case .enforcement: "enforcement"
        case .fees: "fees"
        }
    }

    /// The 信息内容 label as printed.
    public var label: String {
        switch self {
        case .regulations: "规章"
        case .normativeDocuments: "行政规范性文件"
        case .licensing: "行政许可"
        case .penalties: "行政处罚"
        case .enforcement: "行政强制"
        case .fees: "行政事业性收费"
        }
    }

    /// The columns this row has: three counts for documents, one figure otherwise.
    public var columns: [DisclosureColumn] {
        switch self {
        case .regulations, .normativeDocuments: [.issued, .repealed, .inForce]
        case .licensing, .penalties, .enforcement: [.decisions]
        case .fees: [.feeAmount]
        }
    }
}

/// The numeric columns of table 二.
public enum DisclosureColumn: Int, CaseIterable, Sendable, Hashable, Codable {
    case issued
    case repealed
    case inForce
    case decisions
    case feeAmount

    /// The column's name as printed.
    public var name: String {
        switch self {
        case .issued: "本年制发件数"
        case .repealed: "本年废止件数"
        case .inForce: "现行有效件数"
        case .decisions: "本年处理决定数量"
        case .feeAmount: "本年收费金额（单位：万元）"
        }
    }
}

/// The figures of table 二. Counts are whole numbers; the fee is in 万元 and
/// kept as written ("4068.208"), since it is a decimal amount.
public struct DisclosureFigures: Sendable, Hashable {
    public var regulations: DocumentCounts
    public var normativeDocuments: DocumentCounts
    public var licensing: Int
    public var penalties: Int
    public var enforcement: Int
    /// 行政事业性收费 本年收费金额 in 万元, as written; "0" when none.
    public var feeAmount: String

    public init(
        regulations: DocumentCounts = DocumentCounts(),
        normativeDocuments: DocumentCounts = DocumentCounts(),
        licensing: Int = 0,
        penalties: Int = 0,
        enforcement: Int = 0,
        feeAmount: String = "0"
    ) {
        self.regulations = regulations
        self.normativeDocuments = normativeDocuments
        self.licensing = licensing
        self.penalties = penalties
        self.enforcement = enforcement
        self.feeAmount = feeAmount
    }
}

/// 本年制发件数 / 本年废止件数 / 现行有效件数 for 规章 or 行政规范性文件.
public struct DocumentCounts: Sendable, Hashable, Codable {
    public var issued: Int
    public var repealed: Int
    public var inForce: Int

    public init(issued: Int = 0, repealed: Int = 0, inForce: Int = 0) {
        self.issued = issued
        self.repealed = repealed
        self.inForce = inForce
    }
}

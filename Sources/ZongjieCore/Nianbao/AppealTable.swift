/// The three blocks of table 四 (政府信息公开行政复议、行政诉讼情况).
public enum AppealBlock: Int, CaseIterable, Sendable, Hashable, Codable {
    case review
    case directSuit
    case suitAfterReview

    /// Short id used as a key in YAML input.
    public var id: String {
        switch self {
        case .review: "review"
        case .directSuit: "direct-suit"
        case .suitAfterReview: "suit-after-review"
        }
    }

    /// The block's name as printed (行政诉讼 blocks with their parent heading).
    public var name: String {
        switch self {
        case .review: "行政复议"
        case .directSuit: "行政诉讼（未经复议直接起诉）"
        case .suitAfterReview: "行政诉讼（复议后起诉）"
        }
    }
}

/// The five columns of each table-四 block.
public enum AppealOutcome: Int, CaseIterable, Sendable, Hashable, Codable {
    case upheld
    case corrected
    case other
    case pending
    case total

    /// The four outcomes whose sum is 总计 (identity T4-A).
    public static let parts: [AppealOutcome] = [.upheld, .corrected, .other, .pending]

    /// Short id used as a key in YAML input.
    public var id: String {
        switch self {
        case .upheld: "upheld"
        case .corrected: "corrected"
        case .other: "other"
        case .pending: "pending"
        case .total: "total"
        }
    }

    /// The column's name as printed.
    public var name: String {
        switch self {
        case .upheld: "结果维持"
        case .corrected: "结果纠正"
        case .other: "其他结果"
        case .pending: "尚未审结"
        case .total: "总计"
        }
    }
}

/// The four outcome counts of one table-四 block; its 总计 is derived.
public struct AppealCounts: Sendable, Hashable {
    public var upheld: Int
    public var corrected: Int
    public var other: Int
    public var pending: Int

    public init(upheld: Int = 0, corrected: Int = 0, other: Int = 0, pending: Int = 0) {
        self.upheld = upheld
        self.corrected = corrected
        self.other = other
        self.pending = pending
    }

    /// 总计: always the sum of the four outcomes.
    public var total: Int { upheld + corrected + other + pending }

    /// The count in `outcome` (总计 derived).
    public subscript(outcome: AppealOutcome) -> Int {
        switch outcome {
        case .upheld: upheld
        case .corrected: corrected
        case .other: other
        case .pending: pending
        case .total: total
        }
    }
}

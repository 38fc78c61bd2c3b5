import ZongjieCore

/// A count quoted in the prose ("予以公开 208 件（17.46%）"), with what it refers to.
struct ProseFigure: Sendable {
    /// What the prose says the count is.
    enum Subject: Sendable, Equatable {
        case received
        case carriedOver
        case resultTotal
        case carriedForward
        case granted
        case partlyGranted
        case grantedOrPartly
        case group(ApplicationResultGroup)
        case naturalPersons
        case organisations
        /// Table-四 cases: of some blocks, all outcomes (nil) or one.
        case appeals(AppealScope, AppealOutcome?)

        /// Whether this is one of the handling results that add up to （七）总计; two results
        /// never overlap unless one is 予以公开及部分公开 and the other a part of it.
        var isResult: Bool {
            switch self {
            case .granted, .partlyGranted, .grantedOrPartly, .group: true
            default: false
            }
        }
    }

    /// Which table-四 blocks prose about 复议/诉讼 means.
    enum AppealScope: Sendable, Equatable {
        case review
        case suits
        case directSuit
        case suitAfterReview
        case all

        var blocks: [AppealBlock] {
            switch self {
            case .review: [.review]
            case .suits: [.directSuit, .suitAfterReview]
            case .directSuit: [.directSuit]
            case .suitAfterReview: [.suitAfterReview]
            case .all: AppealBlock.allCases
            }
        }

        var name: String {
            switch self {
            case .review: "行政复议"
            case .suits: "行政诉讼（两栏合计）"
            case .directSuit: "行政诉讼（未经复议直接起诉）"
            case .suitAfterReview: "行政诉讼（复议后起诉）"
            case .all: "行政复议与行政诉讼合计"
            }
        }

        /// This scope and one named earlier in the sentence ("行政复议、行政诉讼案件" is both).
        func joined(with earlier: AppealScope?) -> AppealScope {
            guard let earlier, earlier != self else { return self }
            if self == .all || earlier == .all || self == .review || earlier == .review { return .all }
            return .suits
        }

        /// The blocks the words of a clause name, nil when they name none.
        static func named(in text: String) -> AppealScope? {
            if text.contains("复议后起诉") { return .suitAfterReview }
            if text.contains("直接起诉") || text.contains("未经复议") { return .directSuit }
            let review = text.contains("复议")
            let suit = text.contains("诉讼") || text.contains("起诉")
            if review && suit { return .all }
            if review { return .review }
            if suit { return .suits }
            return nil
        }
    }

    /// The base a share is said to be of ("占办结总数的"), when the prose names one.
    enum Base: Sendable, Equatable {
        case handled
        case received
    }

    var subject: Subject
    /// The words before the number, for the message ("予以公开及部分公开").
    var lead: String
    var value: Int
    var range: SourceRange
    /// A percentage written after the count ("（17.46%）", "，占办结总数的 34.2%").
    var percentage: (value: Double, decimals: Int, range: SourceRange, base: Base?)?
    /// Which paragraph of the prose the count is in (0-based), for sums over one paragraph.
    var paragraph: Int = 0

    /// What a clause's words say the following count is; nil when it is no table figure.
    /// `sentenceScope` is the 复议/诉讼 block named earlier in the sentence
    /// ("行政复议 61 件，其中维持 27 件").
    static func subject(of lead: String, sentenceScope: AppealScope? = nil) -> Subject? {
        guard lead.unicodeScalars.count <= 40 else { return nil }
        if let scope = AppealScope.named(in: lead) { return .appeals(scope, appealOutcome(lead)) }
        if let sentenceScope, lead.contains("案件") || appealOutcome(lead) != nil { return .appeals(sentenceScope, appealOutcome(lead)) }
        if lead.contains("案件") { return nil }
        if lead.contains("予以公开及部分公开") || lead.contains("予以公开和部分公开") { return .grantedOrPartly }
        if lead.contains("部分公开") { return .partlyGranted }
        if lead.contains("不予公开") { return .group(.withheld) }
        if lead.contains("予以公开") || lead.contains("同意公开") { return .granted }
        if lead.contains("无法提供") { return .group(.unavailable) }
        if lead.contains("不予处理") { return .group(.notProcessed) }
        if lead.contains("其他处理") { return .group(.otherHandling) }
        if lead.contains("上年结转") { return .carriedOver }
        if lead.contains("结转下") || lead.contains("转下一年") { return .carriedForward }
        if lead.contains("办结") || lead.hasSuffix("办理") || lead.hasSuffix("答复") || lead.contains("共答复") { return .resultTotal }
        if lead.contains("自然人") { return .naturalPersons }
        if lead.contains("法人或其他组织") { return .organisations }
        if lead.contains("新收") { return .received }
        let receives = lead.contains("收到") || lead.contains("受理")
        if receives && lead.contains("申请") { return .received }
        return nil
    }

    /// The table-四 outcome a clause names (结果维持, 纠错 …), nil for all cases.
    static func appealOutcome(_ lead: String) -> AppealOutcome? {
        if lead.contains("尚未审结") || lead.contains("未审结") || lead.contains("审理中") { return .pending }
        if lead.contains("纠正") || lead.contains("纠错") || lead.contains("败诉") { return .corrected }
        if lead.contains("维持") { return .upheld }
        if lead.contains("其他结果") { return .other }
        return nil
    }
}

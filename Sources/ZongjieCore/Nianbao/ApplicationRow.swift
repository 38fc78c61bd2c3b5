/// The 25 rows of table 三 in the order of 国办公开办函〔2021〕30号, from
/// 一、本年新收 to 四、结转下年度继续办理.
///
/// （六）其他处理's three sub-rows are only attested by code (facts.md §2.4);
/// we follow the majority of the cited sources, see plugins/gongkai-nianbao/README.md.
public enum ApplicationRow: Int, CaseIterable, Sendable, Hashable, Codable {
    case received
    case carriedOver
    case granted
    case partlyGranted
    case withheldStateSecret
    case withheldByLaw
    case withheldThreeSafety
    case withheldThirdParty
    case withheldInternalAffairs
    case withheldProcess
    case withheldEnforcementFile
    case withheldQuery
    case unavailableNotHeld
    case unavailableNeedsCreation
    case unavailableStillUnclear
    case notProcessedPetition
    case notProcessedRepeated
    case notProcessedPublication
    case notProcessedExcessive
    case notProcessedConfirmation
    case otherNoCorrection
    case otherFeeUnpaid
    case otherOther
    case resultTotal
    case carriedForward

    /// The handling-result rows that add up to （七）总计 (identity T3-B).
    public static let resultParts: [ApplicationRow] = allCases.filter { $0.group != nil }

    /// Short id used as a key in YAML input.
    public var id: String {
        switch self {
        case .received: "received"
        case .carriedOver: "carried-over"
        case .granted: "granted"
        case .partlyGranted: "partly-granted"
        case .withheldStateSecret: "state-secret"
        case .withheldByLaw: "prohibited-by-law"
        case .withheldThreeSafety: "three-safety"
        case .withheldThirdParty: "third-party"
        case .withheldInternalAffairs: "internal-affairs"
        case .withheldProcess: "process-information"
        case .withheldEnforcementFile: "enforcement-file"
        case .withheldQuery: "query-item"
        case .unavailableNotHeld: "not-held"
        case .unavailableNeedsCreation: "needs-creation"
        case .unavailableStillUnclear: "still-unclear"
        case .notProcessedPetition: "petition"
        case .notProcessedRepeated: "repeated"
        case .notProcessedPublication: "publication"
        case .notProcessedExcessive: "excessive"
        case .notProcessedConfirmation: "confirmation"
        case .otherNoCorrection: "no-correction"
        case .otherFeeUnpaid: "fee-unpaid"
        case .otherOther: "other-handling"
        case .resultTotal: "result-total"
        case .carriedForward: "carried-forward"
        }
    }

    /// The row's own label as printed in the format (with its 1. / （一） / 一、 marker).
    public var label: String {
        switch self {
        case .received: "一、本年新收政府信息公开申请数量"
        case .carriedOver: "二、上年结转政府信息公开申请数量"
        case .granted: "（一）予以公开"
        case .partlyGranted: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
        case .withheldStateSecret: "1.属于国家秘密"
        case .withheldByLaw: "2.其他法律行政法规禁止公开"
        case .withheldThreeSafety: "3.危及“三安全一稳定”"
        case .withheldThirdParty: "4.保护第三方合法权益"
        case .withheldInternalAffairs: "5.属于三类内部事务信息"
        case .withheldProcess: "6.属于四类过程性信息"
        case .withheldEnforcementFile: "7.属于行政执法案卷"
        case .withheldQuery: "8.属于行政查询事项"
        case .unavailableNotHeld: "1.本机关不掌握相关政府信息"
        case .unavailableNeedsCreation: "2.没有现成信息需要另行制作"
        case .unavailableStillUnclear: "3.补正后申请内容仍不明确"
        case .notProcessedPetition: "1.信访举报投诉类申请"
        case .notProcessedRepeated: "2.重复申请"
        case .notProcessedPublication: "3.要求提供公开出版物"
        case .notProcessedExcessive: "4.无正当理由大量反复申请"
        case .notProcessedConfirmation: "5.要求行政机关确认或重新出具已获取信息"
        case .otherNoCorrection: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
        case .otherFeeUnpaid: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"
        case .otherOther: "3.其他"
        case .resultTotal: "（七）总计"
        case .carriedForward: "四、结转下年度继续办理"
        }
    }

    /// The sub-table a numbered sub-row belongs to (（三）不予公开 …), nil for rows that stand alone.
    public var group: ApplicationResultGroup? {
        switch self {
        case .granted, .partlyGranted: .direct
        case .withheldStateSecret, .withheldByLaw, .withheldThreeSafety, .withheldThirdParty,
             .withheldInternalAffairs, .withheldProcess, .withheldEnforcementFile, .withheldQuery: .withheld
        case .unavailableNotHeld, .unavailableNeedsCreation, .unavailableStillUnclear: .unavailable
        case .notProcessedPetition, .notProcessedRepeated, .notProcessedPublication, .notProcessedExcessive,
             .notProcessedConfirmation: .notProcessed
        case .otherNoCorrection, .otherFeeUnpaid, .otherOther: .otherHandling
        case .received, .carriedOver, .resultTotal, .carriedForward: nil
        }
    }

    /// The name used in findings: the label, prefixed by its group for numbered sub-rows
    /// ("（三）不予公开 1.属于国家秘密"), without the long 部分公开 note.
    public var displayName: String {
        switch self {
        case .partlyGranted: return "（二）部分公开"
        case .resultTotal: return "三、本年度办理结果（七）总计"
        default:
            if let group, group != .direct { return "\(group.label) \(label)" }
            return label
        }
    }
}

/// The groups of handling results under 三、本年度办理结果.
public enum ApplicationResultGroup: Sendable, Hashable, CaseIterable {
    /// （一）予以公开 and （二）部分公开, rows of their own.
    case direct
    case withheld
    case unavailable
    case notProcessed
    case otherHandling

    /// The group heading as printed ("" for the two rows that have none).
    public var label: String {
        switch self {
        case .direct: ""
        case .withheld: "（三）不予公开"
        case .unavailable: "（四）无法提供"
        case .notProcessed: "（五）不予处理"
        case .otherHandling: "（六）其他处理"
        }
    }

    /// The rows of this group in order.
    public var rows: [ApplicationRow] { ApplicationRow.allCases.filter { $0.group == self } }
}

/// The seven numeric columns of table 三 (收到和处理政府信息公开申请情况):
/// 自然人, the five 法人或其他组织 kinds, and 总计.
public enum ApplicantColumn: Int, CaseIterable, Sendable, Hashable, Codable {
    case naturalPerson
    case business
    case research
    case nonprofit
    case legalService
    case otherOrganization
    case total

    /// The six applicant kinds whose sum is 总计 (identity T3-C).
    public static let applicants: [ApplicantColumn] = [.naturalPerson, .business, .research, .nonprofit, .legalService, .otherOrganization]

    /// Short id used as a key in YAML input.
    public var id: String {
        switch self {
        case .naturalPerson: "natural"
        case .business: "business"
        case .research: "research"
        case .nonprofit: "nonprofit"
        case .legalService: "legal"
        case .otherOrganization: "other"
        case .total: "total"
        }
    }

    /// The column's name as printed in the national format.
    public var name: String {
        switch self {
        case .naturalPerson: "自然人"
        case .business: "商业企业"
        case .research: "科研机构"
        case .nonprofit: "社会公益组织"
        case .legalService: "法律服务机构"
        case .otherOrganization: "其他"
        case .total: "总计"
        }
    }
}

/// What the CI formats say about the tool itself (SARIF `tool.driver`, rdjson `source`).
public enum ToolInfo {
    public static let name = "zongjie"
    /// The version `zongjie --version` prints.
    public static let version = "0.1.0"
    /// The project's home page. The project has no published address yet: this is the one
    /// place to change when it has (SARIF `informationUri`, rdjson `source.url`, rule links).
    public static let informationURI = "https://github.com/zongjie/zongjie"

    /// A link for one rule (SARIF `helpUri`, rdjson `code.url`).
    public static func ruleURI(_ id: String) -> String {
        "\(informationURI)#\(id)"
    }
}

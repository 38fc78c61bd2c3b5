import ZongjieCore

extension ReportTypeCatalog {
    /// The base outlines compiled into the binary, by id (`annual-summary`).
    public static func builtInOutlines() throws -> [String: Outline] {
        try BuiltInPlugins.outlines()
    }
}

import Yams

/// One thing wrong with a user's file, at a place in it: the unit every
/// loader reports, so all problems print as `file:line:column: message`.
public struct SourceProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line, nil when the problem concerns the whole file.
    public var line: Int?
    /// 1-based column in Unicode scalars.
    public var column: Int?
    /// Chinese: what is wrong and what to do.
    public var message: String
    /// A place that is no line and column (a Word form's “表2第3行”), shown instead of them.
    public var place: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String, place: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.place = place
    }

    /// A problem at a Yams mark (nil mark: the whole file).
    public init(file: String, mark: Mark?, message: String) {
        self.init(file: file, line: mark?.line, column: mark?.column, message: message)
    }

    /// `file:line:column: message`.
    public var description: String {
        if let place { return "\(file):\(place): \(message)" }
        if let line, let column { return "\(file):\(line):\(column): \(message)" }
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// Several problems found in one pass, reported together.
public struct SourceProblems: Error, Sendable, CustomStringConvertible {
    public var problems: [SourceProblem]

    public init(_ problems: [SourceProblem]) {
        self.problems = problems
    }

    /// A single problem as is; several as a count followed by one `file:line:column: …` line each, in file order.
    public var description: String {
        let lines = problems.sorted { ($0.file, $0.line ?? 0, $0.column ?? 0) < ($1.file, $1.line ?? 0, $1.column ?? 0) }
            .map(\.description)
        if lines.count == 1 { return lines[0] }
        return "发现 \(lines.count) 处问题，请逐一修改：\n" + lines.joined(separator: "\n")
    }
}

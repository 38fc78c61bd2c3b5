import ZongjieCore

/// What a line must contain for a rule to have anything to say about it, declared in the words
/// of the text ("a percent sign", "one of these terms", "a Chinese character doubled"). A rule
/// declares one and asks for `ScalarLine.lines(in:holding:)`; this layer turns the declaration
/// into the fast skip: a bit of the shared one-pass `LineFeatures`, then a byte test on the lines
/// that have it. Only the lines left are decoded and shown to the rule, which never sees bytes.
///
/// Every prefilter is a necessary condition of its declaration: `admits` is true for every line
/// where `holds` (the declaration itself, on decoded scalars) is true. PrefilterSoundnessTests
/// checks that for every kind on random and hostile text, and that every rule finds the same with
/// its prefilter bypassed. See Matching/README.md for how to declare one or add a kind.
struct LinePrefilter: Sendable {
    /// The declaration in words, for test failures.
    let summary: String
    /// The features every line holding the declaration has (tested first, inline).
    let gate: Gate
    /// Whether a line that passed `gate` may hold the declaration, on its bytes.
    let bytes: @Sendable (LineFeatures, UnsafeBufferPointer<UInt8>, SourceText.LineSpan) -> Bool
    /// Whether decoded line `scalars` holds the declaration (the reference; slow is fine).
    let holds: @Sendable ([Unicode.Scalar]) -> Bool

    /// A kind: the declaration on scalars, the `LineFeatures` test every holding line passes,
    /// and a byte test on the lines that pass it.
    init(
        _ summary: String,
        gate: Gate,
        bytes: @escaping @Sendable (UnsafeBufferPointer<UInt8>, SourceText.LineSpan) -> Bool,
        holds: @escaping @Sendable ([Unicode.Scalar]) -> Bool
    ) {
        self.init(summary: summary, gate: gate, bytes: { bytes($1, $2) }, holds: holds)
    }

    private init(
        summary: String,
        gate: Gate,
        bytes: @escaping @Sendable (LineFeatures, UnsafeBufferPointer<UInt8>, SourceText.LineSpan) -> Bool,
        holds: @escaping @Sendable ([Unicode.Scalar]) -> Bool
    ) {
        self.summary = summary
        self.gate = gate
        self.bytes = bytes
        self.holds = holds
    }

    /// Whether the line may hold the declaration: its features, then its bytes.
    @inline(__always)
    func admits(_ features: LineFeatures, _ buffer: UnsafeBufferPointer<UInt8>, _ span: SourceText.LineSpan) -> Bool {
        gate.passes(features) && bytes(features, buffer, span)
    }

    /// Lines holding both declarations (both gates are tested before either byte test, and
    /// the byte tests run in this order: put the rarer first).
    static func both(_ first: LinePrefilter, _ second: LinePrefilter) -> LinePrefilter {
        LinePrefilter(
            summary: "\(first.summary), and \(second.summary)",
            gate: first.gate.and(second.gate),
            bytes: { first.bytes($0, $1, $2) && second.bytes($0, $1, $2) },
            holds: { first.holds($0) && second.holds($0) }
        )
    }

    /// Lines holding either declaration.
    static func either(_ first: LinePrefilter, _ second: LinePrefilter) -> LinePrefilter {
        LinePrefilter(
            summary: "\(first.summary), or \(second.summary)",
            gate: first.gate.or(second.gate),
            bytes: { first.admits($0, $1, $2) || second.admits($0, $1, $2) },
            holds: { first.holds($0) || second.holds($0) }
        )
    }

    /// A test of a line's features: all of `all`, and one of `any` unless it is empty. Kept as
    /// bits, not a closure, so the usual line (which fails it) costs two mask tests.
    struct Gate: Sendable {
        var all: LineFeatures = []
        var any: LineFeatures = []

        /// No features required.
        static let open = Gate()

        static func all(_ features: LineFeatures) -> Gate { Gate(all: features) }

        @inline(__always)
        func passes(_ features: LineFeatures) -> Bool {
            features.isSuperset(of: all) && (any.isEmpty || !features.isDisjoint(with: any))
        }

        /// Both gates; where both ask for one of several features, the first's choice is kept
        /// (a weaker gate lets more lines through, never fewer).
        func and(_ other: Gate) -> Gate {
            Gate(all: all.union(other.all), any: any.isEmpty ? other.any : any)
        }

        /// Either gate: one of the features each requires, when each requires at most one.
        func or(_ other: Gate) -> Gate {
            func single(_ gate: Gate) -> LineFeatures? {
                if gate.any.isEmpty && gate.all.rawValue.nonzeroBitCount == 1 { return gate.all }
                if gate.all.isEmpty && !gate.any.isEmpty { return gate.any }
                return nil
            }
            guard let first = single(self), let second = single(other) else { return .open }
            return Gate(any: first.union(second))
        }
    }

    /// Set by tests to show rules every line, so they can check that no prefilter hides a finding.
    @TaskLocal static var bypassed = false
}

extension ScalarLine {
    /// The lines that may hold `prefilter`'s declaration, decoded (from the shared decoded lines:
    /// a line is decoded once, whichever rule asks first). Lines the prefilter rules out hold no
    /// finding of the rule that declared it, so they are skipped undecoded.
    static func lines(in context: LintContext, holding prefilter: LinePrefilter) -> LazyMapSequence<LazyFilterSequence<Range<Int>>, ScalarLine> {
        let source = context.source
        let scans = context.scans
        let features = LineFeatures.of(context)
        let bypassed = LinePrefilter.bypassed
        return source.lines.indices.lazy
            .filter { index in
                bypassed || (prefilter.gate.passes(features[index])
                    && source.utf8.withUnsafeBufferPointer { prefilter.bytes(features[index], $0, source.lines[index]) })
            }
            .map { scans.line($0 + 1) }
    }
}

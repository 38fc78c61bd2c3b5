import Testing
import ZongjieCore
import ZongjieDrafting
import ZongjieLint

/// Walks every rule's own examples: triggering ones must produce a finding at
/// each ↓, non-triggering ones none. A rule cannot land without examples.
@Suite struct RuleExamplesTests {
    static let catalog = (try? ReportTypeCatalog.builtIn()) ?? ReportTypeCatalog(types: [])

    /// Splits example text at ↓ markers: the clean text and the position of each marker.
    static func strip(_ text: String) -> (text: String, marks: [SourcePosition]) {
        var clean = String.UnicodeScalarView()
        var marks: [SourcePosition] = []
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == "↓" {
                marks.append(SourcePosition(line: line, column: column))
                continue
            }
            clean.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (String(clean), marks)
    }

    /// Last year's report an example is linted against (`lint --previous`), if it gives one.
    static func previous(_ example: RuleExample) -> PreviousReport? {
        example.previous.map { PreviousReport(text: strip($0).text, path: "previous.txt") }
    }

    /// Rules that only a .docx can trigger (text examples carry no layout); their
    /// triggering cases are tests feeding layout values (Tests/ZongjieTests/Formats/DocxLayoutRuleTests.swift).
    static let docxOnly: Set<String> = ["docx-layout", "docx-pending-review"]

    @Test func everyRuleHasExamples() {
        for rule in RuleRegistry.all {
            #expect(!rule.description.triggering.isEmpty || Self.docxOnly.contains(rule.id), "\(rule.id) has no triggering example")
            #expect(!rule.description.nonTriggering.isEmpty, "\(rule.id) has no non-triggering example")
        }
    }

    /// Every rule names its 依据, and findings carry it to JSON as data.basis.
    @Test func everyRuleStatesItsBasis() {
        for rule in RuleRegistry.all {
            #expect(!rule.description.basis.isEmpty, "\(rule.id) states no basis (依据)")
            #expect(RuleBasis.basis(of: rule.id) == rule.description.basis)
        }
        #expect(RuleBasis.basis(of: "no-such-rule") == nil)
    }

    @Test func ruleIDsAreUnique() {
        let ids = RuleRegistry.all.map { $0.description.id }
        #expect(Set(ids).count == ids.count)
    }

    @Test(arguments: RuleRegistry.all.map { RuleCase($0) })
    func examples(_ ruleCase: RuleCase) {
        let rule = ruleCase.rule
        let linter = Linter(rules: [rule.init()], catalog: Self.catalog)
        for example in rule.description.triggering {
            let (text, marks) = Self.strip(example.text)
            let found = linter.lint(text, path: "example.txt", reportType: example.reportType, previous: Self.previous(example)).filter { $0.ruleID == rule.id }
            let location = SourceLocation(fileID: "\(example.file)", filePath: "\(example.file)", line: Int(example.line), column: 1)
            #expect(!found.isEmpty, "\(rule.id): triggering example produced no finding", sourceLocation: location)
            if !marks.isEmpty {
                #expect(found.map(\.range.start) == marks, "\(rule.id): findings at \(found.map { "\($0.range.start.line):\($0.range.start.column)" }) but ↓ at \(marks.map { "\($0.line):\($0.column)" })", sourceLocation: location)
            }
        }
        for example in rule.description.nonTriggering {
            let (text, _) = Self.strip(example.text)
            let found = linter.lint(text, path: "example.txt", reportType: example.reportType, previous: Self.previous(example)).filter { $0.ruleID == rule.id }
            let location = SourceLocation(fileID: "\(example.file)", filePath: "\(example.file)", line: Int(example.line), column: 1)
            #expect(found.isEmpty, "\(rule.id): non-triggering example produced \(found.map(\.message))", sourceLocation: location)
        }
    }

    /// Every non-empty line indented with two 全角空格 (3 UTF-8 bytes each, as many
    /// drafts are): the structure is unchanged and each finding moves two columns
    /// right, so a rule that counts bytes instead of characters fails here.
    static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? String($0) : "\u{3000}\u{3000}" + $0 }
            .joined(separator: "\n")
    }

    @Test(arguments: RuleRegistry.all.map { RuleCase($0) })
    func examplesWithCJKIndentation(_ ruleCase: RuleCase) {
        let rule = ruleCase.rule
        let linter = Linter(rules: [rule.init()], catalog: Self.catalog)
        for example in rule.description.triggering {
            let (text, marks) = Self.strip(Self.indented(example.text))
            let found = linter.lint(text, path: "example.txt", reportType: example.reportType, previous: Self.previous(example)).filter { $0.ruleID == rule.id }
            let location = SourceLocation(fileID: "\(example.file)", filePath: "\(example.file)", line: Int(example.line), column: 1)
            #expect(!found.isEmpty, "\(rule.id): indented triggering example produced no finding", sourceLocation: location)
            // A whole-document finding at 1:1 (SourceRange.documentStart) does not move with the indentation.
            let starts = found.map { $0.range.start == SourcePosition(line: 1, column: 1) ? SourcePosition(line: 1, column: 3) : $0.range.start }
            if !marks.isEmpty {
                #expect(starts == marks, "\(rule.id): indented findings at \(found.map { "\($0.range.start.line):\($0.range.start.column)" }) but ↓ at \(marks.map { "\($0.line):\($0.column)" })", sourceLocation: location)
            }
        }
        for example in rule.description.nonTriggering {
            let (text, _) = Self.strip(Self.indented(example.text))
            let found = linter.lint(text, path: "example.txt", reportType: example.reportType, previous: Self.previous(example)).filter { $0.ruleID == rule.id }
            let location = SourceLocation(fileID: "\(example.file)", filePath: "\(example.file)", line: Int(example.line), column: 1)
            #expect(found.isEmpty, "\(rule.id): indented non-triggering example produced \(found.map(\.message))", sourceLocation: location)
        }
    }

    /// A file-level disable comment for the rule silences every triggering example.
    @Test(arguments: RuleRegistry.all.map { RuleCase($0) })
    func examplesWithDisableComment(_ ruleCase: RuleCase) throws {
        let rule = ruleCase.rule
        let engine = LintEngine(configuration: LintConfiguration(), settings: LintSettings(), catalog: Self.catalog)
        for example in rule.description.triggering {
            let (text, _) = Self.strip(example.text)
            let disabled = "<!-- zongjie-disable-file \(rule.id) -->\n" + text
            let found = engine.lint(disabled, path: "example.md", reportType: example.reportType, previous: Self.previous(example)).diagnostics.filter { $0.ruleID == rule.id }
            let location = SourceLocation(fileID: "\(example.file)", filePath: "\(example.file)", line: Int(example.line), column: 1)
            #expect(found.isEmpty, "\(rule.id): disable comment did not silence \(found.map(\.message))", sourceLocation: location)
        }
    }

    /// Each correction: lint `before`, apply the rule's own fixes, get `after`.
    @Test(arguments: RuleRegistry.all.map { RuleCase($0) })
    func corrections(_ ruleCase: RuleCase) {
        let rule = ruleCase.rule
        let linter = Linter(rules: [rule.init()], catalog: Self.catalog)
        for correction in rule.description.corrections {
            let context = linter.context(for: correction.before, path: "example.txt")
            let found = linter.lint(context).filter { $0.ruleID == rule.id }
            let fixed = FixApplier.apply(found, to: context.source, kinds: [.mechanical, .wording]).text
            let location = SourceLocation(fileID: "\(correction.file)", filePath: "\(correction.file)", line: Int(correction.line), column: 1)
            #expect(fixed == correction.after, "\(rule.id): correction gave \(fixed)", sourceLocation: location)
        }
    }
}

/// A rule type wrapped for parameterised tests (shows its id in test names).
struct RuleCase: Sendable, CustomTestStringConvertible {
    let rule: any LintRule.Type
    init(_ rule: any LintRule.Type) { self.rule = rule }
    var testDescription: String { rule.id }
}

import Foundation
import Testing
import ZongjieCore
import ZongjieDrafting

@Suite struct ParserDumpTests {
    @Test func dump() throws {
        guard ProcessInfo.processInfo.environment["ZONGJIE_DUMP"] != nil, let corpus = Paths.corpus else { return }
        let catalog = try ReportTypeCatalog.builtIn()
        let outline = catalog.type(id: "general")!.outline
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            let doc = StructureParser().parse(SourceText(text))
            var out = "=== \(name)\n title=\(doc.title?.text ?? "-") addr=\(doc.addressee?.text ?? "-") opening=\(doc.opening.count) closing=\(doc.closing.map { String($0.text.prefix(12)) }) sig=\(String(describing: doc.signature?.unit?.text)) \(String(describing: doc.signature?.date?.year))\n"
            func walk(_ s: [Section], _ d: Int) {
                for x in s {
                    out += String(repeating: "  ", count: d) + "\(x.marker.text)|\(x.heading.prefix(20))| p=\(x.paragraphs.map { $0.marker?.text ?? "." }.joined(separator: ","))\n"
                    walk(x.children, d + 1)
                }
            }
            walk(doc.sections, 1)
            let m = OutlineMatcher(outline: outline, reportYear: ReportYear.infer(from: doc)).match(doc)
            out += " parts=\(m.parts.keys.sorted())\n"
            print(out)
        }
    }
}

import ZongjieLint
@Suite struct LintDumpTests {
    @Test func dumpFindings() throws {
        guard ProcessInfo.processInfo.environment["ZONGJIE_DUMP"] != nil, let corpus = Paths.corpus else { return }
        let catalog = try ReportTypeCatalog.builtIn()
        let linter = Linter(catalog: catalog)
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            print("=== \(name)")
            for d in linter.lint(text, path: name) {
                print("  \(d.range.start.line):\(d.range.start.column) \(d.severity) [\(d.ruleID)] \(d.message) \(d.data)")
            }
        }
    }
}

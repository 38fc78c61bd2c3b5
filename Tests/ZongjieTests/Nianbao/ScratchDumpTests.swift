import Foundation
import Testing
import ZongjieCore

@Suite struct ScratchDumpTests {
    @Test func dump() throws {
        for name in ["002", "003", "004", "005"] {
            let url = Paths.shared.appendingPathComponent("nianbao-real/\(name).txt")
            let text = try String(contentsOf: url, encoding: .utf8)
            let tables = NianbaoTableReader.read(SourceText(text))
            print("==== \(name)")
            for row in DisclosureRow.allCases {
                print(row.label, row.columns.map { tables.cells[.disclosure(row, $0)].map { "\($0.text)@\($0.range.start.line)" } ?? "nil" })
            }
            for row in ApplicationRow.allCases {
                let values = ApplicantColumn.allCases.map { tables.value(.application(row, $0)).map(String.init) ?? "?" }
                print(row.id, values.joined(separator: " "), tables.cells[.application(row, .total)]?.range.start.line ?? 0)
            }
            for block in AppealBlock.allCases {
                print(block.id, AppealOutcome.allCases.map { tables.value(.appeal(block, $0)).map(String.init) ?? "?" })
            }
            for note in tables.notes { print("NOTE", note.line, note.message) }
            for imbalance in NianbaoIdentityCheck.imbalances(tables) { print("IMB", imbalance.cell.displayName, imbalance.found, imbalance.expected as Any, imbalance.isLocated) }
        }
    }
}

import Foundation
import ZongjieCore

/// The test report written for these tests (our own text and figures) and the values its tables hold.
enum NianbaoFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// Table 三 of the fixture, row by row, all seven columns.
    static let applications: [ApplicationRow: [Int]] = [
        .received: [56, 6, 0, 1, 2, 1, 66],
        .carriedOver: [3, 1, 0, 0, 0, 0, 4],
        .granted: [24, 3, 0, 0, 1, 0, 28],
        .partlyGranted: [5, 1, 0, 0, 0, 0, 6],
        .withheldStateSecret: [0, 0, 0, 0, 0, 0, 0],
        .withheldByLaw: [0, 0, 0, 0, 0, 0, 0],
        .withheldThreeSafety: [1, 0, 0, 0, 0, 0, 1],
        .withheldThirdParty: [2, 0, 0, 0, 0, 0, 2],
        .withheldInternalAffairs: [1, 0, 0, 0, 0, 0, 1],
        .withheldProcess: [1, 0, 0, 0, 0, 0, 1],
        .withheldEnforcementFile: [0, 0, 0, 0, 0, 0, 0],
        .withheldQuery: [2, 0, 0, 0, 0, 0, 2],
        .unavailableNotHeld: [9, 1, 0, 1, 0, 0, 11],
        .unavailableNeedsCreation: [2, 0, 0, 0, 0, 0, 2],
        .unavailableStillUnclear: [1, 0, 0, 0, 0, 0, 1],
        .notProcessedPetition: [3, 0, 0, 0, 0, 0, 3],
        .notProcessedRepeated: [2, 0, 0, 0, 0, 0, 2],
        .notProcessedPublication: [0, 0, 0, 0, 0, 0, 0],
        .notProcessedExcessive: [0, 0, 0, 0, 0, 0, 0],
        .notProcessedConfirmation: [1, 0, 0, 0, 0, 0, 1],
        .otherNoCorrection: [2, 0, 0, 0, 1, 0, 3],
        .otherFeeUnpaid: [0, 0, 0, 0, 0, 0, 0],
        .otherOther: [1, 0, 0, 0, 0, 1, 2],
        .resultTotal: [57, 5, 0, 1, 2, 1, 66],
        .carriedForward: [2, 2, 0, 0, 0, 0, 4],
    ]

    /// Table 四 of the fixture: 行政复议, 未经复议直接起诉, 复议后起诉.
    static let appeals: [AppealBlock: [Int]] = [
        .review: [2, 1, 0, 1, 4],
        .directSuit: [1, 0, 0, 1, 2],
        .suitAfterReview: [0, 0, 0, 1, 1],
    ]

    /// Table 二 of the fixture.
    static let disclosure: [DisclosureRow: [String]] = [
        .regulations: ["0", "0", "0"],
        .normativeDocuments: ["3", "1", "26"],
        .licensing: ["1862"],
        .penalties: ["47"],
        .enforcement: ["2"],
        .fees: ["0"],
    ]

    /// The plain-text fixture with one table-三 cell replaced (rows are `label v1 … v7`).
    static func plainText(replacing row: ApplicationRow, _ column: ApplicantColumn, with value: Int) throws -> String {
        try plainText(replacingLineStartingWith: row.label + " ", cell: column.rawValue, with: value)
    }

    /// The plain-text fixture with one table-四 cell replaced.
    static func plainText(replacing block: AppealBlock, _ outcome: AppealOutcome, with value: Int) throws -> String {
        try plainText(replacingLineStartingWith: block.name + " ", cell: outcome.rawValue, with: value)
    }

    private static func plainText(replacingLineStartingWith prefix: String, cell: Int, with value: Int) throws -> String {
        var lines = try text("report.txt").components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.hasPrefix(prefix) }) else { return lines.joined(separator: "\n") }
        var parts = lines[index].components(separatedBy: " ")
        parts[cell + 1] = String(value)
        lines[index] = parts.joined(separator: " ")
        return lines.joined(separator: "\n")
    }

    /// The 1-based line of the plain-text fixture that starts with `prefix`.
    static func plainLine(startingWith prefix: String) throws -> Int {
        let lines = try text("report.txt").components(separatedBy: "\n")
        return (lines.firstIndex { $0.hasPrefix(prefix) } ?? -1) + 1
    }
}

import Foundation
import ZongjieDrafting

/// What `new` refuses to draft without being told to: figures that disagree
/// and a 成文日期 that cannot belong to the report's year. Each is exit 2 with
/// every problem at its place in the material, unless its override flag is given.
enum DraftChecks {
    /// Markers for the figures to flag in the draft (empty when all agree);
    /// throws when the figures disagree and `allowInconsistent` is false.
    static func figureMarks(_ input: DraftInput, manifest: PluginManifest, file: String, allowInconsistent: Bool) throws -> [String: String] {
        let problems = FigureConsistency.problems(manifest, input: input)
        guard !problems.isEmpty else { return [:] }
        if !allowInconsistent {
            let listed = SourceProblems(problems.map { $0.sourceProblem(file: file, input: input) }).description
            throw CLIError("\(listed)\n数字前后不一致，未生成草稿。请改正材料；确需按现有数字起草，可加 --allow-inconsistent，草稿会在这些数字前标注“【待核对：…】”。")
        }
        var marks: [String: String] = [:]
        for problem in problems {
            marks[problem.slot, default: ""] += problem.mark
            FileHandle.standardError.write(Data("zongjie: 警告：\(problem.sourceProblem(file: file, input: input))\n".utf8))
        }
        return marks
    }

    /// Throws when the 成文日期 lies outside the report year's window, unless `allowDate`.
    static func checkDate(_ input: DraftInput, file: String, allowDate: Bool) throws {
        guard let message = ReportDateWindow.problem(input: input) else { return }
        let problem = input.sourceProblem(at: "date", file: file, message: message)
        if allowDate {
            FileHandle.standardError.write(Data("zongjie: 警告：\(problem)\n".utf8))
            return
        }
        throw CLIError("\(problem)\n确属如此（如补报往年的总结），可加 --allow-date。")
    }
}

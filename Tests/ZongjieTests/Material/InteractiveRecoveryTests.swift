import Foundation
import Testing

/// Interactive mode keeps what was typed: answers saved after every question,
/// pasted paragraphs kept whole, `<`/上一题 going back, existing items shown, and
/// a run killed mid-way leaving its answers in the recovery file it named.
@Suite struct InteractiveRecoveryTests {
    static func read(_ folder: URL, _ name: String) -> String {
        (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    @Test func goingBackAndPastingKeepOneAnswerEach() throws {
        let folder = try Paths.temporaryFolder()
        let answers = [
            "测试局", "<", "新测试局", "2024", "", "2025-01-05",
            "全年工作稳步推进，", "各项任务按期完成。", "",              // a paragraph pasted over two lines
            "加强组织领导", "召开会议4次", "<", "召开专题会议4次", "", "",  // < drops the point just typed
            "甲问题", "<", "乙问题", "",                                  // < drops the item just typed
            "<", "",                                                      // back from 工作打算 to the problems, kept
            "丰富宣传形式", "每季度推出1期图解", "", "",
        ].joined(separator: "\n") + "\n"
        let result = try CLIRunner.run(["new", "--type", "general", "--interactive", "--save-input", "答案.yaml", "-o", "总结.md"],
                                       in: folder, stdin: Data(answers.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("答案在每题之后保存到 答案.yaml"))
        #expect(result.stderr.contains("已有 1 条：\n    1. 乙问题\n"))
        let saved = Self.read(folder, "答案.yaml")
        #expect(saved.contains("unit: 新测试局\nyear: 2024\ndate: 2025-01-05\noverview: 全年工作稳步推进，各项任务按期完成。\n"), "\(saved)")
        #expect(saved.contains("      - 召开专题会议4次\n") && !saved.contains("召开会议4次"))
        #expect(saved.contains("problems:\n  - 乙问题\n") && !saved.contains("甲问题"))
        #expect(Self.read(folder, "总结.md").hasPrefix("# 新测试局2024年工作总结\n"))
    }

    @Test func existingListItemsAreShownAndCanBeExtended() throws {
        let folder = try Paths.temporaryFolder()
        try "unit: 某局\nproblems:\n  - 甲\n  - title: 乙\n    points: [丙]\n".write(to: folder.appendingPathComponent("材料.yaml"), atomically: true, encoding: .utf8)
        let answers = ["", "", "", "", "", "", "+", "丁", "", ""].joined(separator: "\n") + "\n"
        let result = try CLIRunner.run(["new", "--type", "general", "--input", "材料.yaml", "--interactive", "--save-input", "新材料.yaml"],
                                       in: folder, stdin: Data(answers.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("已有 2 条：\n    1. 甲\n    2. 乙：丙\n  直接回车保留以上各条；输入“+”在后面添加；输入新内容则全部替换。"), "\(result.stderr)")
        let saved = Self.read(folder, "新材料.yaml")
        #expect(saved.contains("problems:\n  - 甲\n  - title: 乙\n    points:\n      - 丙\n  - 丁\n"), "\(saved)")
    }

    @Test func aKilledRunLeavesItsAnswersInTheRecoveryFile() throws {
        let folder = try Paths.temporaryFolder()
        let process = Process()
        process.executableURL = Paths.binary
        process.arguments = ["new", "--type", "general", "--interactive", "-o", "总结.md"]
        process.currentDirectoryURL = folder
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data("测试局\n2024\n".utf8))
        let recovery = folder.appendingPathComponent("general-答案-未完成.yaml")
        var saved = ""
        for _ in 0..<200 where !saved.contains("year: 2024") {
            Thread.sleep(forTimeInterval: 0.05)
            saved = Self.read(folder, recovery.lastPathComponent)
        }
        // Killed while waiting for the next answer. SIGKILL, since a test runner's child may
        // inherit SIGINT and SIGTERM blocked; like Ctrl-C, the process gets no chance to save.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        let shown = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(shown.contains("答案在每题之后保存到恢复文件 general-答案-未完成.yaml"))
        #expect(Self.read(folder, recovery.lastPathComponent).contains("unit: 测试局\nyear: 2024\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("总结.md").path))
        // Resuming from it keeps the answers, drafts, and removes the recovery file.
        let resumed = try CLIRunner.run(["new", "--type", "general", "--input", recovery.lastPathComponent, "--interactive", "-o", "总结.md"],
                                        in: folder, stdin: Data(String(repeating: "\n", count: 12).utf8))
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(Self.read(folder, "总结.md").hasPrefix("# 测试局2024年工作总结\n"))
        #expect(!FileManager.default.fileExists(atPath: recovery.path))
    }
}

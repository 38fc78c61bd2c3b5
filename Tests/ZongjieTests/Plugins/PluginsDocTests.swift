import Foundation
import Testing

/// PLUGINS.md is run, not just read: its `file=PATH` blocks are written into an empty
/// folder, each line of its `sh` blocks runs there in order (exit code 0, or the
/// `# 退出码 N` the line ends with), and its blocks for plugins/baomi-gongzuo/ must equal
/// the finished sample plugin in samples/plugins/baomi-gongzuo/.
@Suite struct PluginsDocTests {
    enum Step {
        case file(path: String, text: String)
        case command(line: String, expected: Int32, docLine: Int)
    }

    /// The steps of a Markdown document, in order.
    static func steps(of markdown: String) -> [Step] {
        var steps: [Step] = []
        var block: (info: String, lines: [String], start: Int)?
        for (index, line) in markdown.components(separatedBy: "\n").enumerated() {
            if line.hasPrefix("```") {
                if let open = block {
                    let words = open.info.split(separator: " ")
                    if let target = words.first(where: { $0.hasPrefix("file=") }) {
                        steps.append(.file(path: String(target.dropFirst(5)), text: open.lines.map { $0 + "\n" }.joined()))
                    } else if words.first == "sh" {
                        for (offset, command) in open.lines.enumerated() where !command.trimmingCharacters(in: .whitespaces).isEmpty {
                            var expected: Int32 = 0
                            var text = command
                            if let marker = command.range(of: "# 退出码 ") {
                                expected = Int32(command[marker.upperBound...].trimmingCharacters(in: .whitespaces)) ?? -1
                                text = String(command[..<marker.lowerBound])
                            }
                            steps.append(.command(line: text, expected: expected, docLine: open.start + offset + 2))
                        }
                    }
                    block = nil
                } else {
                    block = (String(line.dropFirst(3)), [], index)
                }
            } else if block != nil {
                block?.lines.append(line)
            }
        }
        return steps
    }

    static func document() throws -> String {
        try String(contentsOf: Paths.packageRoot.appendingPathComponent("PLUGINS.md"), encoding: .utf8)
    }

    @Test func everyCommandRunsWithItsExitCode() throws {
        let steps = Self.steps(of: try Self.document())
        #expect(steps.filter { if case .command = $0 { true } else { false } }.count >= 15)
        let folder = try Paths.temporaryFolder()
        let binFolder = Paths.binary.deletingLastPathComponent().path
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = binFolder + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["XDG_CONFIG_HOME"] = folder.appendingPathComponent(".config").path
        environment["HOME"] = folder.path
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "ZONGJIE_PLUGIN_PATH")
        for step in steps {
            switch step {
            case .file(let path, let text):
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
            case .command(let line, let expected, let docLine):
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/bin/sh")
                process.arguments = ["-c", line]
                process.currentDirectoryURL = folder
                process.environment = environment
                let output = Pipe()
                process.standardOutput = output
                process.standardError = output
                try process.run()
                let data = output.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                #expect(process.terminationStatus == expected,
                        "PLUGINS.md:\(docLine): `\(line)` exited \(process.terminationStatus), expected \(expected):\n\(String(decoding: data, as: UTF8.self))")
            }
        }
    }

    @Test func walkthroughBlocksEqualTheSamplePlugin() throws {
        let sample = Paths.packageRoot.appendingPathComponent("samples/plugins/baomi-gongzuo")
        var compared = 0
        for case .file(let path, let text) in Self.steps(of: try Self.document()) where path.hasPrefix("plugins/baomi-gongzuo/") {
            let relative = String(path.dropFirst("plugins/baomi-gongzuo/".count))
            let expected = try String(contentsOf: sample.appendingPathComponent(relative), encoding: .utf8)
            #expect(text == expected, "PLUGINS.md block for \(path) differs from samples/plugins/baomi-gongzuo/\(relative)")
            compared += 1
        }
        #expect(compared == 4)
    }

    @Test func stepsParserReadsFilesCommandsAndExitCodes() {
        let steps = Self.steps(of: "text\n```yaml file=a/b.yaml\nx: 1\n```\n```sh\nzongjie types\nzongjie lint x.md   # 退出码 1\n\n```\n")
        #expect(steps.count == 3)
        if case .file(let path, let text) = steps[0] { #expect(path == "a/b.yaml" && text == "x: 1\n") } else { Issue.record("no file step") }
        if case .command(let line, let expected, _) = steps[2] { #expect(line.hasPrefix("zongjie lint x.md") && expected == 1) } else { Issue.record("no command") }
    }
}

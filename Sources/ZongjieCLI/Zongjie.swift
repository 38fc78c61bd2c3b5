import ArgumentParser
import Foundation
import ZongjieLint

/// The `zongjie` command: drafts and checks Chinese annual work summaries.
public struct Zongjie: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "zongjie",
        abstract: "起草和检查年度工作总结（年度工作总结的起草与审校工具）。",
        version: ToolInfo.version,
        subcommands: [
            New.self,
            Import.self,
            InputTemplate.self,
            Types.self,
            Lint.self,
            Rules.self,
            Export.self,
            PluginCommand.self,
            OutlineCommand.self,
            LanguageServerCommand.self,
            MCPCommand.self,
        ]
    )

    public init() {}

    /// Runs the command line and returns the process exit code.
    ///
    /// Our contract: 0 success or clean, 1 findings at or above the fail level,
    /// 2 usage or input error. ArgumentParser's own 64 (usage) is mapped to 2 here, once.
    public static func runMain(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch let error as UserFacingError {
            FileHandle.standardError.write(Data("zongjie: 错误：\(error.description)\n".utf8))
            return ExitStatus.inputError
        } catch {
            let code = exitCode(for: error).rawValue
            if code == 0 {
                print(fullMessage(for: error))
                return 0
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            return code == ExitCode.validationFailure.rawValue ? ExitStatus.inputError : code
        }
    }
}

/// The exit codes every command shares.
public enum ExitStatus {
    public static let success: Int32 = 0
    public static let findings: Int32 = 1
    public static let inputError: Int32 = 2
}

/// An error whose `description` is complete, user-facing Chinese text
/// (file:line:column, what was expected, what to do). The CLI prints it as is and exits 2.
public protocol UserFacingError: Error, CustomStringConvertible {}

import Foundation
import ZongjieDrafting
import ZongjieFormats

/// `new --interactive` on a terminal: the answers are saved after every question
/// (to `--save-input`, else to a recovery file named on screen), so Ctrl-C or a
/// closed window loses nothing; the recovery file goes once the draft is written.
enum InteractiveSession {
    /// The answers, and the recovery file to remove after a successful draft (nil with `--save-input`).
    static func run(plugin: Plugin, defaults: DraftInput, saveInput: String?, input: String?) -> (input: DraftInput, recovery: String?) {
        // Resuming from a recovery file keeps saving to it.
        let resumed = input.flatMap { $0.contains(recoveryMark) ? $0 : nil }
        let path = saveInput ?? resumed ?? recoveryPath(for: plugin.manifest.id)
        let say = { (text: String) in FileHandle.standardError.write(Data(text.utf8)) }
        if saveInput != nil {
            say("答案在每题之后保存到 \(path)。\n")
        } else {
            say("答案在每题之后保存到恢复文件 \(path)；中途退出（Ctrl-C）后，用 zongjie new --type \(plugin.manifest.id) --input \(path) --interactive 接着填写。草稿生成后自动删除该文件。\n")
        }
        var warned = false
        var prompter = InteractivePrompter(manifest: plugin.manifest, defaults: defaults) { answers in
            do {
                // The file is ours from the first answer on: New refused an existing --save-input without --force.
                try MaterialFiles.save(answers, plugin: plugin, to: path, overwrite: true)
            } catch {
                if !warned { say("\nzongjie: 警告：无法保存答案到 \(path)：\(error)\n") }
                warned = true
            }
        }
        let input = prompter.run(readLine: { Swift.readLine(strippingNewline: true) }, write: say)
        return (input, saveInput == nil ? path : nil)
    }

    /// Removes the recovery file once the draft is safely written.
    static func discard(_ recovery: String?) {
        guard let recovery else { return }
        try? FileManager.default.removeItem(atPath: recovery)
    }

    /// `<type>-答案-未完成.yaml` in the current folder, numbered when one is already there (an earlier
    /// interrupted session's answers are never overwritten).
    static let recoveryMark = "-答案-未完成"

    static func recoveryPath(for id: String) -> String {
        var number = 1
        while true {
            let name = number == 1 ? "\(id)\(recoveryMark).yaml" : "\(id)\(recoveryMark)-\(number).yaml"
            if !FileManager.default.fileExists(atPath: name) { return name }
            number += 1
        }
    }
}

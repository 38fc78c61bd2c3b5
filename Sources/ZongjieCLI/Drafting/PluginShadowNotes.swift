import Foundation
import ZongjieDrafting

/// What `plugin check DIR` says about other plugins of DIR's id on the search path when one of
/// them failed to load: which copy `lint` and `new` use, so a user checking the copy they edited
/// learns that another one runs (or that a broken copy elsewhere is waiting to take over).
enum PluginShadowNotes {
    static func notes(folder: String, id: String?, catalog: ReportTypeCatalog) -> [String] {
        func canonical(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        let here = canonical(folder)
        var notes: [String] = []
        if let broken = catalog.failedPlugins.first(where: { canonical($0.location) == here }), let shadow = broken.shadow {
            let rank = shadow.takesPrecedence ? "优先级更高" : "优先级较低、可能是旧版本"
            notes.append("注意：本文件夹未能加载，zongjie lint、new 等现在使用的是搜索路径上同 id（\(broken.id)）的 \(shadow.location)（\(rank)）。")
        }
        guard let id else { return notes }
        for failed in catalog.failedPlugins where failed.id == id && canonical(failed.location) != here {
            let inUse = failed.shadow.map { canonical($0.location) == here ? "本文件夹" : $0.location } ?? "本文件夹"
            if failed.shadow?.takesPrecedence == false {
                notes.append("注意：搜索路径上优先级更高的同 id 插件 \(failed.location) 未能加载，所以 zongjie lint、new 等现在使用的是\(inUse)；修好它后它将取代\(inUse)。它的问题：\n\(failed.problems.description)")
            } else {
                notes.append("注意：搜索路径上同 id 的 \(failed.location) 未能加载，已跳过（\(inUse)优先级更高，不受影响）。它的问题：\n\(failed.problems.description)")
            }
        }
        return notes
    }
}

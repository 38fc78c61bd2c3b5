import Foundation
import ZongjieResources

// Rewrites Sources/ZongjieResources/EmbeddedFiles.swift; run from the package root.
let root = URL(fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : FileManager.default.currentDirectoryPath)
do {
    let source = EmbeddedFilesRenderer.render(try EmbeddedFilesRenderer.collect(packageRoot: root))
    let target = root.appendingPathComponent(EmbeddedFilesRenderer.generatedPath)
    try source.write(to: target, atomically: true, encoding: .utf8)
    print("wrote \(EmbeddedFilesRenderer.generatedPath)")
} catch {
    FileHandle.standardError.write(Data("zongjie-embed: \(error)\n".utf8))
    exit(2)
}

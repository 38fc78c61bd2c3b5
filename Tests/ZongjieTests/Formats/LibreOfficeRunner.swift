import Foundation

/// LibreOffice (headless) and pdftotext as independent readers of our .docx. Each
/// conversion converts a whole batch in one `soffice` start, which costs seconds.
enum LibreOfficeRunner {
    static var soffice: String? {
        ["/usr/bin/soffice", "/usr/local/bin/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static var pdftotext: String? {
        ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct Failed: Error, CustomStringConvertible { var description: String }

    /// Converts `files` to `format` ("pdf", "fodt", "txt:Text") into `folder`; returns the outputs in order.
    @discardableResult
    static func convert(_ files: [URL], to format: String, into folder: URL) throws -> [URL] {
        guard let soffice else { throw Failed(description: "soffice not installed") }
        let profile = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", format, "--outdir", folder.path] + files.map(\.path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let fileExtension = String(format.prefix { $0 != ":" })
        let outputs = files.map { folder.appendingPathComponent($0.deletingPathExtension().lastPathComponent + "." + fileExtension) }
        if let missing = outputs.first(where: { !FileManager.default.fileExists(atPath: $0.path) }) {
            throw Failed(description: "LibreOffice wrote no \(missing.lastPathComponent) (exit \(process.terminationStatus))")
        }
        return outputs
    }

    /// The text of each page of a PDF (pdftotext's form feeds), trailing empty pages dropped.
    static func pages(ofPDF pdf: URL) throws -> [String] {
        guard let pdftotext else { throw Failed(description: "pdftotext not installed") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftotext)
        process.arguments = ["-layout", pdf.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var pages = String(decoding: data, as: UTF8.self).components(separatedBy: "\u{0C}")
        while let last = pages.last, last.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { pages.removeLast() }
        return pages
    }
}

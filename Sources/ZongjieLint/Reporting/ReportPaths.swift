import Foundation

/// File paths as CI tools want them: relative to the working directory where the file lies
/// inside it, and for SARIF as URI references (percent-encoded UTF-8, so 中文 names stay valid).
public struct ReportPaths: Sendable {
    /// Absolute, without a trailing slash.
    public let workingDirectory: String

    public init(workingDirectory: String = FileManager.default.currentDirectoryPath) {
        var folder = workingDirectory
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        self.workingDirectory = folder
    }

    /// `path` relative to the working directory when it lies inside it (a leading `./`
    /// dropped); an absolute path elsewhere stays absolute; `-` (stdin) stays `-`.
    public func relative(_ path: String) -> String {
        var rest = Substring(path)
        if rest.hasPrefix("/") {
            let prefix = workingDirectory == "/" ? "/" : workingDirectory + "/"
            guard rest.hasPrefix(prefix) else { return path }
            rest = rest.dropFirst(prefix.count)
        }
        while rest.hasPrefix("./") { rest = rest.dropFirst(2).drop { $0 == "/" } }
        return String(rest)
    }

    /// The SARIF `artifactLocation` for `path`: a relative URI against `%SRCROOT%` (the
    /// working directory), or an absolute `file://` URI for a file outside it.
    public func artifactURI(_ path: String) -> (uri: String, relativeToRoot: Bool) {
        let relative = relative(path)
        if relative.hasPrefix("/") { return ("file://" + Self.percentEncoded(relative), false) }
        return (Self.percentEncoded(relative), true)
    }

    /// The working directory as a `file://` URI ending in `/` (SARIF `originalUriBaseIds`).
    public var workingDirectoryURI: String {
        let folder = workingDirectory == "/" ? "/" : workingDirectory + "/"
        return "file://" + Self.percentEncoded(folder)
    }

    /// RFC 3986: unreserved characters and `/` kept, every other UTF-8 byte as %XX.
    static func percentEncoded(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.append(byte)
            default:
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

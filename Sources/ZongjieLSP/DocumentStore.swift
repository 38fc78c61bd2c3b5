import Foundation
import ZongjieLint

/// One open document, as the client last sent it, and its latest findings.
struct OpenDocument {
    let uri: String
    /// The file path the URI names ("-" when it names none: untitled buffers).
    let path: String
    var version: Int?
    var text: String
    /// Whether this document is linted (.md and .txt only).
    let lintable: Bool
    /// The findings last published, for code actions and hover (nil: not linted yet or too large).
    var result: FileResult?
    /// Whether inline-ignore comments may be added (Markdown only: in .txt they would show).
    var acceptsComments: Bool {
        ["md", "markdown"].contains((path as NSString).pathExtension.lowercased())
    }
    /// Bumped on every change: a debounced lint runs only if it is still the latest.
    var generation = 0
}

/// The documents the client has open, by URI.
struct DocumentStore {
    private(set) var documents: [String: OpenDocument] = [:]

    /// Extensions of the drafts the linter reads as text.
    static let lintableExtensions: Set<String> = ["md", "markdown", "txt", "text"]

    subscript(uri: String) -> OpenDocument? {
        get { documents[uri] }
        set { documents[uri] = newValue }
    }

    mutating func open(uri: String, text: String, version: Int?) {
        let path = Self.path(of: uri)
        let ext = (path as NSString).pathExtension.lowercased()
        documents[uri] = OpenDocument(uri: uri, path: path, version: version, text: text, lintable: Self.lintableExtensions.contains(ext))
    }

    mutating func close(uri: String) {
        documents[uri] = nil
    }

    var uris: [String] { documents.keys.sorted() }

    /// The local path of a `file:` URI (percent-decoded), or "-" for other schemes.
    static func path(of uri: String) -> String {
        guard uri.hasPrefix("file:"), let url = URL(string: uri), url.isFileURL else {
            // Untitled buffers: extension from the name if it has one, configuration from the working directory.
            let name = uri.split(separator: "/").last.map(String.init) ?? "-"
            return name.contains(".") ? name.removingPercentEncoding ?? name : "-"
        }
        return url.path
    }
}

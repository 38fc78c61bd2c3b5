import ZongjieCore

// Helpers the CI reporters (SARIF, rdjson, github) share.

extension [UInt8] {
    /// Appends `value` as a JSON string literal (non-ASCII kept as UTF-8).
    mutating func append(jsonString value: String) {
        append(contentsOf: QuotedString.json(value).utf8)
    }

    /// Appends `value`'s UTF-8 bytes as they are (JSON text already formed).
    mutating func append(raw value: String) {
        append(contentsOf: value.utf8)
    }
}

extension FileResult {
    /// A Word file: its lines are paragraphs of the extracted text, so an edit given in
    /// line:column cannot be applied to the file's bytes and CI formats carry no fixes for it.
    var isWordFile: Bool {
        path.lowercased().hasSuffix(".docx")
    }
}

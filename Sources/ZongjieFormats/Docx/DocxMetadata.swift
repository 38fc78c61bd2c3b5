import Foundation
import ZongjieCore

/// Document properties written to docProps/core.xml and docProps/app.xml.
public struct DocxMetadata: Sendable, Hashable {
    /// dc:title, usually the summary's title.
    public var title: String
    /// dc:creator, the issuing unit (署名单位).
    public var creator: String
    /// dcterms:created and dcterms:modified; also the zip entries' dates, so output is reproducible.
    public var created: Date

    public init(title: String, creator: String, created: Date = Date()) {
        self.title = title
        self.creator = creator
        self.created = created
    }

    /// Properties taken from the document itself: its title and its signature's unit.
    public init(document: Document, created: Date = Date()) {
        self.init(title: document.title?.text ?? "", creator: document.signature?.unit?.text ?? "", created: created)
    }
}

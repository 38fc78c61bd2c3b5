import Foundation
import ZongjieCore

/// Reads a .docx: the accepted text of every paragraph in document order (one
/// line each), what styles and numbering say about structure, and the layout
/// facts the `docx-layout` rule checks. Hostile or broken files give a `DocxError`.
public struct DocxReader: Sendable {
    public var limits: DocxReadLimits

    /// A reader that refuses files unpacking beyond `limits`.
    public init(limits: DocxReadLimits = DocxReadLimits()) {
        self.limits = limits
    }

    /// Reads the file at `path`.
    public func read(contentsOf path: String) throws(DocxError) -> DocxContent {
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw DocxError.unreadable(path: path, reason: "文件不存在")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
        if size > limits.maxTotalBytes {
            throw DocxError.tooLarge(path: path, part: "文件本身", limitBytes: limits.maxTotalBytes)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DocxError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try read(data, path: path)
    }

    /// Reads .docx bytes; `path` is only used in error messages.
    public func read(_ data: Data, path: String) throws(DocxError) -> DocxContent {
        let package = try DocxPackage(data: data, path: path, limits: limits)
        let packageRelationships = try relationships(of: "", in: package, path: path)
        let documentPart = packageRelationships.targetsByType["officeDocument"].map {
            RelationshipsHandler.resolve($0, from: "")
        } ?? "word/document.xml"
        guard let documentData = try package.data(documentPart) else {
            throw DocxError.missingDocument(path: path)
        }
        let folder = documentPart.split(separator: "/").dropLast().joined(separator: "/")
        let documentRelationships = try relationships(of: documentPart, in: package, path: path)
        func related(_ type: String, fallback: String) -> String {
            documentRelationships.targetsByType[type].map { RelationshipsHandler.resolve($0, from: folder) } ?? fallback
        }

        var sheet = StyleSheet()
        if let stylesData = try package.data(related("styles", fallback: "word/styles.xml")) {
            let handler = StylesHandler()
            try SafeXMLParser.parse(stylesData, part: "styles.xml", path: path, handler: handler)
            sheet = handler.sheet
        }
        if let themeData = try package.data(related("theme", fallback: "word/theme/theme1.xml")) {
            let handler = ThemeHandler()
            try SafeXMLParser.parse(themeData, part: "theme1.xml", path: path, handler: handler)
            sheet.themeFonts = handler.fonts
        }
        var numbering = NumberingDefinitions()
        if let numberingData = try package.data(related("numbering", fallback: "word/numbering.xml")) {
            let handler = NumberingHandler()
            try SafeXMLParser.parse(numberingData, part: "numbering.xml", path: path, handler: handler)
            numbering = handler.definitions
        }
        let body = BodyHandler(styles: sheet, numbering: numbering)
        try SafeXMLParser.parse(documentData, part: "document.xml", path: path, handler: body)

        var layout = DocxLayout()
        layout.paragraphs = body.paragraphs.map(\.format)
        layout.normalFontSize = sheet.defaultParagraphStyleID.flatMap { id in
            sheet.runProperties(paragraphStyle: id, runStyle: nil, direct: RunProperties()).halfPoints.map { Double($0) / 2 }
        }
        let bodySection = body.sections.last
        layout.page = bodySection?.page
        if let settingsData = try package.data(related("settings", fallback: "word/settings.xml")) {
            let handler = SettingsHandler()
            try SafeXMLParser.parse(settingsData, part: "settings.xml", path: path, handler: handler)
            layout.page?.evenAndOddHeaders = handler.evenAndOddHeaders
        }
        if let fontData = try package.data(related("fontTable", fallback: "word/fontTable.xml")) {
            let handler = FontTableHandler()
            try SafeXMLParser.parse(fontData, part: "fontTable.xml", path: path, handler: handler)
            layout.declaredFonts = handler.fonts
        }
        let footers = body.sections.last { !$0.footers.isEmpty }?.footers ?? [:]
        layout.pageNumber = try PageNumberReader.read(
            footers: footers, relationships: documentRelationships, folder: folder,
            package: package, styles: sheet, path: path
        )

        layout.pendingRevisions = body.revisionCount
        layout.pendingComments = body.commentCount
        var content = DocxContent(paragraphs: body.paragraphs.map(\.paragraph), layout: layout)
        content.lineMaps = body.paragraphs.map(\.map)
        if let coreData = try package.data(packageRelationships.targetsByType["core-properties"].map {
            RelationshipsHandler.resolve($0, from: "")
        } ?? "docProps/core.xml") {
            let handler = CorePropertiesHandler()
            try SafeXMLParser.parse(coreData, part: "core.xml", path: path, handler: handler)
            content.propertiesTitle = handler.title
            content.propertiesCreator = handler.creator
        }
        return content
    }

    private func relationships(of part: String, in package: DocxPackage, path: String) throws(DocxError) -> RelationshipsHandler {
        let handler = RelationshipsHandler()
        let components = part.split(separator: "/").map(String.init)
        let relsPath = (components.dropLast() + ["_rels", (components.last ?? "") + ".rels"]).joined(separator: "/")
        if let data = try package.data(relsPath) {
            try SafeXMLParser.parse(data, part: relsPath, path: path, handler: handler)
        }
        return handler
    }
}

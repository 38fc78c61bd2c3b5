import Foundation
import ZongjieCore
import ZongjieDrafting
import ZongjieLint
import ZongjieRPC
import ZongjieSession

/// didOpen / didChange / didSave / didClose, configuration changes, and the debounced
/// lint that publishes each document's diagnostics.
extension LanguageServer {
    func didOpen(_ params: JSON?) {
        guard let item = params?["textDocument"], let uri = item["uri"]?.stringValue, let text = item["text"]?.stringValue else {
            logMessage("已跳过 textDocument/didOpen：缺少 textDocument.uri 或 text。", type: 2)
            return
        }
        documents.open(uri: uri, text: text, version: item["version"]?.intValue)
        scheduleLint(uri)
    }

    func didChange(_ params: JSON?) {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue, var document = documents[uri] else {
            logMessage("已跳过 textDocument/didChange：文档未打开或缺少 uri。", type: 2)
            return
        }
        // Full sync: the last change holding the whole text wins (ranged changes are not negotiated).
        guard let text = params?["contentChanges"]?.arrayValue?.last(where: { $0["range"] == nil })?["text"]?.stringValue else {
            logMessage("已跳过 textDocument/didChange：应发送整篇文本（textDocumentSync = Full）。", type: 2)
            return
        }
        document.text = text
        document.version = params?["textDocument"]?["version"]?.intValue ?? document.version
        documents[uri] = document
        scheduleLint(uri)
    }

    func didSave(_ params: JSON?) {
        // Any save may be a .zongjie.yaml or a dictionary (editors watch files only when a
        // server registers for it): read configurations afresh and re-lint what is open.
        configurationFilesChanged()
    }

    func didClose(_ params: JSON?) {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue, documents[uri] != nil else { return }
        documents.close(uri: uri)
        // Closed documents keep no findings in the editor's problem list.
        publish(uri: uri, version: nil, diagnostics: [])
    }

    func didChangeConfiguration(_ params: JSON?) {
        let updated = ServerSettings(params?["settings"])
        if updated != settings {
            settings = updated
            session = nil
        }
        configurationFilesChanged()
    }

    /// Configuration files may have changed: read them afresh and re-lint what is open.
    func configurationFilesChanged() {
        session?.invalidateConfigurations()
        lastProblem = nil
        for uri in documents.uris { scheduleLint(uri) }
    }

    /// Lints `uri` once the client has been quiet for the debounce time.
    func scheduleLint(_ uri: String) {
        guard var document = documents[uri], document.lintable else { return }
        document.generation += 1
        let generation = document.generation
        documents[uri] = document
        guard let schedule, options.debounce > 0 else {
            lint(uri)
            return
        }
        schedule(options.debounce) { [self] in
            // A later change scheduled its own lint; this one is stale.
            guard documents[uri]?.generation == generation else { return }
            lint(uri)
        }
    }

    /// Lints the whole document and publishes its diagnostics.
    func lint(_ uri: String) {
        guard var document = documents[uri], document.lintable else { return }
        document.result = nil
        defer { documents[uri] = document }
        let size = document.text.utf8.count
        guard size <= options.maxSize else {
            logMessage("\(document.path): 文档过大（\(size) 字节，上限 \(options.maxSize) 字节），已跳过检查。可用 --max-size 调大上限。", type: 2)
            publish(uri: uri, version: document.version, diagnostics: [])
            return
        }
        do {
            let result = try lintSession().lint(text: document.text, path: document.path)
            document.result = result
            let converter = PositionConverter(source: result.source, encoding: encoding)
            publish(uri: uri, version: document.version, diagnostics: result.diagnostics.map { lspDiagnostic($0, converter) })
        } catch {
            let text = "zongjie: 错误：\(error)"
            if text != lastProblem { showMessage(text, type: 1) }
            lastProblem = text
            publish(uri: uri, version: document.version, diagnostics: [])
        }
    }

    /// The session for the current settings, made on first use (a bad setting falls back to the defaults).
    func lintSession() throws -> LintSession {
        if let session { return session }
        let catalog = try ReportTypeCatalog.load(searchPath: PluginSearchPath.folders(extraDirectories: settings.pluginDirectories))
        let report: (LintSessionMessage) -> Void = { [weak self] message in
            if case .configurationWarning(let warning) = message { self?.logMessage(warning, type: 2) }
        }
        let made: LintSession
        do {
            made = try LintSession(options: settings.sessionOptions(maxSize: options.maxSize), catalog: catalog, messages: report)
        } catch {
            showMessage("zongjie: 错误：\(error)（已按默认设置检查）", type: 1)
            made = try LintSession(options: ServerSettings().sessionOptions(maxSize: options.maxSize), catalog: catalog, messages: report)
        }
        try made.loadPrevious()
        try made.loadExplicitConfiguration()
        session = made
        return made
    }

    private func publish(uri: String, version: Int?, diagnostics: [JSON]) {
        var params: [String: JSON] = ["uri": .string(uri), "diagnostics": .array(diagnostics)]
        if let version { params["version"] = .int(version) }
        send(JSONRPCMessage.notification("textDocument/publishDiagnostics", .object(params)))
    }

    /// An LSP Diagnostic for a finding; `data.rule` lets code actions find the rule again.
    func lspDiagnostic(_ diagnostic: Diagnostic, _ converter: PositionConverter) -> JSON {
        let severity: Int
        switch diagnostic.severity {
        case .error: severity = 1
        case .warning: severity = 2
        case .info: severity = 3
        }
        return [
            "range": converter.lspRange(diagnostic.range),
            "severity": .int(severity),
            "code": .string(diagnostic.ruleID),
            "source": "zongjie",
            "message": .string(diagnostic.message),
        ]
    }
}

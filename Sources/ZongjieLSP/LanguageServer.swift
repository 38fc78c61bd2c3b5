import Foundation
import ZongjieDrafting
import ZongjieLint
import ZongjieRPC
import ZongjieSession

/// The language server's state and message dispatch. Every method runs on one serial
/// queue (or, in the fuzz harness, on the one calling thread), so no state is shared.
public final class LanguageServer: @unchecked Sendable {
    public struct Options: Sendable {
        /// Largest document linted, in bytes (also bounds a message's size).
        public var maxSize = 20 * 1024 * 1024
        /// Quiet time after a change before the document is linted, in seconds (0: at once).
        public var debounce = 0.2
        /// Reported in `serverInfo`.
        public var version = "0"

        public init() {}
    }

    enum State {
        case uninitialized, running, shutDown
    }

    let options: Options
    /// Writes one outgoing message (framing is the caller's).
    let send: (JSON) -> Void
    /// Runs `work` after `delay` seconds on the server's queue; nil: run at once.
    let schedule: ((Double, @escaping @Sendable () -> Void) -> Void)?
    /// Called for the `exit` notification with the exit code the protocol names.
    let onExit: (Int32) -> Void

    var state = State.uninitialized
    var encoding = PositionEncoding.utf16
    var documents = DocumentStore()
    var settings = ServerSettings()
    var session: LintSession?
    /// The last configuration problem shown, so a broken .zongjie.yaml is not announced on every keystroke.
    var lastProblem: String?

    public init(
        options: Options,
        send: @escaping (JSON) -> Void,
        schedule: ((Double, @escaping @Sendable () -> Void) -> Void)?,
        onExit: @escaping (Int32) -> Void
    ) {
        self.options = options
        self.send = send
        self.schedule = schedule
        self.onExit = onExit
    }

    /// Handles one frame from the client.
    public func handle(_ frame: Frame) {
        switch frame {
        case .message(let body):
            guard let json = JSON.parse(body) else {
                let reason = String(data: body, encoding: .utf8) == nil ? "消息体不是有效的 UTF-8" : "消息体不是有效的 JSON"
                send(JSONRPCMessage.error(id: nil, code: JSONRPCErrorCode.parseError, message: reason))
                return
            }
            handle(IncomingMessage(json))
        case .malformedHeader(let reason):
            send(JSONRPCMessage.error(id: nil, code: JSONRPCErrorCode.parseError, message: "无效的消息头：\(reason)"))
        case .tooLarge(let length, let prefix):
            let text = "消息过大（\(length) 字节，上限 \(messageLimit) 字节），已跳过。可用 --max-size 调大上限。"
            if let id = JSONRPCMessage.sniffID(in: prefix) {
                send(JSONRPCMessage.error(id: id, code: JSONRPCErrorCode.invalidRequest, message: text))
            } else {
                logMessage(text, type: 1)
            }
        }
    }

    /// Bodies larger than this are skipped unread: a document at the size limit fits with
    /// every line break and quote escaped.
    public var messageLimit: Int { Self.messageLimit(maxSize: options.maxSize) }

    public static func messageLimit(maxSize: Int) -> Int {
        maxSize.multipliedReportingOverflow(by: 2).overflow ? Int.max : maxSize * 2 + 64 * 1024
    }

    func handle(_ message: IncomingMessage) {
        switch message {
        case .invalid(let id, let reason):
            send(JSONRPCMessage.error(id: id, code: JSONRPCErrorCode.invalidRequest, message: "无效的请求：\(reason)"))
        case .response:
            break
        case .request(let id, let method, let params):
            handleRequest(id: id, method: method, params: params)
        case .notification(let method, let params):
            handleNotification(method: method, params: params)
        }
    }

    private func handleRequest(id: JSON, method: String, params: JSON?) {
        switch state {
        case .uninitialized where method != "initialize":
            send(JSONRPCMessage.error(id: id, code: JSONRPCErrorCode.serverNotInitialized, message: "服务尚未初始化：请先发送 initialize。"))
            return
        case .running where method == "initialize":
            send(JSONRPCMessage.error(id: id, code: JSONRPCErrorCode.invalidRequest, message: "initialize 只能发送一次。"))
            return
        case .shutDown:
            send(JSONRPCMessage.error(id: id, code: JSONRPCErrorCode.invalidRequest, message: "服务已收到 shutdown，只接受 exit。"))
            return
        default:
            break
        }
        let reply: Result<JSON, RequestError>
        switch method {
        case "initialize": reply = .success(initialize(params))
        case "shutdown":
            state = .shutDown
            reply = .success(.null)
        case "textDocument/codeAction": reply = codeActions(params)
        case "textDocument/hover": reply = hover(params)
        default:
            reply = .failure(RequestError(code: JSONRPCErrorCode.methodNotFound, message: "不支持的方法：\(method)"))
        }
        switch reply {
        case .success(let result): send(JSONRPCMessage.result(id: id, result))
        case .failure(let error): send(JSONRPCMessage.error(id: id, code: error.code, message: error.message))
        }
    }

    private func handleNotification(method: String, params: JSON?) {
        if method == "exit" {
            onExit(state == .shutDown ? 0 : 1)
            return
        }
        // Before initialize and after shutdown, notifications are dropped (the protocol says so).
        guard state == .running else { return }
        switch method {
        case "initialized", "$/cancelRequest", "$/setTrace", "workspace/didChangeWorkspaceFolders": break
        case "textDocument/didOpen": didOpen(params)
        case "textDocument/didChange": didChange(params)
        case "textDocument/didSave": didSave(params)
        case "textDocument/didClose": didClose(params)
        case "workspace/didChangeConfiguration": didChangeConfiguration(params)
        case "workspace/didChangeWatchedFiles": configurationFilesChanged()
        default:
            // "$/" notifications may be ignored silently; anything else is worth a line in the log.
            if !method.hasPrefix("$/") { logMessage("已忽略不支持的通知：\(method)", type: 4) }
        }
    }

    private func initialize(_ params: JSON?) -> JSON {
        let offered = params?["capabilities"]?["general"]?["positionEncodings"]?.stringArray
        encoding = PositionEncoding.negotiate(offered: offered)
        settings = ServerSettings(params?["initializationOptions"])
        state = .running
        return [
            "capabilities": [
                "positionEncoding": .string(encoding.rawValue),
                "textDocumentSync": ["openClose": true, "change": 1, "save": ["includeText": false]],
                "codeActionProvider": ["codeActionKinds": ["quickfix"]],
                "hoverProvider": true,
            ],
            "serverInfo": ["name": "zongjie", "version": .string(options.version)],
        ]
    }

    /// `window/logMessage`: 1 error, 2 warning, 3 info, 4 log.
    func logMessage(_ text: String, type: Int) {
        send(JSONRPCMessage.notification("window/logMessage", ["type": .int(type), "message": .string(text)]))
    }

    /// `window/showMessage` for problems the user must fix (a broken configuration).
    func showMessage(_ text: String, type: Int) {
        send(JSONRPCMessage.notification("window/showMessage", ["type": .int(type), "message": .string(text)]))
    }
}

/// A request that failed with a JSON-RPC error.
struct RequestError: Error {
    var code: Int
    var message: String

    static func invalidParams(_ message: String) -> RequestError {
        RequestError(code: JSONRPCErrorCode.invalidParams, message: message)
    }
}

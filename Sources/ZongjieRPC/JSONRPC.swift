import Foundation

/// Error codes JSON-RPC 2.0 and the Language Server Protocol name.
public enum JSONRPCErrorCode {
    /// Invalid JSON was received (or the body is not UTF-8).
    public static let parseError = -32700
    /// The JSON is not a valid request object.
    public static let invalidRequest = -32600
    public static let methodNotFound = -32601
    public static let invalidParams = -32602
    public static let internalError = -32603
    /// LSP: a request arrived before `initialize`.
    public static let serverNotInitialized = -32002
    /// LSP: the request was valid but could not be carried out.
    public static let requestFailed = -32803
}

/// One incoming JSON-RPC message, classified.
public enum IncomingMessage: Sendable {
    case request(id: JSON, method: String, params: JSON?)
    case notification(method: String, params: JSON?)
    /// A response to something we sent (we send no requests that need one: ignored).
    case response(id: JSON)
    /// Not a JSON-RPC message; `id` when one could be read, for the error reply.
    case invalid(id: JSON?, reason: String)

    /// Classifies a parsed body.
    public init(_ json: JSON) {
        guard case .object(let members) = json else {
            self = .invalid(id: nil, reason: json.arrayValue != nil ? "不支持批量请求" : "消息应为 JSON 对象")
            return
        }
        let id = members["id"]
        if let id, !Self.isValidID(id) {
            self = .invalid(id: nil, reason: "id 应为字符串或整数")
            return
        }
        guard members["jsonrpc"]?.stringValue == "2.0" else {
            self = .invalid(id: id, reason: "缺少 \"jsonrpc\": \"2.0\"")
            return
        }
        guard let methodValue = members["method"] else {
            if let id, members["result"] != nil || members["error"] != nil {
                self = .response(id: id)
            } else {
                self = .invalid(id: id, reason: "缺少 method")
            }
            return
        }
        guard let method = methodValue.stringValue else {
            self = .invalid(id: id, reason: "method 应为字符串")
            return
        }
        let params = members["params"]
        if let params, params.objectValue == nil, params.arrayValue == nil {
            self = .invalid(id: id, reason: "params 应为对象或数组")
            return
        }
        if let id {
            self = .request(id: id, method: method, params: params)
        } else {
            self = .notification(method: method, params: params)
        }
    }

    private static func isValidID(_ id: JSON) -> Bool {
        switch id {
        case .string, .int, .null: true
        default: false
        }
    }
}

/// Builders for outgoing messages.
public enum JSONRPCMessage {
    public static func result(id: JSON, _ result: JSON) -> JSON {
        ["jsonrpc": "2.0", "id": id, "result": result]
    }

    public static func error(id: JSON?, code: Int, message: String, data: JSON? = nil) -> JSON {
        var error: [String: JSON] = ["code": .int(code), "message": .string(message)]
        if let data { error["data"] = data }
        return ["jsonrpc": "2.0", "id": id ?? .null, "error": .object(error)]
    }

    public static func notification(_ method: String, _ params: JSON) -> JSON {
        ["jsonrpc": "2.0", "method": .string(method), "params": params]
    }

    /// The id of a message too large to parse, looked for in its first bytes (`"id": 7` or
    /// `"id": "x"` not inside a string); nil when none is seen.
    public static func sniffID(in prefix: Data) -> JSON? {
        let text = String(decoding: prefix, as: UTF8.self)
        guard let regex = try? NSRegularExpression(pattern: #"(?<!\\)"id"\s*:\s*(-?[0-9]+|"[^"\\]*")"#) else { return nil }
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range(at: 1), in: text)
        else { return nil }
        let token = text[range]
        if token.hasPrefix("\"") { return .string(String(token.dropFirst().dropLast())) }
        return Int(token).map(JSON.int)
    }
}

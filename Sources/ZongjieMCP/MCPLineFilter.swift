import Foundation
import ZongjieRPC

/// What becomes of one line from the client, decided before the SDK sees it. It also
/// keeps requests from the server until `initialize` has come: the SDK's strict mode
/// drops such a request without any answer (the client would wait for ever), and its
/// lenient mode would serve it.
struct MCPLineFilter {
    let maxLine: Int
    /// Whether `initialize` has been passed on.
    private var initializeSeen = false

    init(maxLine: Int) {
        self.maxLine = maxLine
    }

    enum Outcome: Equatable {
        /// A JSON-RPC message for the server; `requestID` (serialised) when it expects an answer.
        case forward(Data, requestID: String?)
        /// Not a message: answer with this error.
        case reply(JSON)
        /// Not a message and nothing to answer (no id could be read): log it.
        case log(String)
    }

    mutating func check(_ line: LineFramer.Line) -> Outcome {
        switch line {
        case .tooLarge(let length, let prefix):
            let message = "消息过大（\(length) 字节，上限 \(maxLine) 字节），已跳过。可用 --max-size 调大上限。"
            guard let id = JSONRPCMessage.sniffID(in: prefix) else { return .log(message) }
            return .reply(JSONRPCMessage.error(id: id, code: JSONRPCErrorCode.invalidRequest, message: message))
        case .message(let data):
            guard let json = JSON.parse(data) else {
                let reason = String(data: data, encoding: .utf8) == nil ? "消息不是有效的 UTF-8" : "消息不是有效的 JSON"
                return .reply(JSONRPCMessage.error(id: nil, code: JSONRPCErrorCode.parseError, message: reason))
            }
            // Batches go to the SDK, which answers them item by item.
            if json.arrayValue != nil { return .forward(data, requestID: nil) }
            switch IncomingMessage(json) {
            case .invalid(let id, let reason):
                return .reply(JSONRPCMessage.error(id: id, code: JSONRPCErrorCode.invalidRequest, message: "无效的请求：\(reason)"))
            case .request(let id, let method, _):
                if method == "initialize" {
                    initializeSeen = true
                } else if !initializeSeen && method != "ping" {
                    return .reply(JSONRPCMessage.error(id: id, code: JSONRPCErrorCode.invalidRequest, message: "服务尚未初始化：请先发送 initialize。"))
                }
                return .forward(data, requestID: id.serialized)
            case .notification(let method, _):
                // Before initialize, notifications are dropped (the SDK would answer them with an error).
                guard initializeSeen else { return .log("已忽略 initialize 之前的通知：\(method)") }
                return .forward(data, requestID: nil)
            case .response:
                return .forward(data, requestID: nil)
            }
        }
    }
}

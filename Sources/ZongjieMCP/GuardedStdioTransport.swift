import Foundation
import Logging
import MCP
import ZongjieRPC

/// The MCP stdio transport (one JSON-RPC message per line) with the checks the SDK's
/// `StdioTransport` leaves out: a line over the size limit is skipped without being held,
/// and a line that is not UTF-8 JSON or not a JSON-RPC message gets the error JSON-RPC
/// names (id null when none can be read) here, so the server only sees real messages.
/// It also counts requests in flight, so the process can wait for their answers after
/// the client closed stdin.
public actor GuardedStdioTransport: Transport {
    public nonisolated let logger: Logger
    private let maxLine: Int
    private let output: StdoutWriter
    private let messages: AsyncThrowingStream<Data, any Swift.Error>
    private let continuation: AsyncThrowingStream<Data, any Swift.Error>.Continuation
    private var started = false
    /// Ids of requests passed to the server and not yet answered.
    private var pending: Set<String> = []

    public init(maxLine: Int, logger: Logger = Logger(label: "zongjie.mcp", factory: { _ in SwiftLogNoOpLogHandler() })) {
        self.maxLine = maxLine
        self.logger = logger
        self.output = StdoutWriter()
        (messages, continuation) = AsyncThrowingStream<Data, any Swift.Error>.makeStream()
    }

    public func connect() async throws {
        guard !started else { return }
        started = true
        // Blocking reads on a thread of their own: the cooperative pool is never held up.
        let thread = Thread { [self] in readLoop() }
        thread.stackSize = 1 << 20
        thread.start()
    }

    public func disconnect() async {
        continuation.finish()
    }

    public func send(_ data: Data) async throws {
        if let id = JSON.parse(data).flatMap(Self.answeredID) { pending.remove(id) }
        var line = data
        line.append(0x0A)
        output.write(line)
    }

    public func receive() -> AsyncThrowingStream<Data, any Swift.Error> {
        messages
    }

    /// Whether every request passed on has been answered.
    public var idle: Bool { pending.isEmpty }

    private func forwarded(_ id: String) {
        pending.insert(id)
    }

    private nonisolated func readLoop() {
        var framer = LineFramer(maxLine: maxLine)
        var filter = MCPLineFilter(maxLine: maxLine)
        StdinReader.forEachChunk { chunk in
            for line in framer.feed(chunk) { route(filter.check(line)) }
        }
        continuation.finish()
    }

    /// Passes a good line on, or answers a bad one itself.
    private nonisolated func route(_ outcome: MCPLineFilter.Outcome) {
        switch outcome {
        case .reply(let message):
            reply(message)
        case .log(let message):
            FileHandle.standardError.write(Data("zongjie mcp: \(message)\n".utf8))
        case .forward(let data, let requestID):
            if let requestID {
                let semaphore = DispatchSemaphore(value: 0)
                Task { [self] in
                    await forwarded(requestID)
                    semaphore.signal()
                }
                semaphore.wait()
            }
            continuation.yield(data)
        }
    }

    private nonisolated func reply(_ message: JSON) {
        var line = Data(message.serialized.utf8)
        line.append(0x0A)
        output.write(line)
    }

    /// The id an outgoing response answers (serialised), nil for requests and notifications.
    private static func answeredID(_ json: JSON) -> String? {
        guard json["method"] == nil, json["result"] != nil || json["error"] != nil, let id = json["id"] else { return nil }
        return id.serialized
    }
}

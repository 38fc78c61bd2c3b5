import Foundation
import ZongjieRPC

/// The real `zongjie` binary running as a server (`lsp` or `mcp`), driven by a test as a
/// scripted client: write messages, wait (bounded) for what comes back.
final class ServerProcess: @unchecked Sendable {
    enum Framing {
        /// LSP: `Content-Length` headers.
        case contentLength
        /// MCP stdio: one message per line.
        case lines
    }

    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private let framing: Framing
    private let condition = NSCondition()
    private var received: [JSON] = []
    /// Raw bytes seen so far (for messages that are not JSON).
    private var pending = Data()
    private var framer = ContentLengthFramer(maxBody: 64 * 1024 * 1024)
    private var finished = false

    init(_ arguments: [String], framing: Framing, folder: URL? = nil) throws {
        self.framing = framing
        process.executableURL = Paths.binary
        process.arguments = arguments
        process.currentDirectoryURL = try folder ?? Paths.temporaryFolder()
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let handle = output.fileHandleForReading
        let thread = Thread { [self] in
            while true {
                let data = handle.availableData
                condition.lock()
                if data.isEmpty {
                    finished = true
                } else {
                    absorb(data)
                }
                condition.broadcast()
                condition.unlock()
                if data.isEmpty { break }
            }
        }
        thread.start()
    }

    /// Parses what arrived (called with the lock held).
    private func absorb(_ data: Data) {
        switch framing {
        case .contentLength:
            for frame in framer.feed(data) {
                if case .message(let body) = frame, let json = JSON.parse(body) { received.append(json) }
            }
        case .lines:
            pending.append(data)
            while let newline = pending.firstIndex(of: 0x0A) {
                let line = pending[pending.startIndex..<newline]
                pending = Data(pending[pending.index(after: newline)...])
                if let json = JSON.parse(Data(line)) { received.append(json) }
            }
        }
    }

    /// Writes bytes as they are (for malformed input).
    func sendRaw(_ data: Data) {
        try? input.fileHandleForWriting.write(contentsOf: data)
    }

    func send(_ message: JSON) {
        switch framing {
        case .contentLength: sendRaw(contentLengthFrame(message.serialized))
        case .lines: sendRaw(Data((message.serialized + "\n").utf8))
        }
    }

    func notify(_ method: String, _ params: JSON = [:]) {
        send(["jsonrpc": "2.0", "method": .string(method), "params": params])
    }

    private var nextID = 100

    /// Sends a request and waits for its response.
    func request(_ method: String, _ params: JSON? = nil) throws -> JSON {
        nextID += 1
        let id = JSON.int(nextID)
        var message: [String: JSON] = ["jsonrpc": "2.0", "id": id, "method": .string(method)]
        if let params { message["params"] = params }
        send(.object(message))
        return try waitFor("response to \(method)") { $0["id"] == id && $0["method"] == nil }
    }

    /// The first message (in arrival order, from `after` on) matching `match`, waiting up to `seconds`.
    func waitFor(_ what: String, after: Int = 0, seconds: Double = 60, _ match: (JSON) -> Bool) throws -> JSON {
        let deadline = Date().addingTimeInterval(seconds)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let found = received[min(after, received.count)...].first(where: match) { return found }
            if finished || !condition.wait(until: deadline) {
                throw ServerTestError("no \(what) within \(Int(seconds)) s; got \(received.count) messages, last: \(received.last?.serialized.prefix(300) ?? "none")")
            }
        }
    }

    /// How many messages arrived so far (a mark for `waitFor(after:)`).
    var count: Int {
        condition.lock()
        defer { condition.unlock() }
        return received.count
    }

    /// Closes stdin and waits (bounded) for the process to end; its exit status.
    func close(seconds: Double = 60) throws -> Int32 {
        try? input.fileHandleForWriting.close()
        return try waitForExit(seconds: seconds)
    }

    func waitForExit(seconds: Double = 60) throws -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                throw ServerTestError("server still running \(Int(seconds)) s after stdin closed")
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { process.terminate() }
    }
}

struct ServerTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

import Foundation

/// Standard input in chunks as they arrive, for the servers' read loops: a read interrupted
/// by a signal is retried, and the loop ends when the client closes stdin (or reading fails).
public enum StdinReader {
    /// Calls `body` with each chunk read, until end of input.
    public static func forEachChunk(_ body: (Data) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            body(Data(buffer[0..<count]))
        }
    }
}

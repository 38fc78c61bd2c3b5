import Foundation
import ZongjieRPC

/// Runs a language server over stdin/stdout until `exit` or until the client closes stdin.
public enum LanguageServerStdio {
    /// Serves until the client leaves; returns the process exit code.
    public static func run(options: LanguageServer.Options) -> Int32 {
        let queue = DispatchQueue(label: "zongjie.lsp")
        let output = StdoutWriter()
        let exitCode = ExitBox()
        let server = LanguageServer(
            options: options,
            send: { output.write(contentLengthFrame($0.serialized)) },
            schedule: { delay, work in queue.asyncAfter(deadline: .now() + delay, execute: work) },
            onExit: { code in
                output.flush()
                exit(code)
            }
        )
        var framer = ContentLengthFramer(maxBody: server.messageLimit)
        StdinReader.forEachChunk { chunk in
            for frame in framer.feed(chunk) {
                queue.async { server.handle(frame) }
            }
        }
        // The client went away: finish what was received, then leave as `exit` would.
        queue.sync { exitCode.value = server.state == .shutDown ? 0 : 1 }
        output.flush()
        return exitCode.value
    }
}

/// The exit code, set on the server's queue and read after it drained.
private final class ExitBox: @unchecked Sendable {
    var value: Int32 = 1
}

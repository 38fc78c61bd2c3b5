import Foundation
import Testing
import ZongjieRPC

/// Content-Length framing in-process: pieces of any size, resynchronising after a bad
/// header, skipping an oversized body without holding it.
struct FramingTests {
    static let message = contentLengthFrame(#"{"jsonrpc":"2.0","method":"initialized"}"#)

    @Test func framesSplitAcrossReadsAreJoined() {
        var framer = ContentLengthFramer(maxBody: 1024)
        let bytes = Self.message + Self.message
        var frames: [Frame] = []
        for byte in bytes { frames += framer.feed(Data([byte])) }
        #expect(frames.count == 2)
        #expect(frames.allSatisfy { if case .message = $0 { true } else { false } })
    }

    @Test func aBadHeaderIsReportedAndTheNextMessageStillArrivesLater() {
        var framer = ContentLengthFramer(maxBody: 1024)
        let bad = framer.feed(Data("Content-Length: many\r\n\r\n{\"x\":1}".utf8))
        #expect(bad == [.malformedHeader("Content-Length 不是非负整数：many")])
        // The garbage body and the next message arrive in separate reads.
        #expect(framer.feed(Data("garbage".utf8)).isEmpty)
        let next = framer.feed(Self.message)
        #expect(next.count == 1)
        if case .message(let body) = next.first {
            #expect(JSON.parse(body)?["method"]?.stringValue == "initialized")
        }
        let missing = framer.feed(Data("Content-Type: x\r\n\r\n".utf8) + Self.message)
        #expect(missing.count == 2 && missing.first == .malformedHeader("消息头缺少 Content-Length"))
    }

    @Test func anOversizedBodyIsSkippedWithItsStartKept() {
        var framer = ContentLengthFramer(maxBody: 16)
        let body = #"{"id":5,"padding":""# + String(repeating: "x", count: 10_000) + #""}"#
        let frames = framer.feed(contentLengthFrame(body) + Self.message)
        #expect(frames.count == 2)
        guard case .tooLarge(let length, let prefix) = frames.first else {
            Issue.record("expected tooLarge, got \(String(describing: frames.first))")
            return
        }
        #expect(length == body.utf8.count)
        #expect(prefix.count == ContentLengthFramer.keptPrefix)
        #expect(JSONRPCMessage.sniffID(in: prefix) == .int(5))
    }

    @Test func idsInsideStringsAreNotTakenForTheMessagesID() {
        #expect(JSONRPCMessage.sniffID(in: Data(#"{"params":{"text":"\"id\": 3"},"method":"x"}"#.utf8)) == nil)
        #expect(JSONRPCMessage.sniffID(in: Data(#"{"id":"abc","method":"x"}"#.utf8)) == .string("abc"))
    }
}

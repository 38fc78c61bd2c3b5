import Foundation

/// Runs work items on several threads and hands the results back in input order,
/// with at most `window` items done-but-not-yet-consumed or in flight at once.
///
/// The window is what keeps a 100,000-file run bounded: a worker may not start item
/// `i + window` before the consumer has taken item `i`, so memory holds a few documents
/// per core, never the whole run. Results reach `consume` on the calling thread, in order,
/// as soon as each one and all before it are done (output streams while work continues).
public enum OrderedParallelMap {
    /// Calls `work(i)` for every `i` in `0..<count` on `jobs` threads and `consume(i, result)`
    /// in increasing `i` on the calling thread. When `consume` throws, no new item starts,
    /// the workers are joined and the error is rethrown.
    public static func run<Output: Sendable>(
        count: Int,
        jobs: Int,
        window: Int,
        work: @escaping @Sendable (Int) -> Output,
        consume: (Int, Output) throws -> Void
    ) throws {
        guard count > 0 else { return }
        if jobs <= 1 || count == 1 {
            // One core: no threads, same order, same streaming.
            for index in 0..<count { try consume(index, work(index)) }
            return
        }
        let board = ResultBoard<Output>(count: count, window: max(window, jobs))
        let workers = DispatchGroup()
        let threads = min(jobs, count)
        for _ in 0..<threads {
            workers.enter()
            let thread = Thread {
                while let index = board.claim() {
                    board.put(index, work(index))
                }
                workers.leave()
            }
            // Deeply nested drafts recurse in the parser: give workers the main thread's headroom.
            thread.stackSize = 16 << 20
            thread.start()
        }
        defer {
            board.cancel()
            workers.wait()
        }
        for index in 0..<count {
            let output = board.take(index)
            try consume(index, output)
        }
    }
}

/// Finished results waiting for the in-order consumer, the next index to hand out, and
/// the window that keeps workers at most `window` items ahead of the consumer.
private final class ResultBoard<Output: Sendable>: @unchecked Sendable {
    // All state is guarded by `condition`'s lock.
    private let condition = NSCondition()
    private var ready: [Int: Output] = [:]
    private var next = 0
    /// Index the consumer waits for (everything before it is consumed).
    private var taken = 0
    private var cancelled = false
    /// Workers asleep on a full window: `take` wakes them only when there are some.
    private var waitingWorkers = 0
    private let count: Int
    private let window: Int

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
    }

    /// The next index to work on, waiting while the window is full; nil when all are
    /// handed out or the run stopped.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && next < count && next >= taken + window {
            waitingWorkers += 1
            condition.wait()
            waitingWorkers -= 1
        }
        guard !cancelled, next < count else { return nil }
        next += 1
        return next - 1
    }

    func put(_ index: Int, _ output: Output) {
        condition.lock()
        ready[index] = output
        // Only the result the consumer waits for can wake it; a wake-up per result cost
        // more system time than the files' reading on 2 cores.
        if index == taken { condition.broadcast() }
        condition.unlock()
    }

    /// Waits for the result of `index` and removes it from the board.
    func take(_ index: Int) -> Output {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let output = ready.removeValue(forKey: index) {
                // The slot is free: a worker waiting on the window may start the next item.
                taken = index + 1
                if waitingWorkers > 0 { condition.broadcast() }
                return output
            }
            condition.wait()
        }
    }

    /// Stops handing out work and wakes workers waiting on the window.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}

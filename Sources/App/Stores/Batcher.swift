import Foundation
import NIOConcurrencyHelpers
import NIOCore

/// A line that turns what arrives together into one piece of work: group commit for
/// `FeedbackWriter`, and one query for the sessions and feedback checks of requests that
/// arrive together (`SessionLoader`, `FeedbackGate`). The first input is worked on at once,
/// alone; whatever arrives meanwhile waits and goes into the next batch, together. Quiet, it
/// costs nothing; when hundreds of phones send their answers within the same second, hundreds
/// of transactions and queries become a handful.
///
/// `work` gets the inputs of one batch and returns one output per input, in the same order.
/// If it throws, every input of that batch gets the error.
final class Batcher<Input: Sendable, Output: Sendable>: Sendable {
    typealias Work = @Sendable ([Input]) async throws -> [Output]

    private struct Waiter: Sendable {
        let input: Input
        let continuation: CheckedContinuation<Output, any Error>
    }

    private struct Line {
        var waiting: [Waiter] = []
        /// Whether a task is working through `waiting`; it stops only when `waiting` is empty.
        var isWorking = false
    }

    private let largestBatch: Int
    private let executor: (any TaskExecutor)?
    private let work: Work
    private let line = NIOLockedValueBox(Line())

    /// `largestBatch`: at most this many inputs at a time (keeps statements and their bound
    /// parameters small). `executor`: where the batches are worked on, if not on Swift's
    /// global executor (`FeedbackWriter` on SQLite: the writer's own thread).
    init(largestBatch: Int = 250, executor: (any TaskExecutor)? = nil, work: @escaping Work) {
        self.largestBatch = largestBatch
        self.executor = executor
        self.work = work
    }

    func run(_ input: Input) async throws -> Output {
        try await withCheckedThrowingContinuation { continuation in
            let startsWorking = line.withLockedValue { line in
                line.waiting.append(Waiter(input: input, continuation: continuation))
                guard !line.isWorking else { return false }
                line.isWorking = true
                return true
            }
            if startsWorking { Task(executorPreference: executor) { await self.workThroughWaiting() } }
        }
    }

    private func workThroughWaiting() async {
        while let batch = nextBatch() {
            do {
                let outputs = try await work(batch.map(\.input))
                guard outputs.count == batch.count else { throw BatcherError.outputCountMismatch(expected: batch.count, got: outputs.count) }
                for (waiter, output) in zip(batch, outputs) { waiter.continuation.resume(returning: output) }
            } catch {
                for waiter in batch { waiter.continuation.resume(throwing: error) }
            }
        }
    }

    /// The next batch from the line; nil, and the worker stops, when nobody waits. One lock
    /// for both, so a request joining just then either makes this batch or starts a worker.
    private func nextBatch() -> [Waiter]? {
        line.withLockedValue { line in
            guard !line.waiting.isEmpty else {
                line.isWorking = false
                return nil
            }
            let batch = Array(line.waiting.prefix(largestBatch))
            line.waiting.removeFirst(batch.count)
            return batch
        }
    }
}

/// A `Batcher` for each event loop of a group: a request batches with the others on its
/// connection's event loop, and their batch runs on that loop's lane (`ReadLanes`: on SQLite a
/// connection and thread of its own, `executor`). A burst is then worked on every core at
/// once; with one batcher for all, one thread read and decoded each batch of 250 sessions
/// while the other waited. An event loop from another group gets one more batcher, shared.
struct EventLoopBatchers<Input: Sendable, Output: Sendable>: Sendable {
    private let lanes: [ObjectIdentifier: Batcher<Input, Output>]
    private let elsewhere: Batcher<Input, Output>

    /// `executor`: where an event loop's batches are worked on (nil: Swift's global executor).
    init(
        group: any EventLoopGroup, largestBatch: Int = 250, executor: @Sendable (_ eventLoop: any EventLoop) -> (any TaskExecutor)? = { _ in nil },
        work: @escaping @Sendable (_ eventLoop: any EventLoop, [Input]) async throws -> [Output]
    ) {
        var lanes: [ObjectIdentifier: Batcher<Input, Output>] = [:]
        for eventLoop in group.makeIterator() {
            lanes[ObjectIdentifier(eventLoop)] = Batcher(largestBatch: largestBatch, executor: executor(eventLoop)) { try await work(eventLoop, $0) }
        }
        self.lanes = lanes
        let someEventLoop = group.any()
        elsewhere = Batcher(largestBatch: largestBatch, executor: executor(someEventLoop)) { try await work(someEventLoop, $0) }
    }

    /// `eventLoop`: the request's (`Request.eventLoop`).
    func run(_ input: Input, on eventLoop: any EventLoop) async throws -> Output {
        try await (lanes[ObjectIdentifier(eventLoop)] ?? elsewhere).run(input)
    }
}

enum BatcherError: Error, CustomStringConvertible {
    case outputCountMismatch(expected: Int, got: Int)

    var description: String {
        switch self {
        case .outputCountMismatch(let expected, let got): "A batch of \(expected) got \(got) results"
        }
    }
}

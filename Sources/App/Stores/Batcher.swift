import Foundation
import NIOConcurrencyHelpers

/// A line that turns what arrives together into one piece of work: group commit for
/// `FeedbackWriter`. The first input is worked on at once, alone; whatever arrives meanwhile
/// waits and goes into the next batch, together. Quiet, it costs nothing; when hundreds of
/// phones send their answers within the same second, hundreds of transactions, each waiting
/// for SQLite's one writer and a sync of the disk, become a handful.
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

enum BatcherError: Error, CustomStringConvertible {
    case outputCountMismatch(expected: Int, got: Int)

    var description: String {
        switch self {
        case .outputCountMismatch(let expected, let got): "A batch of \(expected) got \(got) results"
        }
    }
}

import Foundation

/// Lets requests that arrive together share one database round trip. The first request
/// runs at once, alone; whatever arrives while it is under way waits and goes into the next
/// batch, together. Quiet, it costs nothing; after a seminar, when hundreds of phones send
/// their answers within the same second, hundreds of queries become a handful, and nobody
/// waits behind hundreds of others' queries at every step of their request.
///
/// `work` gets the inputs of one batch and returns one output per input, in the same order.
/// If it throws, every request of that batch gets the error.
actor Batcher<Input: Sendable, Output: Sendable> {
    typealias Work = @Sendable ([Input]) async throws -> [Output]

    private let largestBatch: Int
    private let work: Work
    private var waiting: [(Input, CheckedContinuation<Output, any Error>)] = []
    private var isWorking = false

    /// `largestBatch`: at most this many inputs at a time (keeps statements and their bound
    /// parameters small).
    init(largestBatch: Int = 250, work: @escaping Work) {
        self.largestBatch = largestBatch
        self.work = work
    }

    func run(_ input: Input) async throws -> Output {
        try await withCheckedThrowingContinuation { continuation in
            waiting.append((input, continuation))
            guard !isWorking else { return }
            isWorking = true
            Task { await self.workThroughWaiting() }
        }
    }

    private func workThroughWaiting() async {
        while !waiting.isEmpty {
            let batch = Array(waiting.prefix(largestBatch))
            waiting.removeFirst(batch.count)
            do {
                let outputs = try await work(batch.map(\.0))
                guard outputs.count == batch.count else { throw BatcherError.outputCountMismatch(expected: batch.count, got: outputs.count) }
                for ((_, continuation), output) in zip(batch, outputs) { continuation.resume(returning: output) }
            } catch {
                for (_, continuation) in batch { continuation.resume(throwing: error) }
            }
        }
        isWorking = false
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

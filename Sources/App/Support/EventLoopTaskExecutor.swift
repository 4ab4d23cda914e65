import NIOCore

/// A Swift task executor on an event loop: a task that prefers it runs its jobs on that loop.
///
/// Roder's tasks already run on the event loops (`Entrypoint.runConcurrencyOnEventLoops`),
/// but NIO runs each job there as the loop's serial executor, and every call into a
/// nonisolated async function then asks to hop to the generic executor: the task is queued
/// again, behind everything else the loop has to do. A request made 26 (`GET /health`) to 37 (an
/// answer) such trips round its loop; in a burst each one waits for hundreds of others. A job
/// run on a task executor runs on the generic executor with that preference, so those hops
/// stay where they are, and continuations resume on the same loop.
final class EventLoopTaskExecutor: TaskExecutor {
    let eventLoop: any EventLoop

    init(eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        eventLoop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

/// One `EventLoopTaskExecutor` for each event loop of a group, made once.
struct EventLoopTaskExecutors: Sendable {
    private let executors: [ObjectIdentifier: EventLoopTaskExecutor]

    init(group: any EventLoopGroup) {
        var executors: [ObjectIdentifier: EventLoopTaskExecutor] = [:]
        for eventLoop in group.makeIterator() { executors[ObjectIdentifier(eventLoop)] = EventLoopTaskExecutor(eventLoop: eventLoop) }
        self.executors = executors
    }

    /// The executor on `eventLoop`; nil for a loop of another group.
    func executor(on eventLoop: any EventLoop) -> EventLoopTaskExecutor? {
        executors[ObjectIdentifier(eventLoop)]
    }
}

import Fluent
import SQLKit

/// On SQLite, feedback receipts and answers are kept together by event: receipts by their
/// natural key (event, person), answers by event and then their random id. Keyed by the
/// random id alone, every receipt and answer of a burst went to a page of its own, and each
/// group the writer committed rewrote hundreds of pages: after a seminar, 25–40 µs per
/// answer, most of it in the commit; kept by event, 5–10 µs (docs/PERFORMANCE.md). Within an
/// event the answers still lie in the order of their random ids, not in the order they came
/// in, and the receipt's own id is no longer a key (nothing looks a receipt up by it).
/// PostgreSQL keeps its tables as they are.
struct ClusterFeedbackByEvent: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await SQLiteFeedbackTables.rebuild(database, as: .byEvent)
    }

    func revert(on database: any Database) async throws {
        try await SQLiteFeedbackTables.rebuild(database, as: .byRandomID)
    }
}

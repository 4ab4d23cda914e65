import Fluent
import SQLKit

/// The only DDL that is not the schema builder's, in one place: on SQLite the feedback tables
/// are `WITHOUT ROWID` tables, so that their rows lie in the order of their keys and the file's
/// layout does not tell in which order people answered (docs/SECURITY.md). Fluent's schema
/// builder cannot say `WITHOUT ROWID`; PostgreSQL has no such layout, and its migrations use
/// the schema builder alone.
enum SQLiteFeedbackTables {
    /// `CreateEvents`: receipts and answers keyed by their random ids.
    static func createKeyedByRandomID(_ sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            CREATE TABLE feedback_receipts (id BLOB PRIMARY KEY NOT NULL,
              organisation_id BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
              event_id BLOB NOT NULL REFERENCES events (id) ON DELETE CASCADE,
              person_id BLOB NOT NULL REFERENCES people (id) ON DELETE CASCADE,
              UNIQUE (event_id, person_id)) WITHOUT ROWID
            """
        ).run()
        try await sql.raw(
            """
            CREATE TABLE feedback_answers (id BLOB PRIMARY KEY NOT NULL,
              organisation_id BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
              event_id BLOB NOT NULL REFERENCES events (id) ON DELETE CASCADE,
              answered_on TEXT NOT NULL, scores TEXT NOT NULL, comment TEXT) WITHOUT ROWID
            """
        ).run()
    }

    /// How the two tables are keyed.
    enum Keys {
        /// Receipts by (event, person), answers by (event, random id): this migration.
        case byEvent
        /// Both by their random id, with the unique pair and an index on the event: before.
        case byRandomID

        /// Each table's column definitions, the key's columns first: SQLite 3.40's
        /// `PRAGMA integrity_check` (Debian 12's) reports false NULLs in a `WITHOUT ROWID` table
        /// whose key columns are not its leftmost.
        var tables: [(name: String, columns: [String], key: String)] {
            let organisation = "organisation_id BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE"
            let event = "event_id BLOB NOT NULL REFERENCES events (id) ON DELETE CASCADE"
            let person = "person_id BLOB NOT NULL REFERENCES people (id) ON DELETE CASCADE"
            let answer = ["answered_on TEXT NOT NULL", "scores TEXT NOT NULL", "comment TEXT"]
            return switch self {
            case .byEvent:
                [
                    (FeedbackReceipt.schema, [event, person, "id BLOB NOT NULL", organisation], "PRIMARY KEY (event_id, person_id)"),
                    (FeedbackAnswerRecord.schema, [event, "id BLOB NOT NULL", organisation] + answer, "PRIMARY KEY (event_id, id)"),
                ]
            case .byRandomID:
                [
                    (FeedbackReceipt.schema, ["id BLOB NOT NULL", organisation, event, person], "PRIMARY KEY (id), UNIQUE (event_id, person_id)"),
                    (FeedbackAnswerRecord.schema, ["id BLOB NOT NULL", organisation, event] + answer, "PRIMARY KEY (id)"),
                ]
            }
        }
    }

    /// Both tables anew, keyed as `keys` says, their rows copied, in one transaction.
    static func rebuild(_ database: any Database, as keys: Keys) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await database.transaction { transaction in
            guard let sql = transaction as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
            for table in keys.tables {
                let names = table.columns.map { String($0.prefix { $0 != " " }) }.joined(separator: ", ")
                let definition = (table.columns + [table.key]).joined(separator: ", ")
                try await sql.raw("CREATE TABLE \(unsafeRaw: table.name)_rebuilt (\(unsafeRaw: definition)) WITHOUT ROWID").run()
                try await sql.raw("INSERT INTO \(unsafeRaw: table.name)_rebuilt (\(unsafeRaw: names)) SELECT \(unsafeRaw: names) FROM \(unsafeRaw: table.name)")
                    .run()
                try await sql.raw("DROP TABLE \(unsafeRaw: table.name)").run()
                try await sql.raw("ALTER TABLE \(unsafeRaw: table.name)_rebuilt RENAME TO \(unsafeRaw: table.name)").run()
            }
            if case .byRandomID = keys {
                try await sql.create(index: "feedback_answers_event").on(FeedbackAnswerRecord.schema).column("event_id").run()
            }
        }
    }
}

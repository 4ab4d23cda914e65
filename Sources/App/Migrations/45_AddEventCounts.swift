import Fluent
import SQLKit

/// Each event keeps how many were invited, how many checked in and how many answers its
/// feedback has, so the feedback overview, attendance and the half-year summary read one row
/// per event instead of counting 40,000 invitations and 20,000 answers on every visit.
///
/// The database keeps the counts itself, with triggers on the invitations and the answers: they
/// change in the same transaction as the rows they count, whichever code (or seeder, or import)
/// writes those rows, so a count can never lag its rows. This is the one migration with SQL of
/// each engine's own: SQLite and PostgreSQL write triggers differently (PostgreSQL through a
/// function). `EventCountsTests` checks the counts against the rows on both.
struct AddEventCounts: AsyncMigration {
    static let columns = ["invited_count", "checked_in_count", "answer_count"]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for column in Self.columns {
            try await database.schema(EventRecord.schema).field(.string(column), .int64, .required, .sql(.default(0))).update()
        }
        try await sql.raw(
            """
            UPDATE events SET
              invited_count = (SELECT COUNT(*) FROM event_participants p WHERE p.event_id = events.id),
              checked_in_count = (SELECT COUNT(*) FROM event_participants p WHERE p.event_id = events.id AND p.checked_in_at IS NOT NULL),
              answer_count = (SELECT COUNT(*) FROM feedback_answers a WHERE a.event_id = events.id)
            """
        ).run()
        for statement in sql.dialect.name == "postgresql" ? Self.postgresTriggers : Self.sqliteTriggers {
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for statement in sql.dialect.name == "postgresql" ? Self.postgresDrops : Self.sqliteDrops {
            try await sql.raw(SQLQueryString(statement)).run()
        }
        // Fluent's SQLite schema builder leaves dropped columns in place; both engines drop them in SQL.
        for column in Self.columns { try await sql.raw("ALTER TABLE events DROP COLUMN \(ident: column)").run() }
    }

    private static let checkedIn = "CASE WHEN %@.checked_in_at IS NULL THEN 0 ELSE 1 END"

    private static func participantChange(_ row: String, sign: String) -> String {
        "UPDATE events SET invited_count = invited_count \(sign) 1, checked_in_count = checked_in_count \(sign) "
            + checkedIn.replacingOccurrences(of: "%@", with: row) + " WHERE id = \(row).event_id;"
    }

    private static func answerChange(_ row: String, sign: String) -> String {
        "UPDATE events SET answer_count = answer_count \(sign) 1 WHERE id = \(row).event_id;"
    }

    static let sqliteTriggers = [
        "CREATE TRIGGER event_participants_counted_insert AFTER INSERT ON event_participants BEGIN "
            + participantChange("NEW", sign: "+") + " END",
        "CREATE TRIGGER event_participants_counted_delete AFTER DELETE ON event_participants BEGIN "
            + participantChange("OLD", sign: "-") + " END",
        "CREATE TRIGGER event_participants_counted_update AFTER UPDATE OF event_id, checked_in_at ON event_participants BEGIN "
            + participantChange("OLD", sign: "-") + " " + participantChange("NEW", sign: "+") + " END",
        "CREATE TRIGGER feedback_answers_counted_insert AFTER INSERT ON feedback_answers BEGIN " + answerChange("NEW", sign: "+") + " END",
        "CREATE TRIGGER feedback_answers_counted_delete AFTER DELETE ON feedback_answers BEGIN " + answerChange("OLD", sign: "-") + " END",
    ]

    static let sqliteDrops = [
        "event_participants_counted_insert", "event_participants_counted_delete", "event_participants_counted_update",
        "feedback_answers_counted_insert", "feedback_answers_counted_delete",
    ].map { "DROP TRIGGER IF EXISTS \($0)" }

    static let postgresTriggers = [
        """
        CREATE FUNCTION roder_count_event_participants() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN \(participantChange("OLD", sign: "-")) END IF;
          IF TG_OP IN ('UPDATE', 'INSERT') THEN \(participantChange("NEW", sign: "+")) END IF;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER event_participants_counted AFTER INSERT OR DELETE OR UPDATE OF event_id, checked_in_at ON event_participants
        FOR EACH ROW EXECUTE FUNCTION roder_count_event_participants()
        """,
        """
        CREATE FUNCTION roder_count_feedback_answers() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' THEN \(answerChange("OLD", sign: "-")) ELSE \(answerChange("NEW", sign: "+")) END IF;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER feedback_answers_counted AFTER INSERT OR DELETE ON feedback_answers
        FOR EACH ROW EXECUTE FUNCTION roder_count_feedback_answers()
        """,
    ]

    static let postgresDrops = [
        "DROP TRIGGER IF EXISTS event_participants_counted ON event_participants",
        "DROP TRIGGER IF EXISTS feedback_answers_counted ON feedback_answers",
        "DROP FUNCTION IF EXISTS roder_count_event_participants()", "DROP FUNCTION IF EXISTS roder_count_feedback_answers()",
    ]
}

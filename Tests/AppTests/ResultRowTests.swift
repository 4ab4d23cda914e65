import Foundation
import RoderCore
import SQLKit
import Testing

@testable import App

@Suite("Plain rows of large reads")
struct ResultRowTests {
    /// Every column of some rows of the demo's tables, read as every type the pages read, the
    /// cheap way (`resultRows`) and SQLKit's way (`raw(…).all()`): the same value or an error
    /// from both. Text, integers, reals, NULLs, dates, JSON and booleans, identifiers in
    /// either case and malformed ones, feedback totals and broken ones all occur below.
    @Test("A plain row reads every column as SQLKit's row does, value for value and failure for failure")
    func sameAsSQLKit() async throws {
        try await withRoderApp { app, _ in
            let sql = try #require(app.db as? any SQLDatabase)
            let queries: [SQLQueryString] = [
                "SELECT * FROM indicators ORDER BY id LIMIT 20",
                "SELECT * FROM events ORDER BY id LIMIT 20",
                "SELECT * FROM people ORDER BY id LIMIT 20",
                "SELECT * FROM users ORDER BY id LIMIT 10",
                """
                SELECT id, title, NULL AS empty_value, 1.5 AS a_real, 7 AS a_whole, 'x' AS a_letter,
                  'd31543b8-aa4f-49e0-b51f-f5353b0ae357' AS lower_uuid, 'D31543B8-AA4F-49E0-B51F-F5353B0AE35' AS short_uuid,
                  'D31543B8+AA4F-49E0-B51F-F5353B0AE357' AS bad_uuid,
                  CAST('{"answers":2,"byQuestion":{"importance":{"answered":2,"sum":7}}}' AS jsonb) AS score_totals,
                  CAST('{"answers":1.5,"byQuestion":{}}' AS jsonb) AS fractional_totals
                FROM result_goals ORDER BY id LIMIT 5
                """,
            ]
            var compared = 0
            for query in queries {
                let plain = try await sql.resultRows(query)
                let kit = try await sql.raw(query).all()
                #expect(plain.count == kit.count)
                #expect(!plain.isEmpty, "\(query)")
                for (ours, theirs) in zip(plain, kit) {
                    #expect(Set(ours.allColumns) == Set(theirs.allColumns))
                    for column in theirs.allColumns {
                        #expect(ours.contains(column: column))
                        #expect(try ours.decodeNil(column: column) == theirs.decodeNil(column: column))
                        compared += try Self.compare(ours, theirs, column)
                    }
                    #expect(throws: (any Error).self) { try ours.decode(column: "no_such_column", as: String.self) }
                }
            }
            #expect(compared > 1_000)
        }
    }

    private static func compare(_ ours: ResultRow, _ theirs: any SQLRow, _ column: String) throws -> Int {
        func same<Value: Decodable & Equatable>(_ type: Value.Type) -> Int {
            let mine = Result { try ours.decode(column: column, as: Value.self) }
            let kit = Result { try theirs.decode(column: column, as: Value.self) }
            switch (mine, kit) {
            case (.success(let a), .success(let b)): #expect(a == b, "\(column) as \(Value.self)")
            case (.failure, .failure): break
            default: Issue.record("\(column) as \(Value.self): \(mine) but SQLKit \(kit)")
            }
            return 1
        }
        return same(String.self) + same(String?.self) + same(Int.self) + same(Int?.self) + same(Double.self) + same(Double?.self)
            + same(Date.self) + same(Date?.self) + same(Bool.self) + same(LocalizedText.self) + same(LocalizedText?.self) + same(UUID.self)
            + same(UUID?.self) + same(ScoreTotals.self) + same(ScoreTotals?.self)
    }
}

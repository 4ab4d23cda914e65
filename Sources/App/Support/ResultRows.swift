import FluentSQLiteDriver
import Foundation
import NIOConcurrencyHelpers
import RoderCore
import SQLKit

/// A row of a large plain-SQL read (`SQLDatabase.resultRows`, `SQLSelectBuilder.rows()`):
/// the same `SQLRow` as SQLKit's `all()` gives, read more cheaply on SQLite.
///
/// Through SQLKit, SQLite hands each row from its thread to the event loop as a task of its
/// own (a wake-up per row) and every column goes through a `Decoder`; a yearly report at
/// national scale reads some thousands of rows, and those two steps cost more than the SQL.
/// Here SQLiteNIO's own async query collects the rows on SQLite's thread in one go, and the
/// columns the pages read (text, numbers, dates, multilingual text) are converted directly,
/// anything else by SQLiteKit's decoder as before. On PostgreSQL rows are SQLKit's.
struct ResultRow: SQLRow {
    private enum Storage: Sendable {
        case sqlite(SQLiteRow)
        case other(any SQLRow)
    }

    private let storage: Storage

    fileprivate init(sqlite row: SQLiteRow) { storage = .sqlite(row) }
    fileprivate init(_ row: any SQLRow) { storage = .other(row) }

    var allColumns: [String] {
        switch storage {
        case .sqlite(let row): row.columns.map(\.name)
        case .other(let row): row.allColumns
        }
    }

    func contains(column: String) -> Bool {
        switch storage {
        case .sqlite(let row): row.column(column) != nil
        case .other(let row): row.contains(column: column)
        }
    }

    func decodeNil(column: String) throws -> Bool {
        switch storage {
        case .sqlite: try data(column) == .null
        case .other(let row): try row.decodeNil(column: column)
        }
    }

    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        guard case .sqlite = storage else {
            guard case .other(let row) = storage else { preconditionFailure() }
            return try row.decode(column: column, as: D.self)
        }
        let data = try data(column)
        if let value = try Self.converted(data, as: D.self, column: column) { return value }
        return try SQLiteDataDecoder().decode(D.self, from: data)
    }

    private func data(_ column: String) throws -> SQLiteData {
        guard case .sqlite(let row) = storage, let data = row.column(column) else {
            throw DecodingError.keyNotFound(SQLiteColumnKey(column), .init(codingPath: [], debugDescription: "No column \(column)"))
        }
        return data
    }

    /// The column types the pages read in bulk, converted as SQLiteKit's decoder would end up
    /// converting them; nil for any other type (the decoder takes it).
    private static func converted<D>(_ data: SQLiteData, as type: D.Type, column: String) throws -> D? {
        func value<V: SQLiteDataConvertible>(_: V.Type) throws -> D? {
            guard let value = V(sqliteData: data) else {
                throw DecodingError.typeMismatch(V.self, .init(codingPath: [SQLiteColumnKey(column)], debugDescription: "\(data)"))
            }
            return value as? D
        }
        func optional<V: SQLiteDataConvertible>(_: V.Type) throws -> D? {
            data == .null ? V?.none as? D : try value(V.self)
        }
        switch type {
        case is String.Type: return try value(String.self)
        case is Int.Type: return try value(Int.self)
        case is Double.Type: return try value(Double.self)
        case is Date.Type: return try value(Date.self)
        case is Bool.Type: return try value(Bool.self)
        case is String?.Type: return try optional(String.self)
        case is Int?.Type: return try optional(Int.self)
        case is Double?.Type: return try optional(Double.self)
        case is Date?.Type: return try optional(Date.self)
        case is LocalizedText.Type:
            // Stored as its JSON object; `LocalizedText(json:)` declines what it cannot read
            // exactly, and the decoder then gives the error it always gave.
            guard case .text(let json) = data, let text = LocalizedText(json: json) else { return nil }
            return text as? D
        default: return nil
        }
    }
}

private struct SQLiteColumnKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension SQLDatabase {
    /// Every row of `query` (`ResultRow` says why this is cheaper than `raw(…).all()` on SQLite).
    func resultRows(_ query: any SQLExpression) async throws -> [ResultRow] {
        guard let sqlite = self as? any SQLiteDatabase else { return try await execute(query).map(ResultRow.init) }
        let (sql, binds) = serialize(query)
        let encoder = SQLiteDataEncoder()
        let data = try binds.map { try encoder.encode($0) }
        return try await sqlite.withConnection { connection in
            let rows = NIOLockedValueBox<[ResultRow]>([])
            // SQLiteConnection's own async query: rows arrive on SQLite's thread, one hop in all.
            try await connection.query(sql, data) { row in rows.withLockedValue { $0.append(ResultRow(sqlite: row)) } }
            return rows.withLockedValue { $0 }
        }
    }

    /// `resultRows` of a query written out, as `raw(_:)` takes it.
    func resultRows(_ query: SQLQueryString) async throws -> [ResultRow] {
        try await resultRows(query as any SQLExpression)
    }

    private func execute(_ query: any SQLExpression) async throws -> [any SQLRow] {
        let rows = NIOLockedValueBox<[any SQLRow]>([])
        try await execute(sql: query) { row in rows.withLockedValue { $0.append(row) } }
        return rows.withLockedValue { $0 }
    }
}

extension SQLSelectBuilder {
    /// The select's rows as `ResultRow`s: `all()` for large reads.
    func rows() async throws -> [ResultRow] {
        try await database.resultRows(query)
    }
}

import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import NIOConcurrencyHelpers
import RoderCore
import SQLKit

/// A row of a large plain-SQL read (`SQLDatabase.resultRows`, `SQLSelectBuilder.rows()`):
/// the same `SQLRow` as SQLKit's `all()` gives, read more cheaply on SQLite and PostgreSQL.
///
/// Through SQLKit, SQLite hands each row from its thread to the event loop as a task of its
/// own (a wake-up per row) and every column goes through a `Decoder`; a yearly report at
/// national scale reads some thousands of rows, and those two steps cost more than the SQL.
/// Here SQLiteNIO's own async query collects the rows on SQLite's thread in one go, and the
/// columns the pages read (text, numbers, dates, multilingual text) are converted directly,
/// anything else by SQLiteKit's decoder as before. On PostgreSQL the same holds for the cells:
/// through PostgresKit each went through a `Decoder` (a third of a national report's CPU);
/// here PostgresNIO's own decoding reads the common types and PostgresKit's row the rest.
struct ResultRow: SQLRow {
    private enum Storage: Sendable {
        case sqlite(SQLiteRow)
        case postgres(PostgresRow, PostgresRandomAccessRow)
        case other(any SQLRow)
    }

    private let storage: Storage

    fileprivate init(sqlite row: SQLiteRow) { storage = .sqlite(row) }
    fileprivate init(postgres row: PostgresRow) { storage = .postgres(row, row.makeRandomAccess()) }
    fileprivate init(_ row: any SQLRow) { storage = .other(row) }

    var allColumns: [String] {
        switch storage {
        case .sqlite(let row): row.columns.map(\.name)
        case .postgres(_, let cells): cells.map(\.columnName)
        case .other(let row): row.allColumns
        }
    }

    func contains(column: String) -> Bool {
        switch storage {
        case .sqlite(let row): row.column(column) != nil
        case .postgres(_, let cells): cells.contains(column)
        case .other(let row): row.contains(column: column)
        }
    }

    func decodeNil(column: String) throws -> Bool {
        switch storage {
        case .sqlite: try data(column) == .null
        case .postgres(_, let cells): try Self.cell(column, of: cells).bytes == nil
        case .other(let row): try row.decodeNil(column: column)
        }
    }

    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        switch storage {
        case .sqlite:
            let data = try data(column)
            if let value = try Self.converted(data, as: D.self, column: column) { return value }
            return try SQLiteDataDecoder().decode(D.self, from: data)
        case .postgres(let row, let cells):
            if let value = Self.converted(try Self.cell(column, of: cells), as: D.self) { return value }
            return try row.sql(decodingContext: .default).decode(column: column, as: D.self)
        case .other(let row):
            return try row.decode(column: column, as: D.self)
        }
    }

    private static func cell(_ column: String, of cells: PostgresRandomAccessRow) throws -> PostgresCell {
        guard cells.contains(column) else {
            throw DecodingError.keyNotFound(ColumnKey(column), .init(codingPath: [], debugDescription: "No column \(column)"))
        }
        return cells[column]
    }

    /// The common column types read with PostgresNIO's own decoding; nil for anything it cannot
    /// read exactly so (a `numeric` sum as an Int, say): PostgresKit's row then decides, as before.
    private static func converted<D>(_ cell: PostgresCell, as type: D.Type) -> D? {
        func value<V: PostgresDecodable>(_: V.Type) -> D? { (try? cell.decode(V.self)).flatMap { $0 as? D } }
        func optional<V: PostgresDecodable>(_: V.Type) -> D? { cell.bytes == nil ? V?.none as? D : value(V.self) }
        /// A column stored as JSON, read by hand (nil: the decoder decides), or NULL.
        func optionalJSON<V>(_ read: (String) -> V?) -> D? {
            if cell.bytes == nil { return V?.none as? D }
            guard let value = json(cell).flatMap(read) else { return nil }
            return V?.some(value) as? D
        }
        switch type {
        case is String.Type: return value(String.self)
        case is Int.Type: return value(Int.self)
        case is Double.Type: return value(Double.self)
        case is Date.Type: return value(Date.self)
        case is Bool.Type: return value(Bool.self)
        case is String?.Type: return optional(String.self)
        case is Int?.Type: return optional(Int.self)
        case is Double?.Type: return optional(Double.self)
        case is Date?.Type: return optional(Date.self)
        case is UUID.Type: return value(UUID.self)
        case is UUID?.Type: return optional(UUID.self)
        case is LocalizedText.Type: return json(cell).flatMap(LocalizedText.init(json:)) as? D
        case is ScoreTotals.Type: return json(cell).flatMap(ScoreTotals.init(json:)) as? D
        case is ScoreTotals?.Type: return optionalJSON(ScoreTotals.init(json:))
        default: return nil
        }
    }

    /// The JSON text of a json, jsonb or text cell; nil for anything else.
    private static func json(_ cell: PostgresCell) -> String? {
        // jsonb arrives in its binary form: a version byte (1), then the JSON text.
        guard var bytes = cell.bytes else { return nil }
        if cell.dataType == .jsonb, cell.format == .binary {
            guard bytes.readInteger(as: UInt8.self) == 1 else { return nil }
        } else if cell.dataType != .json, cell.dataType != .text, cell.dataType != .varchar {
            return nil
        }
        return bytes.readString(length: bytes.readableBytes)
    }

    private func data(_ column: String) throws -> SQLiteData {
        guard case .sqlite(let row) = storage, let data = row.column(column) else {
            throw DecodingError.keyNotFound(ColumnKey(column), .init(codingPath: [], debugDescription: "No column \(column)"))
        }
        return data
    }

    /// The column types the pages read in bulk, converted as SQLiteKit's decoder would end up
    /// converting them; nil for any other type (the decoder takes it).
    private static func converted<D>(_ data: SQLiteData, as type: D.Type, column: String) throws -> D? {
        func value<V: SQLiteDataConvertible>(_: V.Type) throws -> D? {
            guard let value = V(sqliteData: data) else {
                throw DecodingError.typeMismatch(V.self, .init(codingPath: [ColumnKey(column)], debugDescription: "\(data)"))
            }
            return value as? D
        }
        func optional<V: SQLiteDataConvertible>(_: V.Type) throws -> D? {
            data == .null ? V?.none as? D : try value(V.self)
        }
        /// Read by hand from the column's text (UUIDs, JSON); nil when `read` declines it: the
        /// decoder then reads or rejects it as before.
        func byHand<V>(_ read: (String) -> V?) -> D? {
            guard case .text(let text) = data else { return nil }
            return read(text) as? D
        }
        func optionalByHand<V>(_ read: (String) -> V?) -> D? {
            if data == .null { return V?.none as? D }
            guard case .text(let text) = data, let value = read(text) else { return nil }
            return V?.some(value) as? D
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
        // SQLiteKit stores a UUID as its text: read without Foundation's parser, which runs
        // `sscanf` (a sixth of the organisation page's time).
        case is UUID.Type: return byHand(UUID.init(hyphenated:))
        case is UUID?.Type: return optionalByHand(UUID.init(hyphenated:))
        // Stored as JSON objects; the readers decline what they cannot read exactly, and the
        // decoder then gives the error it always gave.
        case is LocalizedText.Type: return byHand(LocalizedText.init(json:))
        case is ScoreTotals.Type: return byHand(ScoreTotals.init(json:))
        case is ScoreTotals?.Type: return optionalByHand(ScoreTotals.init(json:))
        default: return nil
        }
    }
}

private struct ColumnKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension SQLDatabase {
    /// Every row of `query` (`ResultRow` says why this is cheaper than `raw(…).all()` on SQLite).
    func resultRows(_ query: any SQLExpression) async throws -> [ResultRow] {
        if let postgres = self as? any PostgresDatabase {
            let (sql, binds) = serialize(query)
            if let bindings = Self.postgresBindings(binds) {
                // Collected on the connection's event loop, one hop in all (iterating the rows
                // asynchronously switched tasks for every batch of rows).
                return try await postgres.withConnection { connection in
                    connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: connection.logger).map { result in
                        result.rows.map(ResultRow.init(postgres:))
                    }
                }.get()
            }
        }
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

    /// The binds of a query as PostgresNIO encodes them, for the types Roder binds (as
    /// PostgresKit would encode them); nil if any other kind occurs: PostgresKit then runs it.
    private static func postgresBindings(_ binds: [any Encodable & Sendable]) -> PostgresBindings? {
        var bindings = PostgresBindings(capacity: binds.count)
        for bind in binds {
            switch bind {
            case let value as UUID: bindings.append(value)
            case let value as String: bindings.append(value)
            case let value as Int: bindings.append(value)
            case let value as Double: bindings.append(value)
            case let value as Date: bindings.append(value)
            case let value as Bool: bindings.append(value)
            default: return nil
            }
        }
        return bindings
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

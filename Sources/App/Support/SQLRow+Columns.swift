import FluentSQLiteDriver
import Foundation
import SQLKit

extension SQLRow {
    /// A UUID column, read as its text and parsed here. SQLKit's SQLite decoder reaches a
    /// UUID through two layers of `Decoder` and Foundation's parser, which runs `sscanf`:
    /// reading a batch of sessions spent more on its identifiers than on anything else.
    /// (SQLite keeps UUIDs as text; PostgreSQL hands its `uuid` columns over as text too.)
    func uuid(_ column: String) throws -> UUID {
        let text = try decode(column: column, as: String.self)
        guard let uuid = UUID(hyphenated: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(column) is not a UUID: \(text)"))
        }
        return uuid
    }

    /// A UUID column that may be NULL.
    func optionalUUID(_ column: String) throws -> UUID? {
        try decodeNil(column: column) ? nil : uuid(column)
    }
}

extension SQLiteRow {
    /// A UUID column of a row read from SQLite directly (no Codable on the way).
    func uuid(_ column: String) throws -> UUID {
        guard let text = self.column(column)?.string, let uuid = UUID(hyphenated: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(column) is not a UUID: \(String(describing: self.column(column)))"))
        }
        return uuid
    }
}

extension UUID {
    /// Parses "E621E1F8-C36C-495A-93FC-0C247A3E6E5F", in either case; nil for anything else.
    init?(hyphenated text: String) {
        var text = text
        let parsed: uuid_t? = text.withUTF8 { characters in
            guard characters.count == 36 else { return nil }
            var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            let complete = withUnsafeMutableBytes(of: &bytes) { output -> Bool in
                var index = 0, byte = 0
                while index < 36 {
                    if index == 8 || index == 13 || index == 18 || index == 23 {
                        guard characters[index] == UInt8(ascii: "-") else { return false }
                        index += 1
                        continue
                    }
                    guard let high = Self.hexValue(characters[index]), let low = Self.hexValue(characters[index + 1]) else { return false }
                    output[byte] = high << 4 | low
                    byte += 1
                    index += 2
                }
                return true
            }
            return complete ? bytes : nil
        }
        guard let parsed else { return nil }
        self.init(uuid: parsed)
    }

    private static func hexValue(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}

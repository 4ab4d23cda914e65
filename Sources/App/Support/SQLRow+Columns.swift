import FluentSQLiteDriver
import Foundation
import RoderCore
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

    /// A person's management level from a `management_level` column; nil when NULL or unknown.
    func managementLevel(_ column: String = "management_level") throws -> ManagementLevel? {
        try decodeNil(column: column) ? nil : ManagementLevel(rawValue: decode(column: column, as: String.self))
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
                    guard let high = characters[index].hexDigitValue, let low = characters[index + 1].hexDigitValue else { return false }
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
}

extension UUID {
    /// "E621E1F8-C36C-495A-93FC-0C247A3E6E5F", as `uuidString` writes it and SQLKit stores it
    /// in SQLite, without Foundation's formatting.
    var uuidText: String {
        // Written straight into the string's own storage: the writer binds eight of these per
        // answer, one after another on its one thread.
        String(unsafeUninitializedCapacity: 36) { text in
            withUnsafeBytes(of: uuid) { bytes in
                var position = 0
                for (index, byte) in bytes.enumerated() {
                    if index == 4 || index == 6 || index == 8 || index == 10 {
                        text[position] = UInt8(ascii: "-")
                        position += 1
                    }
                    text[position] = Self.hexDigit(byte >> 4)
                    text[position + 1] = Self.hexDigit(byte & 0x0F)
                    position += 2
                }
                return position
            }
        }
    }

    /// "0"–"9", "A"–"F" for 0–15.
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }
}

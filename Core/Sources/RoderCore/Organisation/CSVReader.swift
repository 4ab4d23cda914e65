import Foundation

/// A CSV file as HR systems and Excel write them in Finland and Sweden: `;` or `,` (or tab)
/// between fields, UTF-8 with or without a byte-order mark, Windows-1252 from older Excel,
/// UTF-16 from Excel's "Unicode text", CRLF or LF, fields in double quotes with `""` inside.
public struct CSVTable: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        /// The line of the file the row starts on (the header is line 1).
        public let line: Int
        public let fields: [String]
    }

    public let header: [String]
    public let rows: [Row]
    public let delimiter: Character
    public let encoding: TextEncoding
}

public enum TextEncoding: String, Sendable, Hashable {
    case utf8 = "UTF-8"
    case utf16 = "UTF-16"
    case windows1252 = "Windows-1252"
}

public enum CSVError: Error, Sendable, Hashable {
    /// The file has no header line.
    case empty
    /// Neither UTF-8 nor Windows-1252: the byte at `line` cannot be read as text.
    case unreadableEncoding(line: Int)
    /// A quoted field opened on `line` never closes.
    case unterminatedQuote(line: Int)
    /// Text right after a closing quote, as in `"abc"def`.
    case textAfterQuote(line: Int)
}

public enum CSVReader {
    public static func read(_ data: Data) throws(CSVError) -> CSVTable {
        let (text, encoding) = try decode(data)
        let bytes = Array(text.utf8)
        guard let delimiter = detectDelimiter(bytes) else { throw .empty }
        var records = try parse(bytes, delimiter: delimiter)
        // Blank lines carry nothing; Excel often leaves some at the end.
        records.removeAll { $0.fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        guard let header = records.first else { throw .empty }
        return CSVTable(
            header: header.fields.map { $0.trimmingCharacters(in: .whitespaces) },
            rows: Array(records.dropFirst()),
            delimiter: Character(UnicodeScalar(delimiter)),
            encoding: encoding
        )
    }

    /// UTF-8 (a BOM is dropped), UTF-16 with a BOM, otherwise Windows-1252 — refused if it
    /// uses a byte Windows-1252 leaves undefined, which means the file is something else.
    static func decode(_ data: Data) throws(CSVError) -> (String, TextEncoding) {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validatingUTF8Bytes: bytes.dropFirst(3)) else { throw .unreadableEncoding(line: firstBadLine(bytes)) }
            return (text, .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else { throw .unreadableEncoding(line: 1) }
            return (text, .utf16)
        }
        if let text = String(validatingUTF8Bytes: bytes[...]) { return (text, .utf8) }
        let undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]
        if let index = bytes.firstIndex(where: undefined.contains) {
            throw .unreadableEncoding(line: bytes[..<index].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) })
        }
        guard let text = String(data: data, encoding: .windowsCP1252) else { throw .unreadableEncoding(line: 1) }
        return (text, .windows1252)
    }

    private static func firstBadLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var index = 0
        while index < bytes.count {
            let end = bytes[index...].firstIndex(of: 0x0A) ?? bytes.count
            if String(validatingUTF8Bytes: bytes[index..<end]) == nil { return line }
            line += 1
            index = end + 1
        }
        return line
    }

    /// The delimiter that splits the header line into the most fields, among `;`, tab and `,`
    /// (in that order of preference on a tie: Nordic Excel writes `;`).
    static func detectDelimiter(_ bytes: [UInt8]) -> UInt8? {
        var counts: [UInt8: Int] = [0x3B: 0, 0x09: 0, 0x2C: 0]
        var inQuotes = false
        var sawText = false
        for byte in bytes {
            if byte == 0x22 { inQuotes.toggle() }
            if !inQuotes && (byte == 0x0A || byte == 0x0D) {
                if sawText { break } else { continue }
            }
            sawText = true
            if !inQuotes, counts[byte] != nil { counts[byte]! += 1 }
        }
        guard sawText else { return nil }
        var best: UInt8 = 0x3B
        var bestCount = -1
        for candidate: UInt8 in [0x3B, 0x09, 0x2C] where counts[candidate]! > bestCount {
            best = candidate
            bestCount = counts[candidate]!
        }
        return best
    }

    static func parse(_ bytes: [UInt8], delimiter: UInt8) throws(CSVError) -> [CSVTable.Row] {
        var rows: [CSVTable.Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var rowLine = 1
        var index = 0
        var inQuotes = false
        var quoteLine = 1
        var afterQuote = false
        func endField() { fields.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true) }
        func endRow() {
            endField()
            rows.append(CSVTable.Row(line: rowLine, fields: fields))
            fields.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == 0x22 {
                    if index + 1 < bytes.count && bytes[index + 1] == 0x22 {
                        field.append(0x22)
                        index += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
            } else if byte == delimiter {
                endField()
                afterQuote = false
            } else if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                endRow()
                afterQuote = false
                line += 1
                rowLine = line
            } else if byte == 0x22 && field.isEmpty && !afterQuote {
                inQuotes = true
                quoteLine = line
            } else if afterQuote {
                // Spaces after a closing quote are tolerated; anything else is an error.
                if byte != 0x20 { throw .textAfterQuote(line: line) }
            } else {
                field.append(byte)
            }
            index += 1
        }
        if inQuotes { throw .unterminatedQuote(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty || afterQuote { endRow() }
        return rows
    }
}

private extension String {
    init?(validatingUTF8Bytes bytes: ArraySlice<UInt8>) {
        self.init(validating: bytes, as: UTF8.self)
    }
}

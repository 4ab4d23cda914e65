import Foundation

/// Reads a CSV file as HR systems and Excel write them in Finland and Sweden: `;` or `,` (or
/// tab) between fields, UTF-8 with or without a byte-order mark, Windows-1252 from older
/// Excel, UTF-16 from Excel's "Unicode text", CRLF or LF, fields in double quotes with `""`
/// inside and line breaks allowed within quotes.
///
/// A line that cannot be split (a quote that never closes, text after a closing quote) is
/// reported in `ImportTable.problems` and the reader carries on with the next line, so the
/// HR director sees every error of the file at once, not one per upload.
public enum CSVReader {
    public static func read(_ data: Data) throws(ImportFileError) -> ImportTable {
        let (text, encoding) = try decode(data)
        let bytes = Array(text.utf8)
        guard let delimiter = detectDelimiter(bytes) else { throw .empty }
        let (records, problems) = try parse(bytes, delimiter: delimiter)
        return try ImportTable.fromRecords(
            records, format: .csv(delimiter: Character(UnicodeScalar(delimiter)), encoding: encoding),
            problems: problems)
    }

    /// UTF-8 (a BOM is dropped), UTF-16 with a BOM, otherwise Windows-1252 — refused if it
    /// uses a byte Windows-1252 leaves undefined, which means the file is something else.
    static func decode(_ data: Data) throws(ImportFileError) -> (String, TextEncoding) {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else { throw .unreadableEncoding(line: firstBadLine(bytes)) }
            return (text, .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else { throw .unreadableEncoding(line: 1) }
            return (text, .utf16)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
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
            if String(validating: bytes[index..<end], as: UTF8.self) == nil { return line }
            line += 1
            index = end + 1
        }
        return line
    }

    /// The delimiter that splits the header line into the most fields, among `;`, tab and `,`
    /// (in that order of preference on a tie: Nordic Excel writes `;`).
    static func detectDelimiter(_ bytes: [UInt8]) -> UInt8? {
        var counts: [UInt8: Int] = [semicolon: 0, tab: 0, comma: 0]
        var inQuotes = false
        var sawText = false
        for byte in bytes {
            if byte == quote { inQuotes.toggle() }
            if !inQuotes && (byte == lineFeed || byte == carriageReturn) {
                if sawText { break } else { continue }
            }
            sawText = true
            if !inQuotes, let count = counts[byte] { counts[byte] = count + 1 }
        }
        guard sawText else { return nil }
        var best = semicolon
        var bestCount = -1
        for candidate in [semicolon, tab, comma] where counts[candidate, default: 0] > bestCount {
            best = candidate
            bestCount = counts[candidate, default: 0]
        }
        return best
    }

    private static let quote = UInt8(ascii: "\""), semicolon = UInt8(ascii: ";"), comma = UInt8(ascii: ","), tab = UInt8(ascii: "\t")
    private static let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r"), space = UInt8(ascii: " ")

    /// How reading one record (one row, which quotes may spread over several lines) ended.
    private enum RecordOutcome {
        /// `quoteCrossedLine`: the line on which a quoted field opened that went on past the
        /// end of its line — allowed, but the first suspect when the record turns out wrong.
        case record(fields: [String], next: Int, nextLine: Int, quoteCrossedLine: Int?)
        case textAfterQuote(line: Int, quoteCrossedLine: Int?)
        case unterminatedQuote(openedOn: Int)
    }

    /// Every record with the line it starts on, and the lines that could not be read. After a
    /// broken line the reader resumes at the start of the next physical line. A record whose
    /// quote ran over a line break and that then comes out wrong (text after the closing quote,
    /// or a different number of fields than the header) is taken to be a quote left open on
    /// the line it opened on: that line is reported and the lines after it are read anew.
    static func parse(_ bytes: [UInt8], delimiter: UInt8) throws(ImportFileError) -> ([ImportTable.Row], [ImportTable.Problem]) {
        let lineStarts = physicalLineStarts(bytes)
        var records: [ImportTable.Row] = []
        var problems: [ImportTable.Problem] = []
        var expectedFieldCount: Int?
        var index = 0
        var line = 1

        func report(_ kind: ImportTable.Problem.Kind, on brokenLine: Int) throws(ImportFileError) {
            guard expectedFieldCount != nil else { throw .brokenHeader(kind) }
            problems.append(ImportTable.Problem(line: brokenLine, kind: kind))
            // The next physical line after the broken one (lines are 1-based, starts 0-based).
            index = brokenLine < lineStarts.count ? lineStarts[brokenLine] : bytes.count
            line = brokenLine + 1
        }

        while index < bytes.count {
            switch readRecord(bytes, from: index, line: line, delimiter: delimiter) {
            case .record(let fields, let next, let nextLine, let crossed):
                let isBlank = fields.allSatisfy { $0.trimmed.isEmpty }
                if let crossed, let expected = expectedFieldCount, fields.count != expected, !isBlank {
                    try report(.unterminatedQuote, on: crossed)
                    continue
                }
                if !isBlank {
                    records.append(ImportTable.Row(line: line, fields: fields))
                    if expectedFieldCount == nil { expectedFieldCount = fields.count }
                }
                index = next
                line = nextLine
            case .textAfterQuote(let brokenLine, let crossed):
                if let crossed { try report(.unterminatedQuote, on: crossed) } else { try report(.textAfterQuote, on: brokenLine) }
            case .unterminatedQuote(let openedOn):
                try report(.unterminatedQuote, on: openedOn)
            }
        }
        return (records, problems)
    }

    /// Where each physical line starts: after LF, after CRLF, after a lone CR.
    private static func physicalLineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == lineFeed || (byte == carriageReturn && (index + 1 == bytes.count || bytes[index + 1] != lineFeed)) {
                starts.append(index + 1)
            }
        }
        return starts
    }

    private static func readRecord(_ bytes: [UInt8], from start: Int, line startLine: Int, delimiter: UInt8) -> RecordOutcome {
        var fields: [String] = []
        var field: [UInt8] = []
        var index = start
        var line = startLine
        var inQuotes = false
        var afterQuote = false
        var quoteLine = startLine
        var crossed: Int?
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
            if inQuotes {
                if byte == quote {
                    if next == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if byte == lineFeed || (byte == carriageReturn && next != lineFeed) {
                        line += 1
                        if crossed == nil { crossed = quoteLine }
                    }
                    field.append(byte)
                }
            } else if byte == delimiter {
                endField()
                afterQuote = false
            } else if byte == lineFeed || byte == carriageReturn {
                if byte == carriageReturn && next == lineFeed { index += 1 }
                endField()
                return .record(fields: fields, next: index + 1, nextLine: line + 1, quoteCrossedLine: crossed)
            } else if byte == quote && field.isEmpty && !afterQuote {
                inQuotes = true
                quoteLine = line
            } else if afterQuote {
                // Spaces after a closing quote are tolerated; anything else is an error.
                if byte != space && byte != tab { return .textAfterQuote(line: line, quoteCrossedLine: crossed) }
            } else {
                field.append(byte)
            }
            index += 1
        }
        if inQuotes { return .unterminatedQuote(openedOn: crossed ?? quoteLine) }
        endField()
        return .record(fields: fields, next: bytes.count, nextLine: line + 1, quoteCrossedLine: crossed)
    }
}

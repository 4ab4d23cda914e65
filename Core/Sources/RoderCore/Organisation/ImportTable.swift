import Foundation

/// A file from the HR system read as a table: the header and the rows with the line (or, in
/// an Excel file, the row number) each starts on — whatever the file's format was.
public struct ImportTable: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        /// The line of the file the row starts on (the header is line 1 in a CSV file; in an
        /// Excel file the sheet's own row number).
        public let line: Int
        public let fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// What kind of file it was, for the preview ("UTF-8, ;" or "Excel, sheet Henkilöstö").
    public enum Format: Sendable, Hashable {
        case csv(delimiter: Character, encoding: TextEncoding)
        case xlsx(sheet: String, sheets: [String])
    }

    /// A line the reader could not split into fields. The reader reports it and goes on with
    /// the next line, so one broken quote does not hide the rest of the file's errors.
    public struct Problem: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            /// A quoted field opened on the line never closes.
            case unterminatedQuote
            /// Text right after a closing quote, as in `"abc"def`.
            case textAfterQuote
        }

        public let line: Int
        public let kind: Kind

        public init(line: Int, kind: Kind) {
            self.line = line
            self.kind = kind
        }
    }

    public let header: [String]
    public let rows: [Row]
    public let format: Format
    public let problems: [Problem]

    public init(header: [String], rows: [Row], format: Format, problems: [Problem] = []) {
        self.header = header
        self.rows = rows
        self.format = format
        self.problems = problems
    }

    /// The table with blank rows dropped (Excel often leaves some) and the first remaining row
    /// as the header; `empty` when nothing is left.
    static func fromRecords(_ records: [Row], format: Format, problems: [Problem]) throws(ImportFileError) -> ImportTable {
        let filled = records.filter { !$0.fields.allSatisfy { $0.trimmed.isEmpty } }
        guard let header = filled.first else { throw .empty }
        return ImportTable(
            header: header.fields.map(\.trimmed), rows: Array(filled.dropFirst()), format: format,
            problems: problems.filter { $0.line > header.line })
    }
}

public enum TextEncoding: String, Sendable, Hashable {
    case utf8 = "UTF-8"
    case utf16 = "UTF-16"
    case windows1252 = "Windows-1252"
}

/// Problems that stop a file from being read at all.
public enum ImportFileError: Error, Sendable, Hashable {
    /// The file has no header line.
    case empty
    /// Neither UTF-8 nor Windows-1252: the byte at `line` cannot be read as text.
    case unreadableEncoding(line: Int)
    /// The header line itself cannot be split into fields.
    case brokenHeader(ImportTable.Problem.Kind)
    /// An Excel file that is damaged or not an Excel workbook (.xls from before 2007 included).
    case unreadableWorkbook
    /// The sheet asked for is not in the workbook.
    case noSuchSheet(String)
}

/// Reads an upload as CSV or Excel, from what its bytes are (a ZIP archive is a workbook).
public enum ImportFileReader {
    public static func read(_ data: Data, sheet: String? = nil) throws(ImportFileError) -> ImportTable {
        if XLSXReader.looksLikeWorkbook(data) { return try XLSXReader.read(data, sheet: sheet) }
        return try CSVReader.read(data)
    }
}

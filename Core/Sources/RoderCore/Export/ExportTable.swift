import Foundation

/// A list as a spreadsheet: the same columns and rows as CSV or as an Excel workbook, headers
/// in the reader's language. Values keep their kind, so a workbook has numbers as numbers and
/// days as dates, and a CSV file writes numbers the way the reader's Excel reads them.
public struct ExportTable: Sendable, Equatable {
    public enum Value: Sendable, Hashable {
        case text(String)
        case integer(Int)
        /// A figure with a fixed number of decimals (hours to one decimal, a mean to two).
        case decimal(Double, digits: Int)
        case money(Money)
        /// A calendar day, "2026-11-20".
        case day(String)
        case empty
    }

    public enum Format: String, CaseIterable, Sendable {
        case csv, xlsx

        public var contentType: String {
            switch self {
            case .csv: "text/csv; charset=utf-8"
            case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        }
    }

    /// The sheet's name and the file's: "Yksiköt" → "yksikot-2026-12-04.xlsx" is made by the caller.
    public var title: String
    public var headers: [String]
    public var rows: [[Value]]

    public init(title: String, headers: [String], rows: [[Value]] = []) {
        self.title = title
        self.headers = headers
        self.rows = rows
    }

    public func data(_ format: Format, language: Language) throws -> Data {
        switch format {
        case .csv: Data(csv(language: language).utf8)
        case .xlsx: try xlsx()
        }
    }

    /// CSV as Excel in the reader's language opens it by double-click: UTF-8 with a byte-order
    /// mark; in Swedish and Finnish `;` between fields and a decimal comma, in English `,` and a
    /// decimal point. No thousands grouping (Excel would read "1 234" as text). Formulas neutralised.
    public func csv(language: Language) -> String {
        let comma = language != .english
        let lines = [headers] + rows.map { row in row.map { Self.text($0, decimalComma: comma) } }
        return CSVWriter.write(lines, delimiter: comma ? ";" : ",")
    }

    /// A workbook of one sheet: a bold, frozen header row, numbers as numbers, amounts in euros
    /// with two decimals, days as dates, columns as wide as their content.
    public func xlsx() throws -> Data {
        let header = headers.map { XLSXWriter.Cell.text($0) }
        let body: [[XLSXWriter.Cell]] = rows.map { row in
            row.map { value in
                switch value {
                case .text(let text): .text(text)
                case .integer(let number): .number(Double(number))
                case .decimal(let number, let digits): .number(Self.rounded(number, digits: digits))
                case .money(let amount): .money(amount.euros)
                case .day(let day): Self.dateCell(day)
                case .empty: .empty
                }
            }
        }
        return try XLSXWriter.workbook([XLSXWriter.Sheet(name: title, rows: [header] + body, headerRow: true)])
    }

    static func text(_ value: Value, decimalComma: Bool) -> String {
        switch value {
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .decimal(let number, let digits):
            guard number.isFinite else { return "" }
            // As few decimals as the figure needs, at most `digits`: "300", "1,5", "4,25".
            var text = String(format: "%.\(max(0, min(digits, 6)))f", rounded(number, digits: digits))
            if text.contains(".") {
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
            }
            if text == "-0" { text = "0" }
            return decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
        case .money(let amount):
            let sign = amount.cents < 0 ? "-" : ""
            let cents = amount.cents.magnitude
            let text = sign + String(cents / 100) + "." + (cents % 100 < 10 ? "0" : "") + String(cents % 100)
            return decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
        case .day(let day): return day
        case .empty: return ""
        }
    }

    static func rounded(_ number: Double, digits: Int) -> Double {
        guard number.isFinite else { return number }
        let scale = pow(10, Double(max(0, min(digits, 6))))
        return (number * scale).rounded() / scale
    }

    /// "2026-11-20" as a date cell; anything else as text.
    static func dateCell(_ day: String) -> XLSXWriter.Cell {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, CalendarDay.plausibleYears.contains(parts[0]), (1...12).contains(parts[1]), (1...31).contains(parts[2]) else {
            return .text(day)
        }
        return .date(year: parts[0], month: parts[1], day: parts[2])
    }

    /// A file name from the title and the day: "Kostnader" → "kostnader-2026-12-04.csv".
    public static func fileName(_ title: String, day: String, format: Format) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en"))
        let slug = String(folded.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
            .split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
        return (slug.isEmpty ? "export" : String(slug.prefix(40))) + "-" + day + "." + format.rawValue
    }
}

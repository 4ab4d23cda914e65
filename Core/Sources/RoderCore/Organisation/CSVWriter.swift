import Foundation

/// Writes CSV the way Nordic Excel reads it: `;` between fields, CRLF, a UTF-8 byte-order
/// mark (so Excel sees å, ä and ö), and quotes only where a field needs them.
///
/// A field a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, a tab or a carriage
/// return first) is written with a `'` in front, as spreadsheets themselves mark text
/// (OWASP's advice on CSV injection); plain numbers such as `-3,5` stay numbers.
public enum CSVWriter {
    public static func write(_ rows: [[String]], delimiter: Character = ";") -> String {
        "\u{FEFF}"
            + rows.map { row in row.map { quote(neutralised($0), delimiter: delimiter) }.joined(separator: String(delimiter)) }
            .joined(separator: "\r\n") + "\r\n"
    }

    /// A field that cannot start a formula.
    static func neutralised(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r\n".unicodeScalars.contains(first), !isPlainNumber(field) else { return field }
        return "'" + field
    }

    /// "-3", "-3,5", "-0.25": a negative number, which a spreadsheet reads as a number, not a formula.
    static func isPlainNumber(_ field: String) -> Bool {
        var digits = field.utf8.dropFirst()  // the sign
        guard let firstDigit = digits.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(firstDigit) else { return false }
        var separators = 0
        while let byte = digits.popFirst() {
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") { separators += 1; continue }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return false }
        }
        return separators <= 1 && field.utf8.last.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } == true
    }

    /// Quoted when it holds the delimiter, a quote or any line break (looked at scalar by
    /// scalar: "\r\n" is one Swift `Character`, equal to neither "\r" nor "\n").
    static func quote(_ field: String, delimiter: Character) -> String {
        let special = Set(String(delimiter).unicodeScalars).union(["\"", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"])
        guard field.unicodeScalars.contains(where: special.contains) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation

/// Writes CSV the way Nordic Excel reads it: `;` between fields, CRLF, a UTF-8 byte-order
/// mark (so Excel sees å, ä and ö), and quotes only where a field needs them.
public enum CSVWriter {
    public static func write(_ rows: [[String]], delimiter: Character = ";") -> String {
        "\u{FEFF}" + rows.map { row in row.map { quote($0, delimiter: delimiter) }.joined(separator: String(delimiter)) }
            .joined(separator: "\r\n") + "\r\n"
    }

    static func quote(_ field: String, delimiter: Character) -> String {
        guard field.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Escaping for HTML and SVG, in one place: the views' builders (`EscapedAttributes.swift`),
/// the charts and the QR code all write text through here.
public enum Markup {
    /// The value of an attribute, quoted with `"`: every character that could end the value or
    /// start markup or an entity is written as a reference; control characters, which HTML does
    /// not allow, become U+FFFD.
    public static func attribute(_ value: String) -> String { escaped(value, quotes: true) }

    /// Text between tags: `&`, `<` and `>` as references, so what a user typed shows as typed;
    /// control characters (other than tab and line breaks) become U+FFFD.
    public static func text(_ text: String) -> String { escaped(text, quotes: false) }

    private static func escaped(_ text: String, quotes: Bool) -> String {
        func isControl(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || (0x7F...0x9F).contains(scalar.value)
        }
        func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "&", "<", ">": true
            case "\"", "'": quotes
            default: isControl(scalar)
            }
        }
        // Most text has nothing to escape: hand it back as it is.
        guard text.unicodeScalars.contains(where: needsEscaping) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"" where quotes: result.append(contentsOf: "&quot;".unicodeScalars)
            case "'" where quotes: result.append(contentsOf: "&#39;".unicodeScalars)
            case _ where isControl(scalar): result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}

/// A number written the way each interface language writes it, without Foundation's
/// `NumberFormatter`: a report prints thousands of figures, and the formatter cost more than
/// the rest of the page's rendering. It writes what the formatter wrote for sv_FI, fi_FI and
/// en_GB (grouping by three with a no-break space or a comma, a decimal comma or point, a
/// minus sign U+2212 in Swedish and Finnish), checked against it in `LanguageTests`; the one
/// difference is on purpose: a value that rounds to zero is "0", never "−0".
public enum DecimalText {
    /// `value` rounded half away from zero to `fractionDigits` (0…6) digits, or nil when it is
    /// not finite or too large to count in whole units of its last digit: the caller falls back
    /// to Foundation for those.
    public static func format(_ value: Double, fractionDigits: Int, language: Language) -> String? {
        guard value.isFinite, (0...6).contains(fractionDigits) else { return nil }
        var scale = 1.0
        for _ in 0..<fractionDigits { scale *= 10 }
        let scaled = (value.magnitude * scale).rounded()
        // Below 2^53 every whole number is exact, so the digits are those of the rounded value.
        guard scaled < 9_007_199_254_740_992 else { return nil }
        let units = UInt64(scaled)
        let digits = Array(String(units).utf8)
        // At least one digit before the separator: 5 with two fraction digits is 0,05.
        let padded = digits.count > fractionDigits ? digits : Array(repeating: UInt8(ascii: "0"), count: fractionDigits + 1 - digits.count) + digits
        let whole = padded[..<(padded.count - fractionDigits)], fraction = padded[(padded.count - fractionDigits)...]

        let (group, decimal, minus): (String, String, String) =
            switch language {
            case .english: (",", ".", "-")
            case .swedish, .finnish: ("\u{00A0}", ",", "\u{2212}")
            }
        var text = units > 0 && value < 0 ? minus : ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { text += group }
            text.unicodeScalars.append(Unicode.Scalar(digit))
        }
        if fractionDigits > 0 {
            text += decimal
            for digit in fraction { text.unicodeScalars.append(Unicode.Scalar(digit)) }
        }
        return text
    }
}

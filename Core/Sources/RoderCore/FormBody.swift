import Foundation

/// The fields of a form sent as `application/x-www-form-urlencoded` ("a=1&b=x+y"), read
/// once. Vapor's decoder parses the whole body again for every field it is asked for; on a
/// hot path (feedback answers) that was a tenth of the server's work.
public enum FormBody {
    /// Each field's first value, decoded ("+" is a space, "%C3%A5" is "å"). A field without
    /// "=" has the empty value; a malformed escape leaves the text as it was sent.
    public static func fields(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(parts[0]), value = parts.count > 1 ? decode(parts[1]) : ""
            if fields[name] == nil { fields[name] = value }
        }
        return fields
    }

    /// Byte by byte rather than with Foundation's `removingPercentEncoding`, which goes
    /// through NSString on Linux: the CSRF token of every form has escapes.
    static func decode(_ text: Substring) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) else { return String(text) }
        var bytes: [UInt8] = [], rest = text.utf8[...], malformed = false
        bytes.reserveCapacity(text.utf8.count)
        while let byte = rest.popFirst() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                if let high = rest.popFirst()?.hexDigitValue, let low = rest.popFirst()?.hexDigitValue {
                    bytes.append(high << 4 | low)
                } else {
                    malformed = true
                }
            default: bytes.append(byte)
            }
            if malformed { break }
        }
        // A malformed escape or bytes that are not UTF-8: the text as sent, "+" still a space.
        if !malformed, let decoded = String(validating: bytes, as: UTF8.self) { return decoded }
        return String(text.map { $0 == "+" ? " " : $0 })
    }
}

import Foundation

/// The fields of a form sent as `application/x-www-form-urlencoded` ("a=1&b=x+y"), read
/// once. Vapor's decoder parses the whole body again for every field it is asked for; on a
/// hot path (feedback answers) that was a tenth of the server's work.
public enum FormBody {
    /// Each field's first value, decoded ("+" is a space, "%C3%A5" is "å"). A field without
    /// "=" has the empty value; a malformed escape leaves the text as it was sent.
    /// Read byte by byte: splitting the `String` would compare whole characters.
    public static func fields(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.utf8.split(separator: UInt8(ascii: "&")) {
            let equals = pair.firstIndex(of: UInt8(ascii: "="))
            let name = decode(pair[..<(equals ?? pair.endIndex)])
            guard fields[name] == nil else { continue }
            fields[name] = equals.map { decode(pair[pair.index(after: $0)...]) } ?? ""
        }
        return fields
    }

    /// Without Foundation's `removingPercentEncoding`, which goes through NSString on Linux:
    /// the CSRF token of every form has escapes.
    static func decode(_ text: Substring.UTF8View) -> String {
        guard text.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) else { return String(Substring(text)) }
        var bytes: [UInt8] = [], rest = text, malformed = false
        bytes.reserveCapacity(text.count)
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
        return String(Substring(text).map { $0 == "+" ? " " : $0 })
    }
}

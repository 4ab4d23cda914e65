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

    /// A field's name or value: "+" is a space. A malformed escape or bytes that are not
    /// UTF-8 leave the text as sent, "+" still a space.
    static func decode(_ text: Substring.UTF8View) -> String {
        PercentEncoding.decode(text, plusIsSpace: true) ?? String(Substring(text).map { $0 == "+" ? " " : $0 })
    }
}

/// Percent-escapes ("%C3%A5" is "å") undone without Foundation's `removingPercentEncoding`,
/// which goes through NSString on Linux and took microseconds a call: a form's CSRF token and
/// a path's parameters are decoded on every request.
public enum PercentEncoding {
    /// The text with its escapes decoded (and "+" as a space when `plusIsSpace`, as in a form);
    /// nil when an escape is malformed or the bytes are not UTF-8.
    public static func decode(_ text: Substring.UTF8View, plusIsSpace: Bool = false) -> String? {
        guard text.contains(where: { $0 == UInt8(ascii: "%") || (plusIsSpace && $0 == UInt8(ascii: "+")) }) else { return String(Substring(text)) }
        var bytes: [UInt8] = [], rest = text
        bytes.reserveCapacity(text.count)
        while let byte = rest.popFirst() {
            switch byte {
            case UInt8(ascii: "+") where plusIsSpace: bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard let high = rest.popFirst()?.hexDigitValue, let low = rest.popFirst()?.hexDigitValue else { return nil }
                bytes.append(high << 4 | low)
            default: bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}

/// One cookie's value from a request's `Cookie` headers ("a=1; b=2"). Every request reads its
/// session cookie, and Vapor's `request.cookies` runs its general header parser over all of
/// them at every access (two per request that also looks for the language cookie).
public enum CookieHeader {
    /// The first cookie called `name` in `headers` (each a `Cookie` header's value), its value
    /// without surrounding quotes; nil when there is none.
    public static func value(named name: String, in headers: [String]) -> String? {
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), quote = UInt8(ascii: "\"")
        for header in headers {
            for pair in header.utf8.split(separator: UInt8(ascii: ";")) {
                let trimmed = pair.drop { $0 == space || $0 == tab }
                guard let equals = trimmed.firstIndex(of: UInt8(ascii: "=")), trimmed[..<equals].elementsEqual(name.utf8) else { continue }
                var value = trimmed[trimmed.index(after: equals)...]
                while let last = value.last, last == space || last == tab { value = value.dropLast() }
                if value.count >= 2, value.first == quote, value.last == quote { value = value.dropFirst().dropLast() }
                return String(Substring(value))
            }
        }
        return nil
    }
}

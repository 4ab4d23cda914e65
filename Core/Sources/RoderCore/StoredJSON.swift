extension LocalizedText {
    /// Reads the stored form, a flat JSON object of strings keyed by language code
    /// (`{"sv": "…", "fi": "…"}`), without a `JSONDecoder`: pages decode one per row, and
    /// through `Codable` each cost more than the rest of its row. Unknown language codes are
    /// skipped as `init(from:)` skips them. Nil for anything that is not such an object (a
    /// nested value, a number, a broken escape): callers fall back to `JSONDecoder`, which
    /// says what is wrong.
    public init?(json: String) {
        var json = json
        var byLanguage: [Language: String] = [:]
        let read = json.withUTF8 { bytes in
            var scanner = StoredJSONScanner(bytes: bytes)
            return scanner.document { scanner in
                scanner.object { scanner, code in
                    guard let text = scanner.string() else { return false }
                    if let language = Language(rawValue: code) { byLanguage[language] = text }
                    return true
                }
            }
        }
        guard read else { return nil }
        self.init(byLanguage)
    }
}

extension ScoreTotals {
    /// Reads the stored form (`{"answers":50,"byQuestion":{"importance":{"answered":50,"sum":149}}}`,
    /// as `JSONEncoder` writes it) without a `JSONDecoder`, which cost a third of the feedback
    /// overview (one release per event). Nil for anything else — a missing or unknown key, a
    /// number that is not a whole `Int` — and callers fall back to `JSONDecoder`.
    public init?(json: String) {
        var json = json
        var answers: Int?, byQuestion: [String: Question]?
        let read = json.withUTF8 { bytes in
            var scanner = StoredJSONScanner(bytes: bytes)
            return scanner.document { scanner in
                scanner.object { scanner, key in
                    switch key {
                    case "answers":
                        answers = scanner.integer()
                        return answers != nil
                    case "byQuestion":
                        var questions: [String: Question] = [:]
                        guard
                            scanner.object({ scanner, question in
                                var sum: Int?, answered: Int?
                                let read = scanner.object { scanner, field in
                                    switch field {
                                    case "sum": sum = scanner.integer()
                                    case "answered": answered = scanner.integer()
                                    default: return false
                                    }
                                    return true
                                }
                                guard read, let sum, let answered else { return false }
                                questions[question] = Question(sum: sum, answered: answered)
                                return true
                            })
                        else { return false }
                        byQuestion = questions
                        return true
                    default: return false
                    }
                }
            }
        }
        guard read, let answers, let byQuestion else { return nil }
        self.init(answers: answers, byQuestion: byQuestion)
    }
}

/// A reader of the small JSON documents Roder stores in columns: objects, strings and whole
/// numbers, nothing else. Every index is checked before it is read, so hostile input ends in
/// `false` or nil, never a trap; a repeated key is declined rather than resolved either way.
struct StoredJSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The whole input is one value, read by `value`, with only whitespace around it.
    mutating func document(_ value: (inout StoredJSONScanner) -> Bool) -> Bool {
        skipWhitespace()
        guard value(&self) else { return false }
        return finished()
    }

    /// An object at `position`; `member` reads each member's value after its key (and says
    /// whether it could).
    mutating func object(_ member: (inout StoredJSONScanner, String) -> Bool) -> Bool {
        var keys: Set<String> = []
        guard take(UInt8(ascii: "{")) else { return false }
        skipWhitespace()
        if take(UInt8(ascii: "}")) { return true }
        while true {
            skipWhitespace()
            guard let key = string(), keys.insert(key).inserted else { return false }
            skipWhitespace()
            guard take(UInt8(ascii: ":")) else { return false }
            skipWhitespace()
            guard member(&self, key) else { return false }
            skipWhitespace()
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: "}"))
        }
    }

    /// A whole number at `position` that fits an `Int`: digits with an optional minus, no
    /// fraction or exponent (declined, as is a leading zero), no overflow.
    mutating func integer() -> Int? {
        let negative = take(UInt8(ascii: "-"))
        let start = position
        var value = 0
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
            let digit = Int(bytes[position] - UInt8(ascii: "0"))
            let (shifted, overflowShift) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowAdd) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflowShift, !overflowAdd else { return nil }
            value = next
            position += 1
        }
        let digits = position - start
        guard digits > 0, digits == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
        if position < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[position]) { return nil }
        return value
    }

    private mutating func finished() -> Bool {
        skipWhitespace()
        return position == bytes.count
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// A JSON string at `position`: the bytes between its quotes, unescaped.
    mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = position
        // The common case: no escapes, copied in one go.
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") {
            guard bytes[position] >= 0x20 else { return nil }
            position += 1
        }
        guard position < bytes.count else { return nil }
        if bytes[position] == UInt8(ascii: "\"") {
            defer { position += 1 }
            return String(validating: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        }
        var scalars = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(validating: scalars, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { return nil }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escape)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = unicodeEscape() else { return nil }
                    scalars.append(contentsOf: String(Character(scalar)).utf8)
                default: return nil
                }
            case 0..<0x20:
                return nil
            default:
                scalars.append(byte)
            }
        }
        return nil
    }

    /// The scalar of a `\uXXXX` escape (the `\u` already read), joining a surrogate pair.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let first = hexQuad() else { return nil }
        guard (0xD800..<0xDC00).contains(first) else { return Unicode.Scalar(first) }
        guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let second = hexQuad(), (0xDC00..<0xE000).contains(second) else { return nil }
        return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
    }

    private mutating func hexQuad() -> UInt32? {
        guard bytes.count - position >= 4 else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Character(Unicode.Scalar(bytes[position])).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }
}

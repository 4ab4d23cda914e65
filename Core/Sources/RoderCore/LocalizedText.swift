import Foundation

/// User content written in one or more languages — a goal's title in Swedish and Finnish.
///
/// Reading it never fails: ask for a language and you get that text if it was written,
/// otherwise the first written text in the organisation's own language order, otherwise any
/// written text. The result says which language it is actually in, so a view can mark a
/// fallback with the right `lang` attribute for screen readers.
public struct LocalizedText: Sendable, Hashable, Codable {
    public private(set) var texts: [Language: String]

    public init(_ texts: [Language: String] = [:]) {
        self.texts = texts.compactMapValues { text in
            let trimmed = text.trimmed
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    public init(sv: String? = nil, fi: String? = nil, en: String? = nil) {
        var texts: [Language: String] = [:]
        texts[.swedish] = sv
        texts[.finnish] = fi
        texts[.english] = en
        self.init(texts)
    }

    public var isEmpty: Bool { texts.isEmpty }

    public subscript(language: Language) -> String? {
        get { texts[language] }
        set { self = LocalizedText(texts.merging([language: newValue ?? ""]) { $1 }) }
    }

    /// The text to show a reader of `language`, falling back through `fallbackOrder`
    /// (usually the organisation's content languages) and then any written text.
    public func resolved(for language: Language, fallbackOrder: [Language] = []) -> Resolved? {
        if let text = texts[language] { return Resolved(text: text, language: language, isFallback: false) }
        for candidate in fallbackOrder + Language.allCases {
            if let text = texts[candidate] { return Resolved(text: text, language: candidate, isFallback: true) }
        }
        return nil
    }

    /// Which of `required` languages have no text yet — a form asks for these.
    public func missing(of required: [Language]) -> [Language] {
        required.filter { texts[$0] == nil }
    }

    public struct Resolved: Sendable, Hashable {
        public let text: String
        public let language: Language
        public let isFallback: Bool
    }

    // Stored as a plain JSON object keyed by language code: {"sv": "…", "fi": "…"}.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        // A database column hands its JSON over as text (SQLite's TEXT, PostgreSQL's jsonb
        // read as a string): read by hand, far cheaper than a JSONDecoder per row. Inside
        // a JSON document the value is an object, not a string, and is decoded below.
        if let json = try? container.decode(String.self), let text = LocalizedText(json: json) {
            self = text
            return
        }
        let raw = try container.decode([String: String].self)
        var texts: [Language: String] = [:]
        for (code, text) in raw {
            if let language = Language(rawValue: code) { texts[language] = text }
        }
        self.init(texts)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: texts.map { ($0.key.rawValue, $0.value) }))
    }
}

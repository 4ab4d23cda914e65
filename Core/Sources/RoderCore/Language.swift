import Foundation

/// A language Roder speaks: the interface is complete in each of them, and user content
/// (a goal's title, a unit's name) can be written in any of them.
public enum Language: String, CaseIterable, Codable, Sendable, Hashable, Comparable {
    case swedish = "sv"
    case finnish = "fi"
    case english = "en"

    /// The BCP 47 code, as used in `lang` attributes, cookies and the database.
    public var code: String { rawValue }

    /// The language's own name for itself, so a reader finds their language in a switcher
    /// whatever language the page is in.
    public var nativeName: String {
        switch self {
        case .swedish: "Svenska"
        case .finnish: "Suomi"
        case .english: "English"
        }
    }

    public init?(code: String) {
        let primary = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        self.init(rawValue: primary)
    }

    /// Parses a comma-separated list of codes such as `sv,fi`, keeping their order and
    /// dropping duplicates. Returns nil if any code is unknown or the list is empty.
    public static func list(from text: String) -> [Language]? {
        var languages: [Language] = []
        for part in text.split(separator: ",") {
            guard let language = Language(code: part.trimmingCharacters(in: .whitespaces)) else { return nil }
            if !languages.contains(language) { languages.append(language) }
        }
        return languages.isEmpty ? nil : languages
    }

    public static func < (lhs: Language, rhs: Language) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The best language for an `Accept-Language` header, honouring q-values, or nil when the
    /// header names none of ours.
    public static func preferred(byAcceptLanguage header: String?) -> Language? {
        guard let header, !header.isEmpty else { return nil }
        var best: (language: Language, quality: Double, position: Int)?
        for (position, entry) in header.split(separator: ",").enumerated() {
            let parts = entry.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first, let language = Language(code: tag) else { continue }
            var quality = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            guard quality > 0 else { continue }
            if best == nil || quality > best!.quality {
                best = (language, quality, position)
            }
        }
        return best?.language
    }
}

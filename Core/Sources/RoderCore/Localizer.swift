import Foundation

/// One string in all three interface languages. All three are required by the
/// initialiser, so a string cannot be added to the catalogue without its translations;
/// `StringCatalogueTests` also checks none is empty and their placeholders agree.
public struct Translations: Sendable {
    public let sv: String
    public let fi: String
    public let en: String

    public init(sv: String, fi: String, en: String) {
        self.sv = sv
        self.fi = fi
        self.en = en
    }

    public subscript(language: Language) -> String {
        switch language {
        case .swedish: sv
        case .finnish: fi
        case .english: en
        }
    }
}

/// Everything a view needs to speak the reader's language: interface strings, user
/// content, dates and numbers.
public struct Localizer: Sendable {
    public let language: Language
    public let timeZone: TimeZone
    /// The organisation's content languages, the fallback order for `LocalizedText`.
    public let contentLanguages: [Language]

    public init(language: Language, timeZone: TimeZone = .helsinki, contentLanguages: [Language] = []) {
        self.language = language
        self.timeZone = timeZone
        self.contentLanguages = contentLanguages
    }

    /// The interface string for `key`, with `{placeholder}`s replaced by `arguments`.
    public func callAsFunction(_ key: Str, _ arguments: [String: String] = [:]) -> String {
        var text = key.translations[language]
        for (name, value) in arguments {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }

    public func text(_ content: LocalizedText) -> LocalizedText.Resolved? {
        content.resolved(for: language, fallbackOrder: contentLanguages)
    }

    // MARK: Dates and numbers

    /// The locale whose conventions each language follows. Roder's first users are
    /// bilingual Finnish municipalities, so Swedish follows Finland-Swedish conventions;
    /// English follows British ones (day before month, 24-hour clock).
    public var locale: Locale {
        switch language {
        case .swedish: Locale(identifier: "sv_FI")
        case .finnish: Locale(identifier: "fi_FI")
        case .english: Locale(identifier: "en_GB")
        }
    }

    /// 29.11.2026 (sv, fi) or 29 Nov 2026 (en).
    public func date(_ date: Date) -> String {
        formatter(dateStyle: .medium, timeStyle: .none).string(from: date)
    }

    /// Date and time to the minute.
    public func dateTime(_ date: Date) -> String {
        formatter(dateStyle: .medium, timeStyle: .short).string(from: date)
    }

    /// 1 234,5 (sv, fi) or 1,234.5 (en).
    public func number(_ value: Double, fractionDigits: Int = 0) -> String {
        let formatter = NumberFormatter()
        formatter.locale = locale
        formatter.numberStyle = .decimal
        formatter.minimumFractionDigits = fractionDigits
        formatter.maximumFractionDigits = fractionDigits
        return formatter.string(from: NSNumber(value: value)) ?? String(value)
    }

    public func number(_ value: Int) -> String { number(Double(value)) }

    private func formatter(dateStyle: DateFormatter.Style, timeStyle: DateFormatter.Style) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.timeZone = timeZone
        formatter.dateStyle = dateStyle
        formatter.timeStyle = timeStyle
        return formatter
    }
}

extension TimeZone {
    public static let helsinki = TimeZone(identifier: "Europe/Helsinki")!
}

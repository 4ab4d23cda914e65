import Foundation

/// One string in all three interface languages (the text of a `Str`).
public struct Translations: Sendable, Equatable {
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

    /// The interface string in the reader's language.
    public func callAsFunction(_ string: Str) -> String {
        string.translations[language]
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
        FormatterCache.shared.date(date, locale: locale, timeZone: timeZone, dateStyle: .medium, timeStyle: .none)
    }

    /// Date and time to the minute.
    public func dateTime(_ date: Date) -> String {
        FormatterCache.shared.date(date, locale: locale, timeZone: timeZone, dateStyle: .medium, timeStyle: .short)
    }

    /// The time of day only: 14.30 (sv, fi), 14:30 (en).
    public func time(_ date: Date) -> String {
        FormatterCache.shared.date(date, locale: locale, timeZone: timeZone, dateStyle: .none, timeStyle: .short)
    }

    /// 1 234,5 (sv, fi) or 1,234.5 (en).
    public func number(_ value: Double, fractionDigits: Int = 0) -> String {
        DecimalText.format(value, fractionDigits: fractionDigits, language: language)
            ?? FormatterCache.shared.number(value, locale: locale, fractionDigits: fractionDigits)
    }

    public func number(_ value: Int) -> String { number(Double(value)) }
}

/// Date and number formatters cost about a tenth of a millisecond each to make, and a page
/// may format hundreds of dates and figures (the management-group view of a large programme;
/// numbers mostly go through `DecimalText` now, the formatter only for those it declines):
/// one formatter per locale and style, made once and shared, used under a lock because
/// Foundation does not promise they are safe to share between threads.
final class FormatterCache: @unchecked Sendable {
    static let shared = FormatterCache()
    private let lock = NSLock()
    private var dateFormatters: [String: DateFormatter] = [:]
    private var numberFormatters: [String: NumberFormatter] = [:]

    func date(_ date: Date, locale: Locale, timeZone: TimeZone, dateStyle: DateFormatter.Style, timeStyle: DateFormatter.Style) -> String {
        let key = "\(locale.identifier)|\(timeZone.identifier)|\(dateStyle.rawValue)|\(timeStyle.rawValue)"
        lock.lock()
        defer { lock.unlock() }
        if let formatter = dateFormatters[key] { return formatter.string(from: date) }
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.timeZone = timeZone
        formatter.dateStyle = dateStyle
        formatter.timeStyle = timeStyle
        dateFormatters[key] = formatter
        return formatter.string(from: date)
    }

    func number(_ value: Double, locale: Locale, fractionDigits: Int) -> String {
        let key = "\(locale.identifier)|\(fractionDigits)"
        lock.lock()
        defer { lock.unlock() }
        let formatter: NumberFormatter
        if let cached = numberFormatters[key] {
            formatter = cached
        } else {
            formatter = NumberFormatter()
            formatter.locale = locale
            formatter.numberStyle = .decimal
            formatter.minimumFractionDigits = fractionDigits
            formatter.maximumFractionDigits = fractionDigits
            numberFormatters[key] = formatter
        }
        // Rounded here: Foundation on Linux ignores `maximumFractionDigits` (3.933 came out
        // as "3,933"); a value rounded first prints with at most the digits asked for.
        let scale = pow(10, Double(fractionDigits))
        return formatter.string(from: NSNumber(value: (value * scale).rounded() / scale)) ?? String(value)
    }
}

extension TimeZone {
    public static let helsinki = TimeZone(identifier: "Europe/Helsinki")!
}

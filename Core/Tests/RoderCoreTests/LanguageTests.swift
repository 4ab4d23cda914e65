import Foundation
import Testing

@testable import RoderCore

@Suite("Languages and user content")
struct LanguageTests {
    @Test(
        "Accept-Language picks our best-weighted language",
        arguments: [
            ("fi-FI,fi;q=0.9,en;q=0.8", Language.finnish),
            ("sv-SE", .swedish),
            ("de-DE,de;q=0.9,en;q=0.5,sv;q=0.4", .english),
            ("en;q=0.2, sv;q=0.8", .swedish),
            ("fi;q=0, en", .english),
        ])
    func acceptLanguage(header: String, expected: Language) {
        #expect(Language.preferred(byAcceptLanguage: header) == expected)
    }

    @Test("Accept-Language with none of our languages gives nothing")
    func acceptLanguageWithoutMatch() {
        #expect(Language.preferred(byAcceptLanguage: "de-DE,fr;q=0.5") == nil)
        #expect(Language.preferred(byAcceptLanguage: "") == nil)
        #expect(Language.preferred(byAcceptLanguage: nil) == nil)
    }

    @Test("A language list keeps order, drops duplicates and refuses unknown codes")
    func languageList() {
        #expect(Language.list(from: "sv, fi,sv") == [.swedish, .finnish])
        #expect(Language.list(from: "sv,de") == nil)
        #expect(Language.list(from: "") == nil)
    }

    @Test("User content in the reader's language when written")
    func localizedTextInRequestedLanguage() {
        let title = LocalizedText(sv: "Nytt intranät", fi: "Uusi intranet")
        let resolved = title.resolved(for: .finnish, fallbackOrder: [.swedish, .finnish])
        #expect(resolved == .init(text: "Uusi intranet", language: .finnish, isFallback: false))
    }

    @Test("Missing content falls back in the organisation's order, then to any text")
    func localizedTextFallback() {
        let title = LocalizedText(sv: "Nytt intranät", fi: "Uusi intranet")
        #expect(title.resolved(for: .english, fallbackOrder: [.finnish, .swedish])?.text == "Uusi intranet")
        #expect(title.resolved(for: .english, fallbackOrder: [.swedish])?.isFallback == true)
        let onlyEnglish = LocalizedText(en: "Intranet")
        #expect(onlyEnglish.resolved(for: .swedish, fallbackOrder: [.swedish, .finnish])?.language == .english)
        #expect(LocalizedText().resolved(for: .swedish) == nil)
    }

    @Test("Blank texts count as not written")
    func blankTextsAreMissing() {
        let title = LocalizedText(sv: "  ", fi: "Tavoite ")
        #expect(title[.swedish] == nil)
        #expect(title[.finnish] == "Tavoite")
        #expect(title.missing(of: [.swedish, .finnish]) == [.swedish])
    }

    @Test("User content is stored as a JSON object keyed by language code")
    func localizedTextCoding() throws {
        let title = LocalizedText(sv: "Mål", fi: "Tavoite")
        let data = try JSONEncoder().encode(title)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: String]
        #expect(object == ["sv": "Mål", "fi": "Tavoite"])
        #expect(try JSONDecoder().decode(LocalizedText.self, from: data) == title)
    }
}

@Suite("Formatting per language")
struct LocalizerTests {
    let date = DateComponents(
        calendar: Calendar(identifier: .gregorian), timeZone: .helsinki,
        year: 2026, month: 11, day: 29, hour: 14
    ).date!

    @Test("Dates follow each language's conventions")
    func dates() {
        #expect(Localizer(language: .finnish).date(date) == "29.11.2026")
        #expect(Localizer(language: .swedish).date(date).contains("2026"))
        #expect(Localizer(language: .english).date(date).contains("Nov"))
    }

    @Test("Numbers use the language's separators")
    func numbers() {
        let finnish = Localizer(language: .finnish).number(1234.5, fractionDigits: 1)
        let english = Localizer(language: .english).number(1234.5, fractionDigits: 1)
        #expect(finnish.contains(",5"))
        #expect(english == "1,234.5")
    }

    @Test("Numbers have the fraction digits asked for, rounded (Foundation on Linux does not cut them itself)")
    func fractionDigits() {
        let finnish = Localizer(language: .finnish)
        #expect(finnish.number(3.933, fractionDigits: 1) == "3,9")
        #expect(finnish.number(4.25, fractionDigits: 1) == "4,3")
        #expect(finnish.number(4, fractionDigits: 1) == "4,0")
        #expect(finnish.number(69.6) == "70")
    }

    @Test("Numbers are written as Foundation's formatter wrote them, for every language, magnitude and sign")
    func decimalTextAgreesWithFoundation() {
        var generator = SplitMix(seed: 2026)
        var values: [Double] = [0, 0.5, 1.5, 2.5, -2.5, 999.5, 999.96, 1_000, -1_000, 123_456_789.126, 0.045, 99_999.95, 1e12]
        for _ in 0..<3_000 {
            let magnitude = pow(10, Double.random(in: -3...11, using: &generator))
            values.append((Bool.random(using: &generator) ? -1 : 1) * Double.random(in: 0...magnitude, using: &generator))
        }
        for language in Language.allCases {
            let localizer = Localizer(language: language)
            for value in values {
                for digits in 0...2 {
                    let ours = localizer.number(value, fractionDigits: digits)
                    let foundation = FormatterCache.shared.number(value, locale: localizer.locale, fractionDigits: digits)
                    let unsigned = foundation.hasPrefix("\u{2212}") || foundation.hasPrefix("-") ? String(foundation.dropFirst()) : foundation
                    // On purpose: what rounds to zero has no minus sign ("−0,0" reads as a loss).
                    let roundsToZero = !unsigned.contains { $0.isNumber && $0 != "0" }
                    #expect(ours == (roundsToZero ? unsigned : foundation), "\(value), \(digits) digits, \(language)")
                }
            }
        }
        #expect(Localizer(language: .finnish).number(-0.04, fractionDigits: 1) == "0,0")
        #expect(Localizer(language: .swedish).number(-1234.56, fractionDigits: 1) == "\u{2212}1\u{00A0}234,6")
        #expect(Localizer(language: .english).number(0.05, fractionDigits: 2) == "0.05")
        #expect(
            Localizer(language: .english).number(.infinity) == FormatterCache.shared.number(.infinity, locale: Locale(identifier: "en_GB"), fractionDigits: 0))
    }

    @Test("Placeholders are filled in")
    func placeholders() {
        #expect(Localizer(language: .english)(.homeGreeting(name: "Anna")) == "Welcome, Anna")
        #expect(Localizer(language: .finnish)(.homeGreeting(name: "Anna")) == "Tervetuloa, Anna")
    }
}

@Suite("String catalogue")
struct StringCatalogueTests {
    @Test("Every interface string exists in Swedish, Finnish and English", arguments: Str.catalogue)
    func everyStringIsTranslated(string: Str) {
        for language in Language.allCases {
            let text = string.translations[language]
            #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(string) has no \(language) text")
        }
    }

    /// The catalogue fills each value with `{its name}`: a translation that leaves a value out
    /// shows one name fewer than the others.
    @Test("Every translation of a string uses every value", arguments: Str.catalogue)
    func placeholdersAgree(string: Str) {
        let sets = Language.allCases.map { placeholders(in: string.translations[$0]) }
        #expect(Set(sets).count == 1, "\(string): \(sets)")
    }

    @Test("Swedish and Finnish texts are not left in English")
    func notLeftInEnglish() {
        // Short words such as "Status" or "Coach" may be the same; whole sentences may not.
        let untranslated = Str.catalogue.filter { string in
            let t = string.translations
            return t.en.count > 15 && (t.sv == t.en || t.fi == t.en)
        }
        #expect(untranslated.isEmpty, "Untranslated: \(untranslated)")
    }

    /// Statics cannot be enumerated, so each feature file lists its strings in one array that
    /// `Str.catalogue` joins; this reads the files and checks the lists against the declarations.
    @Test("Every string declared in Strings/ is in its file's catalogue, and every file in Str.catalogue")
    func everyDeclaredStringIsListed() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/RoderCore/Strings").standardizedFileURL
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 10)
        let catalogueSource = try String(contentsOf: folder.appendingPathComponent("../Str.swift"), encoding: .utf8)
        var declaredCount = 0
        for file in files {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let declared = Set(
                source.matches(of: /public static (?:let|func) (\w+)/).map { String($0.output.1) })
            declaredCount += declared.count
            let list = try #require(source.firstMatch(of: /static let (\w+Strings): \[Str\] = \[([^\]]*)\]/), "\(file) has no catalogue array")
            let listed = Set(list.output.2.matches(of: /(?:^|[\[,\s])(\w+)(?:\(|,|\s*$)/).map { String($0.output.1) })
            #expect(
                declared == listed,
                "\(file): not listed \(declared.subtracting(listed).sorted()), listed but not declared \(listed.subtracting(declared).sorted())")
            #expect(catalogueSource.contains(String(list.output.1)), "\(list.output.1) is not joined into Str.catalogue")
        }
        #expect(declaredCount == Str.catalogue.count)
    }

    private func placeholders(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

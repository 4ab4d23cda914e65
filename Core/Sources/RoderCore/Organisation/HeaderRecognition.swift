import Foundation

/// Reads a column header of an HR export as what it means, in Swedish, Finnish or English,
/// tolerating what real exports do to headers: case, punctuation and parentheses
/// (`Yksikkö (fi)`), language markers (`Enhet – på svenska`, `yksikön nimi ruotsiksi`,
/// `unit_name_sv`), abbreviations (`Hlönro`, `Anst.nr`), compounds (`yläyksikkö`,
/// `Kustannuspaikkakoodi`) and inflections (`Yksikön koodi`, `Enhetens chef`).
///
/// Every word is first turned into a concept (`unit`, `code`, `parent`, …); a header is
/// recognised only when its concepts together make one of the known patterns. A header with
/// a word outside the vocabulary is never guessed at: it is left unmapped for the HR director
/// to choose.
public enum HeaderRecognition {
    /// What a header means before the file's values are looked at.
    public enum Meaning: Sendable, Hashable {
        case field(ImportField)
        /// A unit's name: in the language the header names, or the language its words are in
        /// (`Enhet` is Swedish), or nil for a language-neutral header (`Unit name`).
        case unitName(Language?)
        /// A column about managers whose values decide what it is: a yes/no flag, or an
        /// employee number — of the unit's manager (`unit` in the header) or of each person's
        /// supervisor.
        case manager(numbered: Bool, ofUnit: Bool, immediate: Bool)
    }

    enum Concept: Sendable, Hashable {
        case unit, code, number, identifier, costCentre, parent, name, kind, level, headcount, count, staff
        case person, employment, firstName, surname, title, job, email, management, manager, immediate
    }

    /// The meaning of `header`, or nil when it is not recognised.
    public static func meaning(of header: String) -> Meaning? {
        guard let reading = read(header) else { return nil }
        let concepts = reading.concepts
        let set = Set(concepts)
        guard !set.isEmpty else { return nil }

        // Names of people: the order of the two parts matters for one column holding both.
        if set == [.firstName, .surname] || set == [.person, .firstName, .surname] {
            let surnameFirst = concepts.firstIndex(of: .surname)! < concepts.firstIndex(of: .firstName)!
            return .field(surnameFirst ? .personNameSurnameFirst : .personName)
        }
        // Anything about managers and supervisors.
        let managerWords: Set<Concept> = [.manager, .immediate]
        if !set.isDisjoint(with: managerWords) {
            let numberWords: Set<Concept> = [.number, .identifier, .code]
            let rest = set.subtracting(numberWords).subtracting([.person, .employment, .manager, .immediate, .unit])
            if set == [.manager, .level] || set == [.management, .level] { return .field(.managementLevel) }
            guard rest.isEmpty, set.contains(.manager) || set.contains(.immediate) else { return nil }
            return .manager(numbered: !set.isDisjoint(with: numberWords), ofUnit: set.contains(.unit), immediate: set.contains(.immediate))
        }
        if set.contains(.unit) && (set == [.unit] || set == [.unit, .name]) {
            return .unitName(reading.markedLanguage ?? reading.wordLanguage)
        }
        for (field, patterns) in patterns where patterns.contains(set) { return .field(field) }
        return nil
    }

    /// Concept patterns of each field, as sets (word order does not matter), in the order
    /// they are tried.
    static let patterns: [(ImportField, [Set<Concept>])] = [
        (
            .unitCode,
            [
                [.unit, .code], [.unit, .identifier], [.unit, .number], [.unit, .code, .number], [.costCentre], [.costCentre, .code],
                [.costCentre, .number], [.costCentre, .identifier], [.unit, .costCentre], [.code],
            ]
        ),
        (
            .parentUnitCode,
            [
                [.parent], [.parent, .unit], [.parent, .unit, .code], [.parent, .code], [.parent, .unit, .identifier],
                [.parent, .unit, .number], [.parent, .costCentre], [.parent, .identifier],
            ]
        ),
        (.unitKind, [[.kind], [.unit, .kind], [.level], [.unit, .level]]),
        (
            .unitHeadcount,
            [
                [.headcount], [.count], [.staff], [.count, .staff], [.number, .staff], [.count, .person], [.unit, .headcount],
                [.unit, .count], [.unit, .staff], [.unit, .count, .staff],
            ]
        ),
        (
            .personID,
            [
                [.person, .number], [.person, .identifier], [.person, .code], [.employment, .number], [.employment, .identifier],
                [.person, .employment, .number], [.staff, .identifier],
            ]
        ),
        (.personName, [[.name], [.person, .name], [.person]]),
        (.personFirstName, [[.firstName], [.person, .firstName]]),
        (.personSurname, [[.surname], [.person, .surname]]),
        (.personTitle, [[.title], [.job, .title], [.job], [.person, .title], [.job, .name]]),
        (.personEmail, [[.email], [.person, .email]]),
        (.managementLevel, [[.management, .level], [.person, .level]]),
    ]

    // MARK: Reading a header into concepts

    struct Reading {
        var concepts: [Concept]
        /// The language a marker names (`(sv)`, `ruotsiksi`, `på finska`).
        var markedLanguage: Language?
        /// The language of the header's own words when it has no marker (`Enhet` → Swedish).
        var wordLanguage: Language?
    }

    /// Nil when a word is outside the vocabulary.
    static func read(_ header: String) -> Reading? {
        var tokens = words(of: header)
        var marked: Language?
        // Language markers, with the little words that introduce them ("på svenska", "in Finnish").
        tokens.removeAll { token in
            if let language = languageMarkers[token] { marked = marked ?? language; return true }
            return false
        }
        tokens = joinPhrases(tokens)
        var concepts: [Concept] = []
        var wordLanguage: Language?
        for token in tokens {
            guard let entries = lookUp(token) else { return nil }
            for entry in entries {
                if let concept = entry.concept { concepts.append(concept) }
                if entry.concept == .unit || entry.concept == .name { wordLanguage = wordLanguage ?? entry.language }
            }
        }
        return Reading(concepts: concepts, markedLanguage: marked, wordLanguage: wordLanguage)
    }

    /// Lower-case words without diacritics: letters and digits kept, a hyphen inside a word
    /// joined (`e-post`, `ylä-yksikkö`), camelCase split, everything else a separator.
    static func words(of header: String) -> [String] {
        var spaced = ""
        var previous: Character?
        let characters = Array(header)
        for (index, character) in characters.enumerated() {
            if character == "-", let before = previous, before.isLetter, index + 1 < characters.count, characters[index + 1].isLetter {
                previous = character
                continue
            }
            if character.isUppercase, let before = previous, before.isLowercase { spaced.append(" ") }
            if character == "#" { spaced += " nr " } else { spaced.append(character.isLetter || character.isNumber ? character : " ") }
            previous = character
        }
        return spaced.lowercased().split(separator: " ").map { fold(String($0)) }
    }

    static func fold(_ word: String) -> String {
        var folded = ""
        for character in word {
            switch character {
            case "å", "ä", "à", "á", "â": folded.append("a")
            case "ö", "ø", "ó", "ò", "ô": folded.append("o")
            case "é", "è", "ê", "ë": folded.append("e")
            case "ü", "ú", "ù": folded.append("u")
            case "æ": folded += "ae"
            default: folded.append(character)
            }
        }
        return folded
    }

    static func joinPhrases(_ tokens: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < tokens.count {
            if index + 1 < tokens.count, let joined = phrases[tokens[index] + " " + tokens[index + 1]] {
                result.append(joined)
                index += 2
            } else {
                result.append(tokens[index])
                index += 1
            }
        }
        return result
    }

    struct Entry: Sendable {
        /// nil: a word that carries no meaning of its own here ("address" in "e-mail address").
        var concept: Concept?
        var language: Language?
    }

    /// A word's concepts: the vocabulary, or a compound of two or three vocabulary words
    /// (Swedish joins with an "s": `enhetskod`).
    static func lookUp(_ word: String) -> [Entry]? {
        guard !refused.contains(word) else { return nil }
        if let entries = vocabulary[word] { return entries }
        guard word.count >= 5 else { return nil }
        return split(word, depth: 0)
    }

    private static func split(_ word: String, depth: Int) -> [Entry]? {
        guard depth < 2 else { return nil }
        let characters = Array(word)
        // Longest first part first: "kustannuspaikka|koodi" before "kustannus|…".
        for cut in stride(from: characters.count - 2, through: 2, by: -1) {
            let left = String(characters[..<cut]), right = String(characters[cut...])
            let leftEntries = vocabulary[left] ?? (left.hasSuffix("s") ? vocabulary[String(left.dropLast())] : nil)
            guard let leftEntries else { continue }
            if let rightEntries = vocabulary[right] ?? split(right, depth: depth + 1) { return leftEntries + rightEntries }
        }
        return nil
    }

    static let languageMarkers: [String: Language] = {
        var markers: [String: Language] = [:]
        for word in ["sv", "se", "swe", "svenska", "svensk", "swedish", "ruotsi", "ruotsiksi", "ruots", "ruotsinkielinen", "ruotsinkielisena"] {
            markers[word] = .swedish
        }
        for word in ["fi", "fin", "finska", "finsk", "finnish", "suomi", "suomeksi", "suom", "suomenkielinen", "suomenkielisena"] { markers[word] = .finnish }
        for word in ["en", "eng", "engl", "engelska", "english", "englanti", "englanniksi", "englanninkielinen"] { markers[word] = .english }
        return markers
    }()

    static let phrases: [String: String] = [
        "cost centre": "costcentre", "cost center": "costcentre", "first name": "firstname", "given name": "firstname",
        "last name": "surname", "family name": "surname", "e mail": "email", "e post": "email", "s posti": "email",
        "job title": "title", "reports to": "reportsto", "head count": "headcount", "line manager": "supervisor",
        "employee number": "employeenumber", "staff number": "employeenumber", "personnel number": "employeenumber",
    ]

    /// Words that can never be an employee number in Roder: national identity numbers are
    /// not imported, whatever the header's other words say.
    static let refused: Set<String> = ["personnummer", "henkilotunnus", "hetu", "sotu", "ssn", "socialsecuritynumber"]

    static let vocabulary: [String: [Entry]] = {
        var table: [String: [Entry]] = [:]
        func add(_ concept: Concept?, _ language: Language?, _ words: [String]) {
            for word in words { table[word] = [Entry(concept: concept, language: language)] }
        }
        func compound(_ word: String, _ concepts: [Concept]) { table[word] = concepts.map { Entry(concept: $0, language: nil) } }

        add(.unit, .finnish, ["yksikko", "yksikon", "yksikot", "yksikkonsa", "yks"])
        add(.unit, .swedish, ["enhet", "enhets", "enheten", "enhetens", "enheter"])
        add(.unit, .english, ["unit", "units"])
        add(.code, nil, ["koodi", "koodin", "kod", "koden", "code", "tunnus", "tunnuksen", "tunniste", "identifier"])
        add(.identifier, nil, ["id"])
        add(.number, nil, ["nro", "nr", "no", "num", "numero", "numeron", "number", "nummer", "numret", "numbers"])
        add(.costCentre, nil, ["kustannuspaikka", "kustannuspaikan", "kostnadsstalle", "kostnadsstallet", "kostnadsstallets", "costcentre", "costcenter"])
        add(
            .parent, nil,
            [
                "yla", "ylempi", "ylemman", "ylempaa", "emo", "overordnad", "overordnade", "overordnat", "overordnads", "moder",
                "parent", "parents", "upper", "superior",
            ])
        add(.name, .finnish, ["nimi", "nimen", "nimitys"])
        add(.name, .swedish, ["namn", "namnet", "benamning", "benamningen"])
        add(.name, .english, ["name"])
        add(.kind, nil, ["tyyppi", "tyyppia", "typ", "typen", "type", "kind", "laji"])
        add(.level, nil, ["taso", "tason", "niva", "nivan", "level"])
        add(.headcount, nil, ["henkilostomaara", "henkilomaara", "headcount", "vahvuus"])
        add(.count, nil, ["maara", "lukumaara", "lkm", "antal", "antalet", "count", "amount"])
        add(.staff, nil, ["henkilosto", "henkiloston", "personal", "personalen", "anstallda", "staff", "employees", "medarbetare"])
        add(
            .person, nil,
            [
                "henkilo", "henkilon", "hlo", "henk", "pers", "person", "personens", "employee", "tyontekija", "tyontekijan", "tyont",
                "anstalld", "anstallds",
            ])
        add(.employment, nil, ["anstallning", "anstallnings", "anst", "tyosuhde", "tyosuhteen", "employment", "palvelussuhde", "palvelussuhteen"])
        add(.firstName, nil, ["etunimi", "etunimet", "kutsumanimi", "fornamn", "fornamnet", "tilltalsnamn", "firstname", "givenname", "forename"])
        add(.surname, nil, ["sukunimi", "efternamn", "efternamnet", "surname", "lastname", "familyname"])
        add(.title, nil, ["nimike", "nimikkeen", "titel", "titeln", "title", "befattning", "befattningen", "tjanstebenamning", "position"])
        add(.job, nil, ["tehtava", "tehtavan", "virka", "viran", "ammatti", "tjanst", "tjanste", "job"])
        add(.email, nil, ["sahkoposti", "sposti", "epost", "eposti", "email", "mail", "emailaddress", "epostadress"])
        add(.management, nil, ["johto", "johdon", "ledning", "lednings", "ledningen", "management"])
        add(
            .manager, nil,
            [
                "esimies", "esimiehen", "esimiehet", "esihenkilo", "esihenkilon", "esim", "chef", "chefen", "chefens", "chefs",
                "manager", "managers", "head", "johtaja", "johtajan", "boss",
            ])
        add(.immediate, nil, ["lahi", "narmaste", "narmast", "narmaste", "immediate", "direct", "supervisor", "supervisors", "foresatt", "reportsto"])
        // Words that add nothing: articles, "address", "full", "is".
        add(
            nil, nil,
            [
                "osoite", "adress", "address", "full", "koko", "fullstandigt", "hela", "is", "on", "ar", "the", "of", "for", "av", "pa", "in",
                "ja", "och", "and", "org", "organisation", "organization", "organisaatio", "organisations", "current", "nykyinen",
            ])
        compound("personalnummer", [.person, .number])
        compound("employeenumber", [.person, .number])
        compound("hlonro", [.person, .number])
        compound("anstnr", [.employment, .number])
        compound("persnr", [.person, .number])
        compound("esimiestaso", [.manager, .level])
        compound("chefsniva", [.manager, .level])
        compound("ledningsniva", [.management, .level])
        compound("johtotaso", [.management, .level])
        return table
    }()
}

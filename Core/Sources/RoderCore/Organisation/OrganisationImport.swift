import Foundation

/// What a column of an HR system's export can mean to Roder. Each row of the file is a
/// person in a unit, or (with no person columns filled) just a unit.
public enum ImportField: String, CaseIterable, Codable, Sendable, Hashable {
    case unitCode = "unit_code"
    case unitNameSwedish = "unit_name_sv"
    case unitNameFinnish = "unit_name_fi"
    case unitNameEnglish = "unit_name_en"
    case parentUnitCode = "parent_unit_code"
    case unitKind = "unit_kind"
    case unitHeadcount = "unit_headcount"
    case personID = "person_id"
    case personName = "person_name"
    case personTitle = "person_title"
    case personEmail = "person_email"
    case managementLevel = "management_level"
    case managesUnit = "manages_unit"

    public var unitNameLanguage: Language? {
        switch self {
        case .unitNameSwedish: .swedish
        case .unitNameFinnish: .finnish
        case .unitNameEnglish: .english
        default: nil
        }
    }

    /// Header names HR systems and people use for the field, lower-case, in Swedish,
    /// Finnish and English. The first match wins when guessing a mapping.
    static let headerNames: [ImportField: [String]] = [
        .unitCode: ["unit code", "unit id", "cost centre", "cost center", "org unit code", "enhetskod", "enhets-id", "enhet id",
                    "kostnadsställe", "yksikkökoodi", "yksikön koodi", "yksikön tunnus", "kustannuspaikka", "yksikkö id"],
        .unitNameSwedish: ["enhet", "enhetens namn", "enhetsnamn", "enhet sv", "enhetens namn på svenska", "unit name sv", "unit (sv)", "yksikkö ruotsiksi"],
        .unitNameFinnish: ["yksikkö", "yksikön nimi", "yksikkö fi", "unit name fi", "unit (fi)", "enhet fi", "enhetens namn på finska"],
        .unitNameEnglish: ["unit", "unit name", "unit name en", "unit (en)"],
        .parentUnitCode: ["parent unit", "parent unit code", "parent code", "parent", "överordnad enhet", "överordnad enhetskod",
                          "moderenhet", "yläyksikkö", "ylemmän yksikön koodi", "yläyksikön koodi"],
        .unitKind: ["unit kind", "unit type", "kind", "type", "enhetstyp", "nivå", "yksikkötyyppi", "yksikön tyyppi", "taso"],
        .unitHeadcount: ["headcount", "staff", "number of staff", "antal anställda", "personal", "antal", "henkilöstömäärä",
                         "henkilöstö", "henkilömäärä", "lukumäärä"],
        .personID: ["person id", "employee id", "employee number", "personnel number", "anställningsnummer", "personalnummer",
                    "person-id", "henkilönumero", "henkilötunnus", "työntekijänumero", "henkilö id"],
        .personName: ["name", "full name", "person", "employee", "namn", "fullständigt namn", "nimi", "koko nimi", "henkilö", "työntekijä"],
        .personTitle: ["title", "job title", "position", "titel", "befattning", "tjänstebenämning", "nimike", "tehtävänimike", "virkanimike"],
        .personEmail: ["email", "e-mail", "e-post", "epost", "e-postadress", "sähköposti", "sähköpostiosoite"],
        .managementLevel: ["management level", "level of management", "chefsnivå", "ledningsnivå", "johtotaso", "esimiestaso"],
        .managesUnit: ["manager", "is manager", "manages unit", "chef", "är chef", "enhetens chef", "esimies", "on esimies", "yksikön esimies"],
    ]
}

/// Which file column (by index) means which field. Columns mapped to nothing are ignored.
public struct ColumnMapping: Sendable, Hashable, Codable {
    public var fields: [Int: ImportField]

    public init(_ fields: [Int: ImportField] = [:]) { self.fields = fields }

    public func column(of field: ImportField) -> Int? { fields.first { $0.value == field }?.key }

    /// Guesses the field of each header from its name — first from what this organisation
    /// chose last time (`remembered`, header → field), then from the known names.
    public static func guess(header: [String], remembered: [String: ImportField] = [:]) -> ColumnMapping {
        var fields: [Int: ImportField] = [:]
        var taken: Set<ImportField> = []
        for (index, name) in header.enumerated() {
            let key = normalise(name)
            if let field = remembered[key], !taken.contains(field) {
                fields[index] = field
                taken.insert(field)
            }
        }
        for (index, name) in header.enumerated() where fields[index] == nil {
            let key = normalise(name)
            if let field = ImportField.allCases.first(where: { !taken.contains($0) && (ImportField.headerNames[$0] ?? []).contains(key) }) {
                fields[index] = field
                taken.insert(field)
            }
        }
        return ColumnMapping(fields)
    }

    /// Header names are compared trimmed, lower-case, with inner runs of spaces folded.
    public static func normalise(_ header: String) -> String {
        header.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// One problem in an import file: where (line and column header) and what.
public struct ImportIssue: Sendable, Hashable, Comparable {
    public let line: Int
    /// The file's own header of the column, or nil for a problem with the whole row or file.
    public let column: String?
    public let problem: ImportProblem

    public init(line: Int, column: String?, problem: ImportProblem) {
        self.line = line
        self.column = column
        self.problem = problem
    }

    public static func < (lhs: ImportIssue, rhs: ImportIssue) -> Bool {
        (lhs.line, lhs.column ?? "") < (rhs.line, rhs.column ?? "")
    }
}

public enum ImportProblem: Sendable, Hashable {
    case unreadableEncoding
    case unterminatedQuote
    case textAfterQuote
    case emptyFile
    /// The mapping lacks a field every import needs.
    case fieldNotMapped(ImportField)
    /// Two columns are mapped to the same field.
    case fieldMappedTwice(ImportField)
    case wrongNumberOfFields(expected: Int, found: Int)
    case missingValue(ImportField)
    case invalidEmail(String)
    case invalidHeadcount(String)
    case invalidManagementLevel(String)
    case invalidUnitKind(String)
    case invalidYesNo(String)
    /// A parent unit code that is neither in the file nor already in Roder.
    case unknownParentUnit(String)
    /// The parent chain of the unit leads back to itself.
    case parentCycle(String)
    /// The unit appears on several rows with different names, parents or kinds.
    case conflictingUnit(code: String, firstLine: Int)
    /// The person appears on several rows with different details.
    case conflictingPerson(id: String, firstLine: Int)
    /// A second person marked as manager of the same unit.
    case secondManager(unitCode: String, firstLine: Int)
}

/// What the file says, checked and ready to compare with what Roder has.
public struct ImportPlan: Sendable, Hashable {
    public struct Unit: Sendable, Hashable {
        public let code: String
        public let name: LocalizedText
        public let parentCode: String?
        public let kind: UnitKind
        /// Counted staff if the file gives it; otherwise the people listed in it, manager excluded.
        public let headcount: Int
        public let managerPersonID: String?
        public let line: Int
    }

    public struct Person: Sendable, Hashable {
        public let externalID: String
        public let name: String
        public let title: String?
        public let email: String?
        public let level: ManagementLevel
        public let unitCode: String
        public let line: Int
    }

    public let units: [Unit]
    public let people: [Person]
}

/// Everything wrong with an import file; nothing is imported.
public struct ImportFailure: Error, Sendable, Hashable {
    public let issues: [ImportIssue]
    public init(issues: [ImportIssue]) { self.issues = issues }
}

public enum OrganisationImporter {
    /// Checks every row of `table` under `mapping` and returns the plan, or every problem
    /// found (never just the first), sorted by line. `existingUnitCodes` are units Roder
    /// already has, which rows may name as parents.
    public static func plan(_ table: CSVTable, mapping: ColumnMapping, existingUnitCodes: Set<String> = []) -> Result<ImportPlan, ImportFailure> {
        var issues: [ImportIssue] = []
        let header = table.header
        func columnName(_ field: ImportField) -> String? { mapping.column(of: field).flatMap { $0 < header.count ? header[$0] : nil } }

        // The mapping itself.
        var counts: [ImportField: Int] = [:]
        for field in mapping.fields.values { counts[field, default: 0] += 1 }
        for (field, count) in counts where count > 1 { issues.append(ImportIssue(line: 1, column: nil, problem: .fieldMappedTwice(field))) }
        if mapping.column(of: .unitCode) == nil { issues.append(ImportIssue(line: 1, column: nil, problem: .fieldNotMapped(.unitCode))) }
        let nameFields = ImportField.allCases.filter { $0.unitNameLanguage != nil && mapping.column(of: $0) != nil }
        if nameFields.isEmpty { issues.append(ImportIssue(line: 1, column: nil, problem: .fieldNotMapped(.unitNameSwedish))) }
        if mapping.column(of: .personID) != nil && mapping.column(of: .personName) == nil {
            issues.append(ImportIssue(line: 1, column: nil, problem: .fieldNotMapped(.personName)))
        }
        guard issues.isEmpty else { return .failure(ImportFailure(issues: issues.sorted())) }

        struct UnitDraft { var name: LocalizedText; var parent: String?; var kind: UnitKind?; var headcount: Int?; var manager: String?; var managerLine: Int; var line: Int }
        var units: [String: UnitDraft] = [:]
        var unitOrder: [String] = []
        var people: [String: ImportPlan.Person] = [:]
        var personOrder: [String] = []
        var listedStaff: [String: Int] = [:]
        var explicitLevels: [String: ManagementLevel] = [:]

        for row in table.rows {
            func value(_ field: ImportField) -> String? {
                guard let column = mapping.column(of: field), column < row.fields.count else { return nil }
                let text = row.fields[column].trimmingCharacters(in: .whitespacesAndNewlines)
                return text.isEmpty ? nil : text
            }
            func issue(_ field: ImportField?, _ problem: ImportProblem) {
                issues.append(ImportIssue(line: row.line, column: field.flatMap(columnName), problem: problem))
            }
            if row.fields.count != header.count {
                issue(nil, .wrongNumberOfFields(expected: header.count, found: row.fields.count))
                continue
            }
            guard let code = value(.unitCode) else { issue(.unitCode, .missingValue(.unitCode)); continue }

            var name = LocalizedText()
            for field in nameFields { if let text = value(field) { name[field.unitNameLanguage!] = text } }
            var kind: UnitKind?
            if let text = value(.unitKind) {
                kind = parseKind(text)
                if kind == nil { issue(.unitKind, .invalidUnitKind(text)) }
            }
            var headcount: Int?
            if let text = value(.unitHeadcount) {
                if let number = Int(text), number >= 0 { headcount = number } else { issue(.unitHeadcount, .invalidHeadcount(text)) }
            }
            var isManager = false
            if let text = value(.managesUnit) {
                if let answer = parseYesNo(text) { isManager = answer } else { issue(.managesUnit, .invalidYesNo(text)) }
            }
            let parent = value(.parentUnitCode)

            if var existing = units[code] {
                let conflict = (!name.isEmpty && !existing.name.isEmpty && name != existing.name)
                    || (parent != nil && existing.parent != nil && parent != existing.parent)
                    || (kind != nil && existing.kind != nil && kind != existing.kind)
                    || (headcount != nil && existing.headcount != nil && headcount != existing.headcount)
                if conflict { issue(nil, .conflictingUnit(code: code, firstLine: existing.line)) }
                if existing.name.isEmpty { existing.name = name }
                existing.parent = existing.parent ?? parent
                existing.kind = existing.kind ?? kind
                existing.headcount = existing.headcount ?? headcount
                units[code] = existing
            } else {
                units[code] = UnitDraft(name: name, parent: parent, kind: kind, headcount: headcount, manager: nil, managerLine: 0, line: row.line)
                unitOrder.append(code)
            }

            guard let personID = value(.personID) ?? (value(.personName) != nil && mapping.column(of: .personID) == nil ? "\(code)/\(value(.personName)!)" : nil) else {
                if isManager { issue(.personID, .missingValue(.personID)) }
                continue
            }
            guard let personName = value(.personName) else { issue(.personName, .missingValue(.personName)); continue }
            let email = value(.personEmail)
            if let email, !EmailAddress.isPlausible(email) { issue(.personEmail, .invalidEmail(email)) }
            if let text = value(.managementLevel) {
                if let level = parseLevel(text) { explicitLevels[personID] = level } else { issue(.managementLevel, .invalidManagementLevel(text)) }
            }
            let person = ImportPlan.Person(externalID: personID, name: personName, title: value(.personTitle), email: email.map(EmailAddress.normalised),
                                           level: .staff, unitCode: code, line: row.line)
            if let first = people[personID] {
                // One person may manage several units: the same person on another unit's row is fine.
                if first.name != person.name || first.email != person.email || first.title != person.title {
                    issue(nil, .conflictingPerson(id: personID, firstLine: first.line))
                }
            } else {
                people[personID] = person
                personOrder.append(personID)
            }
            if isManager {
                if let current = units[code]?.manager, current != personID {
                    issue(.managesUnit, .secondManager(unitCode: code, firstLine: units[code]!.managerLine))
                } else {
                    units[code]?.manager = personID
                    units[code]?.managerLine = row.line
                }
            } else if people[personID]?.unitCode == code {
                listedStaff[code, default: 0] += 1
            }
        }

        // Every unit needs a name, a known parent and no cycle.
        for code in unitOrder {
            let unit = units[code]!
            if unit.name.isEmpty {
                issues.append(ImportIssue(line: unit.line, column: nameFields.first.flatMap(columnName), problem: .missingValue(nameFields.first ?? .unitNameSwedish)))
            }
            if let parent = unit.parent, units[parent] == nil, !existingUnitCodes.contains(parent) {
                issues.append(ImportIssue(line: unit.line, column: columnName(.parentUnitCode), problem: .unknownParentUnit(parent)))
            }
            var seen: Set<String> = [code]
            var current = unit.parent
            while let next = current, let nextUnit = units[next] {
                if !seen.insert(next).inserted {
                    issues.append(ImportIssue(line: unit.line, column: columnName(.parentUnitCode), problem: .parentCycle(code)))
                    break
                }
                current = nextUnit.parent
            }
        }
        guard issues.isEmpty else { return .failure(ImportFailure(issues: Array(Set(issues)).sorted())) }

        // Depth in the file's tree gives a kind where the file has none.
        func depth(_ code: String) -> Int {
            var depth = 0
            var current = units[code]?.parent
            while let next = current, let unit = units[next], depth < 100 { depth += 1; current = unit.parent }
            return depth
        }
        let planned = unitOrder.map { code -> ImportPlan.Unit in
            let draft = units[code]!
            let kind = draft.kind ?? defaultKind(depth: depth(code))
            return ImportPlan.Unit(code: code, name: draft.name, parentCode: draft.parent, kind: kind,
                                   headcount: draft.headcount ?? listedStaff[code] ?? 0, managerPersonID: draft.manager, line: draft.line)
        }
        // A manager's level follows the highest kind of unit they lead unless the file says.
        var managedKinds: [String: UnitKind] = [:]
        for unit in planned { if let manager = unit.managerPersonID {
            let current = managedKinds[manager]
            if current == nil || UnitKind.allCases.firstIndex(of: unit.kind)! < UnitKind.allCases.firstIndex(of: current!)! { managedKinds[manager] = unit.kind }
        } }
        let plannedPeople = personOrder.map { id -> ImportPlan.Person in
            let person = people[id]!
            let level = explicitLevels[id] ?? managedKinds[id].map(defaultLevel) ?? .staff
            return ImportPlan.Person(externalID: id, name: person.name, title: person.title, email: person.email, level: level,
                                     unitCode: person.unitCode, line: person.line)
        }
        return .success(ImportPlan(units: planned, people: plannedPeople))
    }

    /// File problems before any row is read, as issues with their line.
    public static func issue(for error: CSVError) -> ImportIssue {
        switch error {
        case .empty: ImportIssue(line: 1, column: nil, problem: .emptyFile)
        case .unreadableEncoding(let line): ImportIssue(line: line, column: nil, problem: .unreadableEncoding)
        case .unterminatedQuote(let line): ImportIssue(line: line, column: nil, problem: .unterminatedQuote)
        case .textAfterQuote(let line): ImportIssue(line: line, column: nil, problem: .textAfterQuote)
        }
    }

    static func defaultKind(depth: Int) -> UnitKind {
        switch depth {
        case 0, 1: .sector
        case 2: .division
        case 3: .unit
        default: .team
        }
    }

    static func defaultLevel(_ kind: UnitKind) -> ManagementLevel {
        switch kind {
        case .sector: .top
        case .division: .middle
        case .unit, .team: .supervisor
        }
    }

    static func parseYesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "1", "x", "yes", "y", "true", "ja", "j", "kyllä", "k", "on": true
        case "0", "no", "n", "false", "nej", "ei", "-": false
        default: nil
        }
    }

    static func parseLevel(_ text: String) -> ManagementLevel? {
        switch text.lowercased() {
        case "top", "top management", "högsta ledning", "högsta ledningen", "ylin johto", "1": .top
        case "middle", "middle management", "mellanledning", "mellanledningen", "keskijohto", "2": .middle
        case "supervisor", "immediate supervisor", "närmaste chef", "närmaste chefer", "lähiesimies", "lähijohto", "3": .supervisor
        case "staff", "employee", "personal", "anställd", "henkilöstö", "työntekijä", "4": .staff
        default: ManagementLevel(rawValue: text.lowercased())
        }
    }

    static func parseKind(_ text: String) -> UnitKind? {
        switch text.lowercased() {
        case "sector", "sektor", "toimiala", "förvaltning", "hallinnonala": .sector
        case "division", "avdelning", "osasto", "department", "tulosalue", "resultatområde": .division
        case "unit", "enhet", "yksikkö", "tulosyksikkö", "resultatenhet": .unit
        case "team", "tiimi", "grupp", "ryhmä": .team
        default: nil
        }
    }
}

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
    /// The employee number of the unit's manager, on the unit's rows.
    case unitManagerID = "unit_manager_id"
    case personID = "person_id"
    /// "Anna Berg" or "Berg, Anna".
    case personName = "person_name"
    /// "Berg Anna" (a surname first, as many Finnish HR systems write it).
    case personNameSurnameFirst = "person_name_surname_first"
    case personFirstName = "person_first_name"
    case personSurname = "person_surname"
    case personTitle = "person_title"
    case personEmail = "person_email"
    case managementLevel = "management_level"
    /// Yes/no: the person on the row manages the row's unit.
    case managesUnit = "manages_unit"
    /// The employee number of each person's supervisor; who manages which unit follows.
    case supervisorID = "supervisor_id"

    public var unitNameLanguage: Language? {
        switch self {
        case .unitNameSwedish: .swedish
        case .unitNameFinnish: .finnish
        case .unitNameEnglish: .english
        default: nil
        }
    }

    public static func unitName(_ language: Language) -> ImportField {
        switch language {
        case .swedish: .unitNameSwedish
        case .finnish: .unitNameFinnish
        case .english: .unitNameEnglish
        }
    }

    static let personNameFields: [ImportField] = [.personName, .personNameSurnameFirst, .personFirstName, .personSurname]
}

/// Which file column (by index) means which field. Columns mapped to nothing are ignored.
public struct ColumnMapping: Sendable, Hashable, Codable {
    public var fields: [Int: ImportField]

    public init(_ fields: [Int: ImportField] = [:]) { self.fields = fields }

    public func column(of field: ImportField) -> Int? { fields.first { $0.value == field }?.key }

    /// Guesses the field of each column: first from what this organisation chose last time
    /// (`remembered`, normalised header → field), then from the header's words
    /// (`HeaderRecognition`), and for a column about managers from its values as well — yes/no
    /// answers, or employee numbers that stay the same on all rows of a unit (the unit's
    /// manager) or not (each person's supervisor). A unit name in a language-neutral header
    /// goes to the first of `contentLanguages` still free. A header that is not recognised is
    /// left unmapped.
    public static func guess(
        header: [String], rows: [ImportTable.Row] = [], remembered: [String: ImportField] = [:],
        contentLanguages: [Language] = []
    ) -> ColumnMapping {
        var fields: [Int: ImportField] = [:]
        var taken: Set<ImportField> = []
        func assign(_ field: ImportField, to index: Int) {
            guard fields[index] == nil, !taken.contains(field) else { return }
            fields[index] = field
            taken.insert(field)
        }
        for (index, name) in header.enumerated() {
            if let field = remembered[normalise(name)] { assign(field, to: index) }
        }
        var unitNames: [(index: Int, language: Language?)] = []
        var managerColumns: [(index: Int, numbered: Bool, ofUnit: Bool, immediate: Bool)] = []
        for (index, name) in header.enumerated() where fields[index] == nil {
            switch HeaderRecognition.meaning(of: name) {
            case .field(let field): assign(field, to: index)
            case .unitName(let language): unitNames.append((index, language))
            case .manager(let numbered, let ofUnit, let immediate): managerColumns.append((index, numbered, ofUnit, immediate))
            case nil: break
            }
        }

        // Unit names: a named language first; a neutral or English header then takes the first
        // of the organisation's languages still free (an English header in a Swedish–Finnish
        // town most likely holds one of those).
        func isNamed(_ language: Language?) -> Bool {
            guard let language else { return false }
            return language != .english || contentLanguages.isEmpty || contentLanguages.contains(.english)
        }
        for column in unitNames where isNamed(column.language) { assign(.unitName(column.language!), to: column.index) }
        for column in unitNames where !isNamed(column.language) {
            let order = contentLanguages + [.swedish, .finnish, .english]
            if let language = order.first(where: { !taken.contains(.unitName($0)) }) { assign(.unitName(language), to: column.index) }
        }

        let personIDColumn = fields.first { $0.value == .personID }?.key
        let personIDs = Set(personIDColumn.map { column in rows.compactMap { value(in: $0, column) } } ?? [])
        let unitCodeColumn = fields.first { $0.value == .unitCode }?.key
        for column in managerColumns {
            let values = rows.compactMap { value(in: $0, column.index) }
            // Employee numbers: said so by the header, or most values are the file's own.
            // Otherwise a manager column is the yes/no flag, and values that are neither are
            // reported as errors on their lines.
            let known = values.filter(personIDs.contains).count
            let holdsNumbers = column.numbered || (!values.isEmpty && known * 10 >= values.count * 8)
            guard holdsNumbers else {
                assign(.managesUnit, to: column.index)
                continue
            }
            if column.ofUnit {
                assign(.unitManagerID, to: column.index)
            } else if column.immediate {
                assign(.supervisorID, to: column.index)
            } else {
                let sameWithinUnits = unitCodeColumn.map { codeColumn in isConstantPerUnit(rows, valueColumn: column.index, unitColumn: codeColumn) } ?? false
                assign(sameWithinUnits && !rows.isEmpty ? .unitManagerID : .supervisorID, to: column.index)
            }
        }
        return ColumnMapping(fields)
    }

    private static func value(in row: ImportTable.Row, _ column: Int) -> String? {
        guard column < row.fields.count else { return nil }
        let text = row.fields[column].trimmed
        return text.isEmpty ? nil : text
    }

    private static func isConstantPerUnit(_ rows: [ImportTable.Row], valueColumn: Int, unitColumn: Int) -> Bool {
        var seen: [String: String] = [:]
        for row in rows {
            guard let unit = value(in: row, unitColumn), let manager = value(in: row, valueColumn) else { continue }
            if let earlier = seen[unit], earlier != manager { return false }
            seen[unit] = manager
        }
        return true
    }

    /// How a header is remembered: trimmed, lower-case, inner runs of spaces folded.
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
        (lhs.line, lhs.column ?? "", lhs.problem.kind.rawValue) < (rhs.line, rhs.column ?? "", rhs.problem.kind.rawValue)
    }
}

public enum ImportProblem: Sendable, Hashable {
    case unreadableEncoding
    case unterminatedQuote
    case textAfterQuote
    case emptyFile
    case unreadableWorkbook
    case noSuchSheet(String)
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
    /// The unit appears on several rows with different names, parents, kinds or managers.
    case conflictingUnit(code: String, firstLine: Int)
    /// The person appears on several rows with different details.
    case conflictingPerson(id: String, firstLine: Int)
    /// A second person marked as manager of the same unit.
    case secondManager(unitCode: String, firstLine: Int)
    /// A unit's manager given by an employee number that is neither in the file nor in Roder.
    case unknownManager(String)
    /// A supervisor's employee number that is neither in the file nor in Roder.
    case unknownSupervisor(String)

    /// The problem without its values, to group a file's errors by what is wrong.
    public enum Kind: String, CaseIterable, Sendable, Hashable {
        case unreadableEncoding, unterminatedQuote, textAfterQuote, emptyFile, unreadableWorkbook, noSuchSheet, fieldNotMapped
        case fieldMappedTwice, wrongNumberOfFields, missingValue, invalidEmail, invalidHeadcount, invalidManagementLevel
        case invalidUnitKind, invalidYesNo, unknownParentUnit, parentCycle, conflictingUnit, conflictingPerson, secondManager
        case unknownManager, unknownSupervisor
    }

    public var kind: Kind {
        switch self {
        case .unreadableEncoding: .unreadableEncoding
        case .unterminatedQuote: .unterminatedQuote
        case .textAfterQuote: .textAfterQuote
        case .emptyFile: .emptyFile
        case .unreadableWorkbook: .unreadableWorkbook
        case .noSuchSheet: .noSuchSheet
        case .fieldNotMapped: .fieldNotMapped
        case .fieldMappedTwice: .fieldMappedTwice
        case .wrongNumberOfFields: .wrongNumberOfFields
        case .missingValue: .missingValue
        case .invalidEmail: .invalidEmail
        case .invalidHeadcount: .invalidHeadcount
        case .invalidManagementLevel: .invalidManagementLevel
        case .invalidUnitKind: .invalidUnitKind
        case .invalidYesNo: .invalidYesNo
        case .unknownParentUnit: .unknownParentUnit
        case .parentCycle: .parentCycle
        case .conflictingUnit: .conflictingUnit
        case .conflictingPerson: .conflictingPerson
        case .secondManager: .secondManager
        case .unknownManager: .unknownManager
        case .unknownSupervisor: .unknownSupervisor
        }
    }
}

/// A file's errors of one kind in one column, for a preview that stays readable when one
/// mistake repeats on hundreds of lines ("62 lines: unknown manager employee number").
public struct ImportIssueGroup: Sendable, Hashable {
    public let kind: ImportProblem.Kind
    public let column: String?
    /// Sorted by line.
    public let issues: [ImportIssue]

    /// Groups in the order of their first line.
    public static func grouping(_ issues: [ImportIssue]) -> [ImportIssueGroup] {
        struct Key: Hashable { let kind: ImportProblem.Kind; let column: String? }
        let grouped = Dictionary(grouping: issues) { Key(kind: $0.problem.kind, column: $0.column) }
        return grouped.map { key, members in ImportIssueGroup(kind: key.kind, column: key.column, issues: members.sorted()) }
            .sorted { ($0.issues[0], $0.kind.rawValue) < ($1.issues[0], $1.kind.rawValue) }
    }
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
        /// As shown: "Anna Berg".
        public let name: String
        /// The two parts when the file gives them apart (or as "Berg, Anna"), for sorting.
        public let firstName: String?
        public let surname: String?
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

/// A person's name as the file gives it, in display order with its parts when known.
public struct PersonName: Sendable, Hashable {
    public let display: String
    public let firstName: String?
    public let surname: String?

    /// From whichever name columns the file has: first name and surname apart, "Berg, Anna"
    /// or "Anna Berg" in one column, or "Berg Anna" in a column whose header says the surname
    /// comes first. Nil when no part is given.
    public static func from(full: String?, surnameFirst: String?, firstName: String?, surname: String?) -> PersonName? {
        if firstName != nil || surname != nil {
            return PersonName(display: [firstName, surname].compactMap { $0 }.joined(separator: " "), firstName: firstName, surname: surname)
        }
        if let text = full ?? surnameFirst, let comma = text.firstIndex(of: ",") {
            let last = text[..<comma].trimmed, first = text[text.index(after: comma)...].trimmed
            guard !last.isEmpty || !first.isEmpty else { return nil }
            return PersonName(
                display: [first, last].filter { !$0.isEmpty }.joined(separator: " "),
                firstName: first.isEmpty ? nil : first, surname: last.isEmpty ? nil : last)
        }
        if let text = surnameFirst {
            let parts = text.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let last = parts.first else { return nil }
            let first = parts.dropFirst().joined(separator: " ")
            return PersonName(display: first.isEmpty ? last : first + " " + last, firstName: first.isEmpty ? nil : first, surname: last)
        }
        return full.map { PersonName(display: $0.split(whereSeparator: \.isWhitespace).joined(separator: " "), firstName: nil, surname: nil) }
    }
}

public enum OrganisationImporter {
    /// The largest headcount of one unit Roder takes: anything larger is a typo, and keeps
    /// every sum over a national organisation far from overflowing.
    public static let maximumHeadcount = 1_000_000

    /// Checks every row of `table` under `mapping` and returns the plan, or every problem
    /// found (never just the first) — the reader's broken lines included — sorted by line.
    /// `existingUnitCodes` and `existingPersonIDs` are what Roder already has, which rows may
    /// name as parents, managers and supervisors.
    public static func plan(
        _ table: ImportTable, mapping: ColumnMapping, existingUnitCodes: Set<String> = [],
        existingPersonIDs: Set<String> = []
    ) -> Result<ImportPlan, ImportFailure> {
        var issues: [ImportIssue] = table.problems.map { problem in
            ImportIssue(line: problem.line, column: nil, problem: problem.kind == .unterminatedQuote ? .unterminatedQuote : .textAfterQuote)
        }
        let header = table.header
        func columnName(_ field: ImportField) -> String? { mapping.column(of: field).flatMap { $0 < header.count ? header[$0] : nil } }
        func isMapped(_ field: ImportField) -> Bool { mapping.column(of: field) != nil }

        // The mapping itself.
        var mappingIssues: [ImportIssue] = []
        var counts: [ImportField: Int] = [:]
        for field in mapping.fields.values { counts[field, default: 0] += 1 }
        for (field, count) in counts where count > 1 { mappingIssues.append(ImportIssue(line: 1, column: nil, problem: .fieldMappedTwice(field))) }
        if !isMapped(.unitCode) { mappingIssues.append(ImportIssue(line: 1, column: nil, problem: .fieldNotMapped(.unitCode))) }
        let nameFields = Language.allCases.map(ImportField.unitName).filter(isMapped)
        if nameFields.isEmpty { mappingIssues.append(ImportIssue(line: 1, column: nil, problem: .fieldNotMapped(.unitNameSwedish))) }
        let personNameMapped = ImportField.personNameFields.contains(where: isMapped)
        if isMapped(.personID) && !personNameMapped { mappingIssues.append(ImportIssue(line: 1, column: nil, problem: .fieldNotMapped(.personName))) }
        if isMapped(.supervisorID) && !isMapped(.personID) { mappingIssues.append(ImportIssue(line: 1, column: nil, problem: .fieldNotMapped(.personID))) }
        guard mappingIssues.isEmpty else { return .failure(ImportFailure(issues: (issues + mappingIssues).sorted())) }

        struct UnitDraft {
            var name: LocalizedText, parent: String?, kind: UnitKind?, headcount: Int?
            var manager: String?, managerLine: Int, managerFromColumn: Bool, line: Int
        }
        var units: [String: UnitDraft] = [:]
        var unitOrder: [String] = []
        var people: [String: ImportPlan.Person] = [:]
        var personOrder: [String] = []
        var explicitLevels: [String: ManagementLevel] = [:]
        var supervisorLinks: [(person: String, supervisor: String, line: Int)] = []

        for row in table.rows {
            func value(_ field: ImportField) -> String? {
                guard let column = mapping.column(of: field), column < row.fields.count else { return nil }
                let text = row.fields[column].trimmed
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
            for field in nameFields { if let text = value(field), let language = field.unitNameLanguage { name[language] = text } }
            var kind: UnitKind?
            if let text = value(.unitKind) {
                kind = parseKind(text)
                if kind == nil { issue(.unitKind, .invalidUnitKind(text)) }
            }
            var headcount: Int?
            if let text = value(.unitHeadcount) {
                headcount = parseHeadcount(text)
                if headcount == nil { issue(.unitHeadcount, .invalidHeadcount(text)) }
            }
            var isManager = false
            if let text = value(.managesUnit) {
                if let answer = parseYesNo(text) { isManager = answer } else { issue(.managesUnit, .invalidYesNo(text)) }
            }
            let parent = value(.parentUnitCode)
            let unitManager = value(.unitManagerID)

            if var existing = units[code] {
                let conflict =
                    (!name.isEmpty && !existing.name.isEmpty && name != existing.name)
                    || (parent != nil && existing.parent != nil && parent != existing.parent)
                    || (kind != nil && existing.kind != nil && kind != existing.kind)
                    || (headcount != nil && existing.headcount != nil && headcount != existing.headcount)
                    || (unitManager != nil && existing.managerFromColumn && unitManager != existing.manager)
                if conflict { issue(nil, .conflictingUnit(code: code, firstLine: existing.line)) }
                if existing.name.isEmpty { existing.name = name }
                existing.parent = existing.parent ?? parent
                existing.kind = existing.kind ?? kind
                existing.headcount = existing.headcount ?? headcount
                if let unitManager, existing.manager == nil {
                    existing.manager = unitManager
                    existing.managerLine = row.line
                    existing.managerFromColumn = true
                }
                units[code] = existing
            } else {
                units[code] = UnitDraft(
                    name: name, parent: parent, kind: kind, headcount: headcount, manager: unitManager,
                    managerLine: row.line, managerFromColumn: unitManager != nil, line: row.line)
                unitOrder.append(code)
            }

            let personName = PersonName.from(
                full: value(.personName), surnameFirst: value(.personNameSurnameFirst),
                firstName: value(.personFirstName), surname: value(.personSurname))
            let synthesisedID = personName != nil && !isMapped(.personID) ? "\(code)/\(personName!.display)" : nil
            guard let personID = value(.personID) ?? synthesisedID else {
                if isManager { issue(.personID, .missingValue(.personID)) }
                continue
            }
            guard let personName else {
                let firstNameField = ImportField.personNameFields.first(where: isMapped) ?? .personName
                issue(firstNameField, .missingValue(firstNameField))
                continue
            }
            let email = value(.personEmail)
            if let email, !EmailAddress.isPlausible(email) { issue(.personEmail, .invalidEmail(email)) }
            if let text = value(.managementLevel) {
                if let level = parseLevel(text) { explicitLevels[personID] = level } else { issue(.managementLevel, .invalidManagementLevel(text)) }
            }
            if let supervisor = value(.supervisorID), supervisor != personID { supervisorLinks.append((personID, supervisor, row.line)) }
            let person = ImportPlan.Person(
                externalID: personID, name: personName.display, firstName: personName.firstName, surname: personName.surname,
                title: value(.personTitle), email: email.map(EmailAddress.normalised),
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
            }
        }

        // Every unit needs a name, a known parent, no cycle and a known manager.
        for code in unitOrder {
            let unit = units[code]!
            if unit.name.isEmpty {
                issues.append(
                    ImportIssue(line: unit.line, column: nameFields.first.flatMap(columnName), problem: .missingValue(nameFields.first ?? .unitNameSwedish)))
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
            if unit.managerFromColumn, let manager = unit.manager, people[manager] == nil, !existingPersonIDs.contains(manager) {
                issues.append(ImportIssue(line: unit.managerLine, column: columnName(.unitManagerID), problem: .unknownManager(manager)))
            }
        }
        for link in supervisorLinks where people[link.supervisor] == nil && !existingPersonIDs.contains(link.supervisor) {
            issues.append(ImportIssue(line: link.line, column: columnName(.supervisorID), problem: .unknownSupervisor(link.supervisor)))
        }
        guard issues.isEmpty else { return .failure(ImportFailure(issues: Array(Set(issues)).sorted())) }

        // Units the file gives no manager for get one from who supervises their people.
        let derived = ManagerDerivation.managers(
            people: people.mapValues(\.unitCode),
            links: supervisorLinks.map { ($0.person, $0.supervisor) }
        )
        for code in unitOrder where units[code]?.manager == nil { units[code]?.manager = derived[code] }

        // Depth in the file's tree gives a kind where the file has none.
        func depth(_ code: String) -> Int {
            var depth = 0
            var current = units[code]?.parent
            while let next = current, let unit = units[next], depth < 100 { depth += 1; current = unit.parent }
            return depth
        }
        // Listed staff: the people whose unit it is, its manager not counted.
        var listedStaff: [String: Int] = [:]
        for id in personOrder {
            let unitCode = people[id]!.unitCode
            if units[unitCode]?.manager != id { listedStaff[unitCode, default: 0] += 1 }
        }
        let planned = unitOrder.map { code -> ImportPlan.Unit in
            let draft = units[code]!
            let kind = draft.kind ?? defaultKind(depth: depth(code))
            return ImportPlan.Unit(
                code: code, name: draft.name, parentCode: draft.parent, kind: kind,
                headcount: draft.headcount ?? listedStaff[code] ?? 0, managerPersonID: draft.manager, line: draft.line)
        }
        // A manager's level follows the highest kind of unit they lead unless the file says.
        var managedKinds: [String: UnitKind] = [:]
        for unit in planned {
            guard let manager = unit.managerPersonID else { continue }
            if let current = managedKinds[manager], current.rank <= unit.kind.rank { continue }
            managedKinds[manager] = unit.kind
        }
        let plannedPeople = personOrder.map { id -> ImportPlan.Person in
            let person = people[id]!
            let level = explicitLevels[id] ?? managedKinds[id].map(defaultLevel) ?? .staff
            return ImportPlan.Person(
                externalID: id, name: person.name, firstName: person.firstName, surname: person.surname, title: person.title,
                email: person.email, level: level, unitCode: person.unitCode, line: person.line)
        }
        return .success(ImportPlan(units: planned, people: plannedPeople))
    }

    /// File problems before any row is read, as issues with their line.
    public static func issue(for error: ImportFileError) -> ImportIssue {
        switch error {
        case .empty: ImportIssue(line: 1, column: nil, problem: .emptyFile)
        case .unreadableEncoding(let line): ImportIssue(line: line, column: nil, problem: .unreadableEncoding)
        case .brokenHeader(.unterminatedQuote): ImportIssue(line: 1, column: nil, problem: .unterminatedQuote)
        case .brokenHeader(.textAfterQuote): ImportIssue(line: 1, column: nil, problem: .textAfterQuote)
        case .unreadableWorkbook: ImportIssue(line: 1, column: nil, problem: .unreadableWorkbook)
        case .noSuchSheet(let name): ImportIssue(line: 1, column: nil, problem: .noSuchSheet(name))
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

    /// A whole number of people, as written by people and by Excel ("12", "12.0", "1 200").
    public static func parseHeadcount(_ text: String) -> Int? {
        var digits = text.filter { !$0.isWhitespace && $0 != "\u{00A0}" && $0 != "\u{202F}" }
        for zeros in [".0", ",0", ".00", ",00"] where digits.hasSuffix(zeros) && digits.count > zeros.count {
            digits.removeLast(zeros.count)
            break
        }
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy(\.isASCIIDigit), let number = Int(digits),
            number <= maximumHeadcount
        else { return nil }
        return number
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

extension UnitKind {
    /// 0 for a sector, the top of the tree.
    var rank: Int { UnitKind.allCases.firstIndex(of: self) ?? 0 }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

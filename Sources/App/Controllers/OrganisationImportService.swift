import Fluent
import Foundation
import RoderCore

/// Reads an organisation file (CSV or Excel), compares it with what the tenant has, and
/// applies it — all or nothing, in one transaction, with a snapshot of the structure's
/// figures for its history. Shared by the web import and `roder import-organisation`.
enum OrganisationImportService {
    /// The outcome of reading a file under a mapping.
    struct Reading {
        let table: ImportTable?
        let mapping: ColumnMapping
        let issues: [ImportIssue]
        let plan: ImportPlan?
    }

    /// `chosen` nil: the mapping is guessed (what `remembered` says first, then the headers
    /// and values; a neutral unit-name header goes to the first of `contentLanguages`).
    static func read(_ data: Data, sheet: String? = nil, mapping chosen: ColumnMapping?, remembered: [String: ImportField],
                     contentLanguages: [Language], existing: Existing) -> Reading {
        let table: ImportTable
        do {
            table = try ImportFileReader.read(data, sheet: sheet)
        } catch {
            return Reading(table: nil, mapping: ColumnMapping(), issues: [OrganisationImporter.issue(for: error)], plan: nil)
        }
        let mapping = chosen ?? ColumnMapping.guess(header: table.header, rows: table.rows, remembered: remembered, contentLanguages: contentLanguages)
        switch OrganisationImporter.plan(table, mapping: mapping, existingUnitCodes: existing.unitCodes, existingPersonIDs: existing.personIDs) {
        case .success(let plan): return Reading(table: table, mapping: mapping, issues: [], plan: plan)
        case .failure(let failure): return Reading(table: table, mapping: mapping, issues: failure.issues, plan: nil)
        }
    }

    /// What the tenant has now, keyed the way an import matches it; retired units included
    /// (a file that names one again brings it back).
    struct Existing {
        let units: [OrganisationUnit]
        let people: [Person]

        var unitCodes: Set<String> { Set(units.compactMap(\.code)) }
        var personIDs: Set<String> { Set(people.compactMap(\.externalID)) }

        var unitsByCode: [String: OrganisationUnit] {
            Dictionary(units.compactMap { unit in unit.code.map { ($0, unit) } }, uniquingKeysWith: { first, _ in first })
        }
        var peopleByExternalID: [String: Person] {
            Dictionary(people.compactMap { person in person.externalID.map { ($0, person) } }, uniquingKeysWith: { first, _ in first })
        }

        func diff(_ plan: ImportPlan) -> ImportDiff {
            let codeByID = Dictionary(uniqueKeysWithValues: units.compactMap { unit in unit.code.map { (unit.id!, $0) } })
            let externalByID = Dictionary(uniqueKeysWithValues: people.compactMap { person in person.externalID.map { (person.id!, $0) } })
            return ImportDiff.compute(
                plan,
                units: units.compactMap { unit in
                    unit.code.map {
                        ImportDiff.ExistingUnit(code: $0, name: unit.name, parentCode: unit.$parent.id.flatMap { codeByID[$0] },
                                                kind: UnitKind(rawValue: unit.kind) ?? .unit, headcount: unit.headcount,
                                                managerExternalID: unit.$manager.id.flatMap { externalByID[$0] },
                                                isRetired: unit.retiredAt != nil, handEdit: unit.handEdit)
                    }
                },
                people: people.compactMap { person in
                    person.externalID.map {
                        ImportDiff.ExistingPerson(externalID: $0, name: person.name, title: person.title, email: person.email,
                                                  level: ManagementLevel(rawValue: person.managementLevel) ?? .staff,
                                                  unitCode: person.unitID.flatMap { codeByID[$0] }, handEdit: person.handEdit)
                    }
                }
            )
        }
    }

    static func existing(_ tenant: TenantDatabase) async throws -> Existing {
        Existing(units: try await tenant.query(OrganisationUnit.self).all(), people: try await tenant.query(Person.self).all())
    }

    /// Writes the plan: new units and people are inserted in batches, changed ones updated;
    /// every unit and person in the file is the file's again (hand edits are taken over, a
    /// retired unit comes back). Then the structure's figures are kept. One transaction: a
    /// failure leaves the organisation as it was.
    @discardableResult
    static func apply(_ plan: ImportPlan, organisationID: UUID, targetBand: ClosedRange<Int>, at now: Date,
                      on database: any Database) async throws -> ImportDiff {
        try await database.transaction { database in
            let tenant = TenantDatabase(organisationID: organisationID, database: database)
            let existing = try await existing(tenant)
            let diff = existing.diff(plan)
            var unitsByCode = existing.unitsByCode
            var peopleByExternalID = existing.peopleByExternalID

            // Ids for everything new, so parents, managers and units can refer to each other
            // before anything is written.
            var newUnitIDs: [String: UUID] = [:]
            for unit in plan.units where unitsByCode[unit.code] == nil { newUnitIDs[unit.code] = UUID() }
            func unitID(_ code: String?) -> UUID? { code.flatMap { unitsByCode[$0]?.id ?? newUnitIDs[$0] } }

            // People first: units point at their managers.
            var newPeople: [Person] = []
            for planned in plan.people {
                if let person = peopleByExternalID[planned.externalID] {
                    let level = planned.level.rawValue, unit = unitID(planned.unitCode)
                    // Parts of the name come from the file when it has them; a name the file
                    // changes without parts loses the old parts.
                    let hasParts = planned.firstName != nil || planned.surname != nil
                    let firstName = hasParts ? planned.firstName : (person.name == planned.name ? person.firstName : nil)
                    let surname = hasParts ? planned.surname : (person.name == planned.name ? person.surname : nil)
                    if person.name != planned.name || person.firstName != firstName || person.surname != surname || person.title != planned.title
                        || person.email != planned.email || person.managementLevel != level || person.unitID != unit || person.handEdit != nil {
                        person.name = planned.name
                        person.firstName = firstName
                        person.surname = surname
                        person.title = planned.title
                        person.email = planned.email
                        person.managementLevel = level
                        person.unitID = unit
                        person.handEdit = nil
                        try await person.save(on: database)
                    }
                } else {
                    let person = Person(id: UUID(), organisationID: organisationID, name: planned.name, firstName: planned.firstName,
                                        surname: planned.surname, title: planned.title, email: planned.email,
                                        managementLevel: planned.level.rawValue, externalID: planned.externalID, unitID: unitID(planned.unitCode))
                    newPeople.append(person)
                    peopleByExternalID[planned.externalID] = person
                }
            }
            for batch in newPeople.chunked(into: 500) { try await batch.create(on: database) }

            // Units: new ones parents first, so every batch's parents already exist.
            var newUnits: [OrganisationUnit] = []
            let plannedByCode = Dictionary(plan.units.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
            var depthCache: [String: Int] = [:]
            func depth(_ code: String) -> Int {
                if let known = depthCache[code] { return known }
                var depth = 0, current = plannedByCode[code]?.parentCode
                while let next = current, let parent = plannedByCode[next], depth < 1_000 { depth += 1; current = parent.parentCode }
                depthCache[code] = depth
                return depth
            }
            for planned in plan.units.sorted(by: { depth($0.code) < depth($1.code) }) {
                let managerID = planned.managerPersonID.flatMap { peopleByExternalID[$0]?.id }
                if let unit = unitsByCode[planned.code] {
                    let name = LocalizedText(unit.name.texts.merging(planned.name.texts) { $1 })
                    let parent = unitID(planned.parentCode)
                    if unit.name != name || unit.$parent.id != parent || unit.kind != planned.kind.rawValue || unit.headcount != planned.headcount
                        || unit.$manager.id != managerID || unit.retiredAt != nil || unit.handEdit != nil {
                        unit.name = name
                        unit.$parent.id = parent
                        unit.kind = planned.kind.rawValue
                        unit.headcount = planned.headcount
                        unit.$manager.id = managerID
                        unit.retiredAt = nil
                        unit.handEdit = nil
                        try await unit.save(on: database)
                    }
                } else {
                    let unit = OrganisationUnit(id: newUnitIDs[planned.code], organisationID: organisationID, parentID: unitID(planned.parentCode),
                                                kind: planned.kind.rawValue, name: planned.name, code: planned.code,
                                                headcount: planned.headcount, managerID: managerID)
                    newUnits.append(unit)
                    unitsByCode[planned.code] = unit
                }
            }
            var index = 0
            while index < newUnits.count {
                // A batch never mixes depths, so a unit's parent is always written before it.
                let batchDepth = depth(newUnits[index].code ?? "")
                var end = index
                while end < newUnits.count, end - index < 500, depth(newUnits[end].code ?? "") == batchDepth { end += 1 }
                try await Array(newUnits[index..<end]).create(on: database)
                index = end
            }
            try await StructureHistoryStore.record(.imported, tenant: tenant, targetBand: targetBand, at: now)
            return diff
        }
    }
}

extension Array {
    func chunked(into size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}

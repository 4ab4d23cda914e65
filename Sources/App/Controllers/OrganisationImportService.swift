import Fluent
import Foundation
import RoderCore
import SQLKit

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
    static func read(
        _ data: Data, sheet: String? = nil, mapping chosen: ColumnMapping?, remembered: [String: ImportField],
        contentLanguages: [Language], existing: Existing
    ) -> Reading {
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
    /// (a file that names one again brings it back). Plain values read with plain SQL: an
    /// import compares 10,000 people, and Fluent's models cost a hundredfold more to decode.
    struct Existing {
        struct Unit {
            let id: UUID, code: String?, name: LocalizedText, parentID: UUID?, kind: String, headcount: Int, managerID: UUID?
            let isRetired: Bool, handEdit: HandEdit?
        }

        struct Person {
            let id: UUID, externalID: String?, name: String, firstName: String?, surname: String?, title: String?, email: String?
            let managementLevel: String, unitID: UUID?, handEdit: HandEdit?
        }

        let units: [Unit]
        let people: [Person]

        var unitCodes: Set<String> { Set(units.compactMap(\.code)) }
        var personIDs: Set<String> { Set(people.compactMap(\.externalID)) }

        func diff(_ plan: ImportPlan) -> ImportDiff {
            let codeByID = Dictionary(units.compactMap { unit in unit.code.map { (unit.id, $0) } }, uniquingKeysWith: { first, _ in first })
            let externalByID = Dictionary(people.compactMap { person in person.externalID.map { (person.id, $0) } }, uniquingKeysWith: { first, _ in first })
            return ImportDiff.compute(
                plan,
                units: units.compactMap { unit in
                    unit.code.map {
                        ImportDiff.ExistingUnit(
                            code: $0, name: unit.name, parentCode: unit.parentID.flatMap { codeByID[$0] },
                            kind: UnitKind(rawValue: unit.kind) ?? .unit, headcount: unit.headcount,
                            managerExternalID: unit.managerID.flatMap { externalByID[$0] },
                            isRetired: unit.isRetired, handEdit: unit.handEdit)
                    }
                },
                people: people.compactMap { person in
                    person.externalID.map {
                        ImportDiff.ExistingPerson(
                            externalID: $0, name: person.name, title: person.title, email: person.email,
                            level: ManagementLevel(rawValue: person.managementLevel) ?? .staff,
                            unitCode: person.unitID.flatMap { codeByID[$0] }, handEdit: person.handEdit)
                    }
                }
            )
        }
    }

    static func existing(_ tenant: TenantDatabase) async throws -> Existing {
        let units = try await tenant.select(from: OrganisationUnit.schema)
            .columns("id", "code", "name", "parent_id", "kind", "headcount", "manager_id", "retired_at", "hand_edit")
            .rows()
            .map { row in
                Existing.Unit(
                    id: try row.uuid("id"), code: try row.decode(column: "code", as: String?.self),
                    name: try row.decode(column: "name", as: LocalizedText.self), parentID: try row.optionalUUID("parent_id"),
                    kind: try row.decode(column: "kind", as: String.self), headcount: try row.decode(column: "headcount", as: Int.self),
                    managerID: try row.optionalUUID("manager_id"), isRetired: !(try row.decodeNil(column: "retired_at")),
                    handEdit: try row.decode(column: "hand_edit", as: HandEdit?.self))
            }
        let people = try await tenant.select(from: Person.schema)
            .columns("id", "external_id", "name", "first_name", "surname", "title", "email", "management_level", "unit_id", "hand_edit")
            .rows()
            .map { row in
                Existing.Person(
                    id: try row.uuid("id"), externalID: try row.decode(column: "external_id", as: String?.self),
                    name: try row.decode(column: "name", as: String.self), firstName: try row.decode(column: "first_name", as: String?.self),
                    surname: try row.decode(column: "surname", as: String?.self), title: try row.decode(column: "title", as: String?.self),
                    email: try row.decode(column: "email", as: String?.self),
                    managementLevel: try row.decode(column: "management_level", as: String.self),
                    unitID: try row.optionalUUID("unit_id"), handEdit: try row.decode(column: "hand_edit", as: HandEdit?.self))
            }
        return Existing(units: units, people: people)
    }

    /// A file with people says who the HR data has now: people imported before and missing from
    /// it are marked absent (once, with the date, so their accounts can be listed for
    /// deactivation); everyone in it is present again. A file of units alone says nothing of people.
    private static func markAbsences(_ plan: ImportPlan, organisationID: UUID, at now: Date, on database: any Database) async throws {
        guard !plan.people.isEmpty, let sql = database as? any SQLDatabase else { return }
        try await sql.update(Person.schema).set("absent_since", to: SQLBind(now))
            .where("organisation_id", .equal, SQLBind(organisationID)).where("external_id", .isNot, SQLLiteral.null)
            .where("absent_since", .is, SQLLiteral.null).run()
        for batch in plan.people.map(\.externalID).chunked(into: 500) {
            try await sql.update(Person.schema).set("absent_since", to: SQLLiteral.null)
                .where("organisation_id", .equal, SQLBind(organisationID)).where("external_id", .in, SQLBind.group(batch)).run()
        }
    }

    /// Writes the plan: new units and people are inserted in batches; only the rows that
    /// change are loaded as models and saved. Every unit and person in the file is the
    /// file's again (hand edits are taken over, a retired unit comes back). Then the
    /// structure's figures are kept. One transaction: a failure leaves the organisation as it
    /// was.
    @discardableResult
    static func apply(
        _ plan: ImportPlan, organisationID: UUID, targetBand: ClosedRange<Int>, at now: Date,
        on database: any Database
    ) async throws -> ImportDiff {
        try await database.transaction { database in
            let tenant = TenantDatabase(organisationID: organisationID, database: database)
            let existing = try await existing(tenant)
            let diff = existing.diff(plan)
            let unitsByCode = Dictionary(existing.units.compactMap { unit in unit.code.map { ($0, unit) } }, uniquingKeysWith: { first, _ in first })
            let peopleByExternalID = Dictionary(
                existing.people.compactMap { person in person.externalID.map { ($0, person) } },
                uniquingKeysWith: { first, _ in first })

            // Ids for everything new, so parents, managers and units can refer to each other
            // before anything is written.
            var newUnitIDs: [String: UUID] = [:]
            for unit in plan.units where unitsByCode[unit.code] == nil { newUnitIDs[unit.code] = UUID() }
            var newPersonIDs: [String: UUID] = [:]
            for person in plan.people where peopleByExternalID[person.externalID] == nil { newPersonIDs[person.externalID] = UUID() }
            func unitID(_ code: String?) -> UUID? { code.flatMap { unitsByCode[$0]?.id ?? newUnitIDs[$0] } }
            func personID(_ externalID: String?) -> UUID? { externalID.flatMap { peopleByExternalID[$0]?.id ?? newPersonIDs[$0] } }

            // People first: units point at their managers.
            var newPeople: [Person] = []
            var changedPeople: [UUID: ImportPlan.Person] = [:]
            for planned in plan.people {
                guard let person = peopleByExternalID[planned.externalID] else {
                    newPeople.append(
                        Person(
                            id: newPersonIDs[planned.externalID], organisationID: organisationID, name: planned.name,
                            firstName: planned.firstName, surname: planned.surname, title: planned.title, email: planned.email,
                            managementLevel: planned.level.rawValue, externalID: planned.externalID, unitID: unitID(planned.unitCode)))
                    continue
                }
                let (firstName, surname) = nameParts(planned, replacing: person)
                if person.name != planned.name || person.firstName != firstName || person.surname != surname || person.title != planned.title
                    || person.email != planned.email || person.managementLevel != planned.level.rawValue || person.unitID != unitID(planned.unitCode)
                    || person.handEdit != nil
                {
                    changedPeople[person.id] = planned
                }
            }
            for batch in Array(changedPeople.keys).chunked(into: 500) {
                for person in try await tenant.query(App.Person.self).filter(\.$id ~~ batch).all() {
                    guard let planned = changedPeople[try person.requireID()] else { continue }
                    let (firstName, surname) = nameParts(
                        planned,
                        replacing: Existing.Person(
                            id: try person.requireID(), externalID: person.externalID, name: person.name, firstName: person.firstName, surname: person.surname,
                            title: nil, email: nil, managementLevel: "", unitID: nil, handEdit: nil))
                    person.name = planned.name
                    person.firstName = firstName
                    person.surname = surname
                    person.title = planned.title
                    person.email = planned.email
                    person.managementLevel = planned.level.rawValue
                    person.unitID = unitID(planned.unitCode)
                    person.handEdit = nil
                    try await person.save(on: database)
                }
            }
            try await insert(newPeople, on: database)
            try await markAbsences(plan, organisationID: organisationID, at: now, on: database)

            // Units: new ones parents first, so every batch's parents already exist.
            var newUnits: [OrganisationUnit] = []
            var changedUnits: [UUID: ImportPlan.Unit] = [:]
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
                guard let unit = unitsByCode[planned.code] else {
                    newUnits.append(
                        OrganisationUnit(
                            id: newUnitIDs[planned.code], organisationID: organisationID, parentID: unitID(planned.parentCode),
                            kind: planned.kind.rawValue, name: planned.name, code: planned.code,
                            headcount: planned.headcount, managerID: personID(planned.managerPersonID)))
                    continue
                }
                // A name given in fewer languages than Roder has keeps the others.
                let name = LocalizedText(unit.name.texts.merging(planned.name.texts) { $1 })
                if unit.name != name || unit.parentID != unitID(planned.parentCode) || unit.kind != planned.kind.rawValue
                    || unit.headcount != planned.headcount || unit.managerID != personID(planned.managerPersonID) || unit.isRetired || unit.handEdit != nil
                {
                    changedUnits[unit.id] = planned
                }
            }
            for batch in Array(changedUnits.keys).chunked(into: 500) {
                for unit in try await tenant.query(OrganisationUnit.self).filter(\.$id ~~ batch).all() {
                    guard let planned = changedUnits[try unit.requireID()] else { continue }
                    unit.name = LocalizedText(unit.name.texts.merging(planned.name.texts) { $1 })
                    unit.$parent.id = unitID(planned.parentCode)
                    unit.kind = planned.kind.rawValue
                    unit.headcount = planned.headcount
                    unit.$manager.id = personID(planned.managerPersonID)
                    unit.retiredAt = nil
                    unit.handEdit = nil
                    try await unit.save(on: database)
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

    /// New people as multi-row inserts of plain values: a town's whole staff list is the
    /// bulk of a first import, and building each row through Fluent's model reflection cost
    /// several times the database's own work (docs/PERFORMANCE.md).
    private static func insert(_ people: [Person], on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else {
            for batch in people.chunked(into: 500) { try await batch.create(on: database) }
            return
        }
        for batch in people.chunked(into: 500) {
            var insert = sql.insert(into: Person.schema)
                .columns("id", "organisation_id", "name", "first_name", "surname", "title", "email", "management_level", "external_id", "unit_id")
            for person in batch {
                insert = insert.values(
                    SQLBind(person.id), SQLBind(person.$organisation.id), SQLBind(person.name), SQLBind(person.firstName),
                    SQLBind(person.surname), SQLBind(person.title), SQLBind(person.email), SQLBind(person.managementLevel),
                    SQLBind(person.externalID), SQLBind(person.unitID))
            }
            try await insert.run()
        }
    }

    /// Parts of the name come from the file when it has them; a name the file changes
    /// without parts loses the old parts.
    private static func nameParts(_ planned: ImportPlan.Person, replacing person: Existing.Person) -> (String?, String?) {
        if planned.firstName != nil || planned.surname != nil { return (planned.firstName, planned.surname) }
        return person.name == planned.name ? (person.firstName, person.surname) : (nil, nil)
    }
}

extension Array {
    func chunked(into size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}

import Foundation

/// What an import would change, compared with what Roder has: shown before anything is
/// written, so the HR director sees the consequences first.
public struct ImportDiff: Sendable, Hashable {
    /// A unit as Roder has it, keyed by its code.
    public struct ExistingUnit: Sendable, Hashable {
        public let code: String
        public let name: LocalizedText
        public let parentCode: String?
        public let kind: UnitKind
        public let headcount: Int
        public let managerExternalID: String?

        public init(code: String, name: LocalizedText, parentCode: String?, kind: UnitKind, headcount: Int, managerExternalID: String?) {
            self.code = code
            self.name = name
            self.parentCode = parentCode
            self.kind = kind
            self.headcount = headcount
            self.managerExternalID = managerExternalID
        }
    }

    public struct ExistingPerson: Sendable, Hashable {
        public let externalID: String
        public let name: String
        public let title: String?
        public let email: String?
        public let level: ManagementLevel
        public let unitCode: String?

        public init(externalID: String, name: String, title: String?, email: String?, level: ManagementLevel, unitCode: String?) {
            self.externalID = externalID
            self.name = name
            self.title = title
            self.email = email
            self.level = level
            self.unitCode = unitCode
        }
    }

    public let newUnits: [ImportPlan.Unit]
    public let changedUnits: [ImportPlan.Unit]
    public let unchangedUnitCount: Int
    public let newPeople: [ImportPlan.Person]
    public let changedPeople: [ImportPlan.Person]
    public let unchangedPeopleCount: Int
    /// Units whose manager the import changes (new units with a manager included).
    public let managerChanges: [ImportPlan.Unit]
    /// In Roder but not in the file: kept as they are (an import never deletes).
    public let unitsNotInFile: Int
    public let peopleNotInFile: Int

    public var changesSomething: Bool {
        !newUnits.isEmpty || !changedUnits.isEmpty || !newPeople.isEmpty || !changedPeople.isEmpty
    }

    public static func compute(_ plan: ImportPlan, units existingUnits: [ExistingUnit], people existingPeople: [ExistingPerson]) -> ImportDiff {
        let unitsByCode = Dictionary(existingUnits.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let peopleByID = Dictionary(existingPeople.map { ($0.externalID, $0) }, uniquingKeysWith: { first, _ in first })
        var newUnits: [ImportPlan.Unit] = [], changedUnits: [ImportPlan.Unit] = [], managerChanges: [ImportPlan.Unit] = []
        var unchangedUnits = 0
        for unit in plan.units {
            guard let existing = unitsByCode[unit.code] else {
                newUnits.append(unit)
                if unit.managerPersonID != nil { managerChanges.append(unit) }
                continue
            }
            // A name given in fewer languages than Roder has keeps the others.
            let mergedName = LocalizedText(existing.name.texts.merging(unit.name.texts) { $1 })
            let changed = mergedName != existing.name || unit.parentCode != existing.parentCode || unit.kind != existing.kind
                || unit.headcount != existing.headcount || unit.managerPersonID != existing.managerExternalID
            if changed { changedUnits.append(unit) } else { unchangedUnits += 1 }
            if unit.managerPersonID != existing.managerExternalID { managerChanges.append(unit) }
        }
        var newPeople: [ImportPlan.Person] = [], changedPeople: [ImportPlan.Person] = []
        var unchangedPeople = 0
        for person in plan.people {
            guard let existing = peopleByID[person.externalID] else { newPeople.append(person); continue }
            let changed = existing.name != person.name || existing.title != person.title || existing.email != person.email
                || existing.level != person.level || existing.unitCode != person.unitCode
            if changed { changedPeople.append(person) } else { unchangedPeople += 1 }
        }
        let fileUnitCodes = Set(plan.units.map(\.code)), filePeople = Set(plan.people.map(\.externalID))
        return ImportDiff(
            newUnits: newUnits, changedUnits: changedUnits, unchangedUnitCount: unchangedUnits,
            newPeople: newPeople, changedPeople: changedPeople, unchangedPeopleCount: unchangedPeople,
            managerChanges: managerChanges,
            unitsNotInFile: existingUnits.filter { !fileUnitCodes.contains($0.code) }.count,
            peopleNotInFile: existingPeople.filter { !filePeople.contains($0.externalID) }.count
        )
    }
}

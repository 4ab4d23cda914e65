import Foundation

/// What was changed by hand in Roder since the last import, so that the next import can say
/// what it would overwrite. Kept on the unit or person until an import takes over the row.
public struct HandEdit: Sendable, Hashable, Codable {
    public enum Field: String, CaseIterable, Sendable, Hashable, Codable {
        case name, parent, kind, manager, headcount, retired, title, email, unit, level
    }

    public var fields: Set<Field>
    public var at: Date
    /// Who made the (last) change, as shown to the HR director.
    public var by: String?

    public init(fields: Set<Field>, at: Date, by: String?) {
        self.fields = fields
        self.at = at
        self.by = by
    }

    /// This edit with another one's fields added, dated by the later one.
    public func adding(_ other: HandEdit) -> HandEdit {
        HandEdit(fields: fields.union(other.fields), at: max(at, other.at), by: other.at >= at ? other.by : by)
    }
}

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
        public let isRetired: Bool
        public let handEdit: HandEdit?

        public init(
            code: String, name: LocalizedText, parentCode: String?, kind: UnitKind, headcount: Int, managerExternalID: String?,
            isRetired: Bool = false, handEdit: HandEdit? = nil
        ) {
            self.code = code
            self.name = name
            self.parentCode = parentCode
            self.kind = kind
            self.headcount = headcount
            self.managerExternalID = managerExternalID
            self.isRetired = isRetired
            self.handEdit = handEdit
        }
    }

    public struct ExistingPerson: Sendable, Hashable {
        public let externalID: String
        public let name: String
        public let title: String?
        public let email: String?
        public let level: ManagementLevel
        public let unitCode: String?
        public let handEdit: HandEdit?

        public init(externalID: String, name: String, title: String?, email: String?, level: ManagementLevel, unitCode: String?, handEdit: HandEdit? = nil) {
            self.externalID = externalID
            self.name = name
            self.title = title
            self.email = email
            self.level = level
            self.unitCode = unitCode
            self.handEdit = handEdit
        }
    }

    /// A hand edit the import would undo: which unit or person, which of the hand-edited
    /// fields the file sets differently, and when and by whom they were edited.
    public struct Overwrite: Sendable, Hashable {
        public enum Subject: Sendable, Hashable {
            case unit(code: String, name: LocalizedText)
            case person(externalID: String, name: String)
        }

        public let subject: Subject
        public let fields: [HandEdit.Field]
        public let editedAt: Date
        public let editedBy: String?
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
    /// Changes made by hand in Roder that the import would overwrite, units first.
    public let overwrites: [Overwrite]

    public var changesSomething: Bool {
        !newUnits.isEmpty || !changedUnits.isEmpty || !newPeople.isEmpty || !changedPeople.isEmpty
    }

    public static func compute(_ plan: ImportPlan, units existingUnits: [ExistingUnit], people existingPeople: [ExistingPerson]) -> ImportDiff {
        let unitsByCode = Dictionary(existingUnits.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let peopleByID = Dictionary(existingPeople.map { ($0.externalID, $0) }, uniquingKeysWith: { first, _ in first })
        var newUnits: [ImportPlan.Unit] = [], changedUnits: [ImportPlan.Unit] = [], managerChanges: [ImportPlan.Unit] = []
        var overwrites: [Overwrite] = []
        var unchangedUnits = 0
        for unit in plan.units {
            guard let existing = unitsByCode[unit.code] else {
                newUnits.append(unit)
                if unit.managerPersonID != nil { managerChanges.append(unit) }
                continue
            }
            // A name given in fewer languages than Roder has keeps the others.
            let mergedName = LocalizedText(existing.name.texts.merging(unit.name.texts) { $1 })
            var differing: Set<HandEdit.Field> = []
            if mergedName != existing.name { differing.insert(.name) }
            if unit.parentCode != existing.parentCode { differing.insert(.parent) }
            if unit.kind != existing.kind { differing.insert(.kind) }
            if unit.headcount != existing.headcount { differing.insert(.headcount) }
            if unit.managerPersonID != existing.managerExternalID { differing.insert(.manager) }
            if existing.isRetired { differing.insert(.retired) }
            if differing.isEmpty { unchangedUnits += 1 } else { changedUnits.append(unit) }
            if unit.managerPersonID != existing.managerExternalID { managerChanges.append(unit) }
            if let edit = existing.handEdit, case let undone = edit.fields.intersection(differing), !undone.isEmpty {
                overwrites.append(
                    Overwrite(
                        subject: .unit(code: unit.code, name: existing.name), fields: HandEdit.Field.allCases.filter(undone.contains),
                        editedAt: edit.at, editedBy: edit.by))
            }
        }
        var newPeople: [ImportPlan.Person] = [], changedPeople: [ImportPlan.Person] = []
        var unchangedPeople = 0
        for person in plan.people {
            guard let existing = peopleByID[person.externalID] else { newPeople.append(person); continue }
            var differing: Set<HandEdit.Field> = []
            if existing.name != person.name { differing.insert(.name) }
            if existing.title != person.title { differing.insert(.title) }
            if existing.email != person.email { differing.insert(.email) }
            if existing.level != person.level { differing.insert(.level) }
            if existing.unitCode != person.unitCode { differing.insert(.unit) }
            if differing.isEmpty { unchangedPeople += 1 } else { changedPeople.append(person) }
            if let edit = existing.handEdit, case let undone = edit.fields.intersection(differing), !undone.isEmpty {
                overwrites.append(
                    Overwrite(
                        subject: .person(externalID: person.externalID, name: existing.name),
                        fields: HandEdit.Field.allCases.filter(undone.contains), editedAt: edit.at, editedBy: edit.by))
            }
        }
        let fileUnitCodes = Set(plan.units.map(\.code)), filePeople = Set(plan.people.map(\.externalID))
        return ImportDiff(
            newUnits: newUnits, changedUnits: changedUnits, unchangedUnitCount: unchangedUnits,
            newPeople: newPeople, changedPeople: changedPeople, unchangedPeopleCount: unchangedPeople,
            managerChanges: managerChanges,
            unitsNotInFile: existingUnits.filter { !fileUnitCodes.contains($0.code) && !$0.isRetired }.count,
            peopleNotInFile: existingPeople.filter { !filePeople.contains($0.externalID) }.count,
            overwrites: overwrites
        )
    }
}

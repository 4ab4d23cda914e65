import Foundation

extension DemoTown {
    /// The demo town's structure as values, with identifiers made from the seeds' order.
    public var structure: OrganisationStructure {
        func id(_ index: Int, _ kind: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-%04d-%012d", kind, index))! }
        let personIDs = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($0.element.key, id($0.offset, 1)) })
        let unitIDs = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($0.element.key, id($0.offset, 2)) })
        return OrganisationStructure(
            units: units.map { seed in
                OrgUnit(
                    id: unitIDs[seed.key]!, parentID: seed.parentKey.flatMap { unitIDs[$0] }, kind: UnitKind(rawValue: seed.kind) ?? .unit,
                    name: seed.name, code: seed.code, headcount: seed.headcount, managerID: seed.managerKey.flatMap { personIDs[$0] })
            },
            people: people.map {
                OrgPerson(id: personIDs[$0.key]!, name: $0.name, title: $0.title, level: ManagementLevel(rawValue: $0.managementLevel) ?? .staff)
            }
        )
    }

    /// Four points of the structure's history over the two years up to `now`: the town began
    /// the programme with more, smaller units, each with its own manager, and merged them step
    /// by step — first by import, then by two scenarios, and today's structure last.
    public func structureHistory(endingAt now: Date) -> [(takenAt: Date, cause: StructureSnapshot.Cause, figures: StructureFigures)] {
        let today = structure
        // Small teams, each with a manager of its own, that have since been merged into the unit
        // above them (English name): the team's name and staff.
        let mergedAway: [(into: String, name: LocalizedText, staff: Int)] = [
            ("Home care north", LocalizedText(sv: "Nattpatrullen", fi: "Yöpartio", en: "Night patrol"), 4),
            ("Sjöbacka school", LocalizedText(sv: "Specialundervisningen", fi: "Erityisopetus", en: "Special needs teaching"), 3),
            ("Cleaning", LocalizedText(sv: "Städning öst", fi: "Siivous itä", en: "Cleaning east"), 4),
            ("Streets and parks", LocalizedText(sv: "Parker", fi: "Puistot", en: "Parks"), 3),
            ("Solgläntan care home", LocalizedText(sv: "Dagverksamheten", fi: "Päivätoiminta", en: "Day activities"), 3),
            ("Health centre", LocalizedText(sv: "Mottagningen i byn", fi: "Kylän vastaanotto", en: "Village surgery"), 4),
        ]
        func past(keepingMerged count: Int) -> OrganisationStructure {
            var changes: [ScenarioChange] = []
            var structure = today
            for (index, part) in mergedAway.prefix(count).enumerated() {
                guard let unit = today.units.values.first(where: { $0.name[.english] == part.into }) else { continue }
                let manager = UUID(uuidString: String(format: "00000000-0000-0000-0003-%012d", index))!
                structure.upsert(OrgPerson(id: manager, name: "Tidigare chef \(index + 1)", level: .supervisor))
                let team = UUID(uuidString: String(format: "00000000-0000-0000-0004-%012d", index))!
                changes += [
                    .split(unit: unit.id, newUnit: team, name: part.name, headcount: part.staff, managerID: manager),
                    .move(unit: team, newParent: unit.id),
                ]
            }
            guard var past = try? structure.applying(changes) else { return structure }
            // Each team's manager is one of the unit's staff today.
            for part in mergedAway.prefix(count) {
                guard var unit = past.units.values.first(where: { $0.name[.english] == part.into }) else { continue }
                unit.headcount -= 1
                past.upsert(unit)
            }
            return past
        }
        let day: TimeInterval = 24 * 60 * 60
        let points: [(TimeInterval, StructureSnapshot.Cause, OrganisationStructure)] = [
            (730 * day, .imported, past(keepingMerged: 6)),
            (540 * day, .scenario, past(keepingMerged: 4)),
            (365 * day, .scenario, past(keepingMerged: 2)),
            (30 * day, .imported, today),
        ]
        return points.map { age, cause, structure in
            (now.addingTimeInterval(-age), cause, StructureFigures(OrganisationAnalytics.analyse(structure)))
        }
    }
}

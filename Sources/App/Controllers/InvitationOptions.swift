import Fluent
import Foundation
import RoderCore
import RoderViews

/// What an organisation's invitations choose from: its people with their level and unit,
/// and its unit tree — read once, used for the picker and for turning a choice into people.
struct InvitationOptions {
    /// Units this deep (0 = the whole organisation) are offered; deeper ones come with them.
    static let deepestOfferedUnit = 2

    let people: [Person]
    let units: [OrganisationUnit]
    let localizer: Localizer

    static func load(_ tenant: TenantDatabase, localizer: Localizer) async throws -> InvitationOptions {
        InvitationOptions(
            people: try await tenant.query(Person.self).sort(\.$name).all(),
            units: try await tenant.query(OrganisationUnit.self).filter(\.$retiredAt == nil).all(), localizer: localizer)
    }

    private var candidates: [InvitationChoice.Candidate] {
        people.map { InvitationChoice.Candidate(id: $0.id!, level: ManagementLevel(rawValue: $0.managementLevel) ?? .staff, unitID: $0.unitID) }
    }

    private var unitParents: [UUID: UUID] {
        Dictionary(uniqueKeysWithValues: units.compactMap { unit in unit.$parent.id.map { (unit.id!, $0) } })
    }

    func invitees(_ choice: InvitationChoice) -> [UUID] {
        choice.invitees(from: candidates, unitParents: unitParents)
    }

    func picker(choice: InvitationChoice, error: String? = nil, open: Bool = false) -> InvitationPicker {
        let candidates = candidates, parents = unitParents
        let levels = ManagementLevel.allCases.compactMap { level -> InvitationPicker.Level? in
            let count = candidates.filter { $0.level == level }.count
            return count == 0 ? nil : InvitationPicker.Level(level: level, count: count)
        }
        // The tree in display order, with how many people each unit would bring.
        let children = Dictionary(grouping: units, by: { $0.$parent.id })
        func depthFirst(_ parent: UUID?, depth: Int) -> [(OrganisationUnit, Int)] {
            guard depth <= Self.deepestOfferedUnit else { return [] }
            let sorted = (children[parent] ?? []).sorted { ($0.code ?? "", name($0)) < ($1.code ?? "", name($1)) }
            return sorted.flatMap { [($0, depth)] + depthFirst($0.id, depth: depth + 1) }
        }
        let unitChoices = depthFirst(nil, depth: 0).compactMap { unit, depth -> InvitationPicker.Choice? in
            let count = InvitationChoice(unitIDs: [unit.id!]).invitees(from: candidates, unitParents: parents).count
            guard count > 0 else { return nil }
            // Indented with no-break spaces so the tree reads as one; screen readers skip them.
            let indent = String(repeating: "\u{00A0}\u{00A0}\u{00A0}", count: depth)
            return InvitationPicker.Choice(id: unit.id!, label: indent + localizer(.inviteUnitCount(unit: name(unit), count: String(count))))
        }
        let personChoices = people.map { person in
            InvitationPicker.Choice(id: person.id!, label: person.title.map { "\(person.name) – \($0)" } ?? person.name)
        }
        return InvitationPicker(levels: levels, units: unitChoices, people: personChoices, choice: choice, error: error, open: open)
    }

    private func name(_ unit: OrganisationUnit) -> String {
        localizer.text(unit.name)?.text ?? unit.code ?? "–"
    }
}

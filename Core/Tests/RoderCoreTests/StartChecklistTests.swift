import RoderCore
import Testing

@Suite("A new organisation's start checklist")
struct StartChecklistTests {
    @Test("Each step is ticked by the data that shows it taken, in order")
    func steps() {
        let empty = StartChecklist(.init())
        #expect(empty.done.isEmpty && empty.next == .importOrganisation)
        let imported = StartChecklist(.init(units: 54, managers: 54))
        #expect(imported.done == [.importOrganisation] && imported.next == .chooseProgrammeOwner && imported.managersWithoutAccounts == 54)
        // Every manager needs an account; a few are not enough.
        let partly = StartChecklist(.init(units: 54, managers: 54, managersWithAccounts: 53, programmeOwners: 1))
        #expect(!partly.done.contains(.inviteManagers) && partly.managersWithoutAccounts == 1 && partly.next == .inviteManagers)
        let all = StartChecklist(
            .init(units: 54, managers: 54, managersWithAccounts: 54, programmeOwners: 1, hasProgramme: true, goals: 3, events: 1))
        #expect(all.done == Set(StartChecklist.Step.allCases) && all.next == nil && all.managersWithoutAccounts == 0)
        // Steps taken out of order are still ticked; no managers imported means none to invite.
        let programmeFirst = StartChecklist(.init(hasProgramme: true, goals: 1))
        #expect(programmeFirst.done == [.startProgramme, .addGoals] && programmeFirst.next == .importOrganisation)
    }

    @Test("The administrator takes the organisation's steps, the programme owner the programme's")
    func whoTakesEachStep() {
        #expect(StartChecklist.Step.allCases.filter { $0.takenBy == .administrator } == [.importOrganisation, .chooseProgrammeOwner, .inviteManagers])
        #expect(StartChecklist.Step.allCases.filter { $0.takenBy == .programmeOwner } == [.startProgramme, .addGoals, .planForum])
    }

    @Test("Shown until every step is taken, never once an event has been held")
    func shown() {
        #expect(StartChecklist.isShown(for: .init()))
        #expect(StartChecklist.isShown(for: .init(units: 5, managers: 5, managersWithAccounts: 2)))
        #expect(!StartChecklist.isShown(for: .init(units: 5, managers: 5, managersWithAccounts: 2, events: 3, heldEvents: 1)))
        #expect(
            !StartChecklist.isShown(
                for: .init(units: 5, managers: 5, managersWithAccounts: 5, programmeOwners: 1, hasProgramme: true, goals: 1, events: 1)))
    }
}

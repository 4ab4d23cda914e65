import Testing

@testable import RoderCore

@Suite("Demo town")
struct DemoTownTests {
    let town = DemoTown.sjobacka()

    @Test("The demo town has about 40 units and 60 managers")
    func size() {
        #expect((38...48).contains(town.units.count), "\(town.units.count) units")
        let managers = town.people.filter { ["top", "middle", "supervisor"].contains($0.managementLevel) }
        #expect(managers.count >= 60, "\(managers.count) managers")
    }

    @Test("Units form one tree and every manager exists")
    func unitsFormATree() {
        let keys = Set(town.units.map(\.key))
        #expect(keys.count == town.units.count)
        #expect(town.units.filter { $0.parentKey == nil }.count == 1)
        let people = Set(town.people.map(\.key))
        for unit in town.units {
            if let parent = unit.parentKey { #expect(keys.contains(parent), "\(unit.key)") }
            if let manager = unit.managerKey { #expect(people.contains(manager), "\(unit.key)") }
        }
    }

    @Test("The five development areas each have result goals held by top or middle management")
    func goals() {
        #expect(town.areas.count == 5)
        let people = Dictionary(uniqueKeysWithValues: town.people.map { ($0.key, $0) })
        for area in 1...5 {
            #expect(town.goals.contains { $0.area == area }, "area \(area) has no goal")
        }
        for goal in town.goals {
            #expect(!goal.responsibleKeys.isEmpty)
            for key in goal.responsibleKeys {
                // Immediate supervisors are not part of this programme (PRODUCT.md).
                #expect(["top", "middle"].contains(people[key]?.managementLevel), "\(key)")
            }
        }
        #expect(town.goals.contains { $0.title[.english]?.contains("customer-service") == true })
        #expect(town.goals.contains { $0.title[.english]?.contains("intranet") == true })
    }

    @Test("Every role has a demo account, and names and addresses are unique")
    func accounts() {
        let roles = town.accounts.reduce(into: Set<Role>()) { $0.formUnion($1.roles) }
        #expect(roles == Set(Role.allCases))
        #expect(town.accounts.contains { $0.isProgrammeOperator })
        #expect(Set(town.accounts.map(\.email)).count == town.accounts.count)
        #expect(Set(town.people.map(\.name)).count == town.people.count)
        #expect(town.accounts.allSatisfy { $0.password.count >= PasswordPolicy.minimumLength })
    }

    @Test("The demo town is fictional and bilingual")
    func fictional() {
        #expect(town.contentLanguages == [.swedish, .finnish])
        let everything = ([town.name] + town.units.map(\.name) + town.goals.map(\.title)).flatMap { Array($0.texts.values) }
        #expect(!everything.contains { $0.localizedCaseInsensitiveContains("Lovisa") || $0.localizedCaseInsensitiveContains("Loviisa") })
        for unit in town.units { #expect(unit.name[.swedish] != nil && unit.name[.finnish] != nil, "\(unit.key)") }
    }
}

@Suite("Demo strategy")
struct DemoStrategyTests {
    let town = DemoTown.sjobacka()

    @Test("Every seed points at a goal and a person of the town; two years of values")
    func consistent() {
        let people = Set(town.people.map(\.key))
        let goals = town.goals.indices
        for indicator in town.strategy.indicators { #expect(goals.contains(indicator.goal)) }
        for report in town.strategy.reports {
            #expect(goals.contains(report.goal))
            #expect(people.contains(report.authorKey), "\(report.authorKey)")
            #expect(!report.status.requiresComment || report.comment != nil, "goal \(report.goal) needs a comment")
        }
        for initiative in town.strategy.initiatives {
            #expect(people.contains(initiative.ownerKey))
            #expect(initiative.goals.allSatisfy(goals.contains))
        }
        let years = Set(town.strategy.indicators.flatMap { $0.quarterly.indices.map { DemoStrategy.quarterEnd($0).year } })
        #expect(years == [2025, 2026])
    }

    @Test("The customer-service concept and the intranet are initiatives")
    func article() {
        let titles = town.strategy.initiatives.compactMap { $0.title[.swedish] }
        #expect(titles.contains("Nytt kundservicekoncept") && titles.contains("Nytt intranät"))
    }
}

@Suite("Demo events")
struct DemoEventsTests {
    let town = DemoTown.sjobacka()

    @Test("Two years of events, one a small group whose feedback stays below the threshold")
    func events() {
        let years = Set(town.events.events.map(\.start.year))
        #expect(years.isSuperset(of: [2025, 2026]))
        let small = town.events.events.enumerated().filter { $0.element.coreTeamOnly }
        #expect(small.count == 1)
        for (number, seed) in small {
            // Some answered it, but fewer than the standard k = 5: its results stay hidden.
            let invited = DemoEvents.invited(to: seed, among: town.people)
            let answered = DemoEvents.respondents(event: number, invited: invited.count)
            #expect(invited.count == 4 && invited.allSatisfy { $0.managementLevel == "top" })
            #expect(answered.count > 0 && answered.count < AnonymityThreshold.standard.k)
        }
        // Every other event, once held, reaches k: the demo shows results beside the hidden one.
        for (number, seed) in town.events.events.enumerated() where !seed.coreTeamOnly {
            #expect(
                DemoEvents.respondents(event: number, invited: DemoEvents.invited(to: seed, among: town.people).count).count
                    >= AnonymityThreshold.standard.k, "\(number)")
        }
    }
}

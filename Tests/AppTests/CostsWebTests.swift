import Fluent
import Foundation
import RoderCore
import Testing
import VaporTesting

@testable import App

@Suite("Costs and budget", .serialized)
struct CostsWebTests {
    static func sjobacka(_ app: Application) async throws -> TenantDatabase {
        try await WorkingTimeWebTests.sjobacka(app)
    }

    @Test("The cost view adds the year's working time at each level's rate to the invoices, checked against a count done by hand")
    func byHand() async throws {
        try await withRoderApp { app, _ in
            let tenant = try await Self.sjobacka(app)
            let timeZone = app.config.timeZone
            let (start, end) = WorkingTimeQuery.yearBounds(2025, timeZone: timeZone)
            let rates = try #require(DemoCosts.rates.first { $0.year == 2025 })
            func rate(_ level: String?) -> Int { 100 * (level.flatMap(ManagementLevel.init(rawValue:)).flatMap { rates.byLevel[$0] } ?? rates.standard) }
            var levels: [UUID: String] = [:]
            for person in try await tenant.query(Person.self).all() { levels[person.id!] = person.managementLevel }
            // Cents × minutes for every attendance, held session, entry and preparation, one row at a time.
            var centMinutes = 0
            for event in try await tenant.query(EventRecord.self).filter(\.$startsAt >= start).filter(\.$startsAt < end).all() {
                let minutes = Int(event.endsAt.timeIntervalSince(event.startsAt) / 60)
                for participant in try await tenant.query(EventParticipant.self).filter(\.$event.$id == event.id!).all() where participant.checkedInAt != nil {
                    centMinutes += minutes * rate(levels[participant.$person.id])
                }
                centMinutes += (event.preparationMinutes ?? 0) * rate(nil)
            }
            for session in try await tenant.query(CoachingSessionRecord.self).filter(\.$startsAt >= start).filter(\.$startsAt < end).all()
            where session.sessionStatus == .held {
                for attendee in try await tenant.query(CoachingSessionAttendee.self).filter(\.$session.$id == session.id!).all() {
                    centMinutes += session.minutes * rate(levels[attendee.$person.id])
                }
            }
            for entry in try await tenant.query(TimeEntry.self).all() where entry.date >= start && entry.date < end {
                centMinutes += entry.minutes * rate(levels[entry.$person.id])
            }
            let view = try await CostQuery.year(2025, in: tenant, timeZone: timeZone, localizer: Localizer(language: .swedish))
            // Rounded per group, so within a euro or two of the exact figure.
            #expect(abs(view.costs.total.workingTime.cents - centMinutes / 60) < 200, "\(view.costs.total.workingTime.cents) vs \(centMinutes / 60)")
            // The demo's 2025 invoices, added up by hand: 39 610 €.
            #expect(view.costs.total.external == Money(cents: 3_961_000))
            #expect(DemoCosts.invoices.filter { $0.date.year == 2025 }.reduce(0) { $0 + $1.euros } == 39_610)
            // One area is over its budget, as the demo promises.
            #expect(view.costs.areasOverBudget.count == 1)
            #expect(view.ratesSet && view.costs.budget.total == Money(cents: 12_000_000))

            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            let page = try await owner.get("/working-time/costs?year=2025")
            #expect(page.status == .ok)
            let body = page.body.string
            #expect(body.contains("Kostnader och budget 2025") && body.contains("över budget") && body.contains("39\u{00A0}610\u{00A0}€"))
            #expect(body.contains(Localizer(language: .swedish).money(view.costs.total.total)))
            #expect(body.contains("Analysbolaget Ab") && body.contains("Utredning av enhetsstorlekar"))
            // 2025 is over: no link to a new cost, a sentence why; the form's own page says the same.
            #expect(body.contains("År 2025 är låst") && !body.contains(SiteRoute.newExternalCost(year: 2025).path))
            let newCost = try await owner.get(SiteRoute.newExternalCost(year: 2025).path).body.string
            #expect(newCost.contains("År 2025 är låst") && !newCost.contains("name=\"supplier\""))
        }
    }

    @Test("The owner enters an invoice for an event, corrects it and deletes it; the event and its area carry it")
    func enterInvoice() async throws {
        try await withRoderApp { app, _ in
            let tenant = try await Self.sjobacka(app)
            let (start, end) = WorkingTimeQuery.yearBounds(2026, timeZone: app.config.timeZone)
            let event = try #require(
                try await tenant.query(EventRecord.self).filter(\.$startsAt >= start).filter(\.$startsAt < end).filter(\.$sharedEventID == nil)
                    .filter(\.$areaID != nil).first())
            let before = try await CostQuery.year(2026, in: tenant, timeZone: app.config.timeZone, localizer: Localizer(language: .finnish)).costs
            let owner = TestBrowser(app, acceptLanguage: "fi")
            try await owner.signIn(Account.with(.programmeOwner))
            // The cost page links to the form, which has a page of its own and offers the year's events.
            let page = try await owner.get("/working-time/costs").body.string
            #expect(page.contains(#"href="/working-time/costs/new?year=2026">Lisää kustannus<"#) && !page.contains(#"name="supplier""#))
            let form = try await owner.get(SiteRoute.newExternalCost(year: 2026).path).body.string
            #expect(form.contains("<h1") && form.contains("Lisää kustannus") && form.contains("event:" + event.id!.uuidString))
            #expect(form.contains(#"value="2026-"#), "dated today")
            let saved = try await owner.post(
                "/working-time/costs",
                [
                    ("date", "2026-11-20"), ("amount", "1 250,50"), ("vat", "318,88"), ("supplier", "Konsultti Oy"), ("category", "venue"),
                    ("target", "event:" + event.id!.uuidString), ("description", "Tila ja lounas"),
                ])
            #expect(saved.status == .seeOther && saved.location == "/working-time/costs?year=2026#external")
            let cost = try #require(try await ExternalCost.query(on: app.db).filter(\.$supplier == "Konsultti Oy").first())
            #expect(cost.amountCents == 125_050 && cost.vatCents == 31_888 && cost.eventID == event.id && cost.areaID == nil && cost.category == "venue")
            let after = try await CostQuery.year(2026, in: tenant, timeZone: app.config.timeZone, localizer: Localizer(language: .finnish)).costs
            #expect(after.total.external == before.total.external + Money(cents: 125_050))
            #expect(after.byEvent[event.id!]?.external == (before.byEvent[event.id!]?.external ?? .zero) + Money(cents: 125_050))
            #expect(after.byArea[event.areaID]?.external == (before.byArea[event.areaID]?.external ?? .zero) + Money(cents: 125_050))
            let list = try await owner.get("/working-time/costs?year=2026").body.string
            #expect(list.contains("Kustannus on tallennettu") && list.contains("Konsultti Oy") && list.contains("1\u{00A0}250,50\u{00A0}€"))

            let edit = try await owner.get("/working-time/costs/\(cost.id!.uuidString)")
            #expect(edit.status == .ok && edit.body.string.contains("value=\"1250,50\"") && edit.body.string.contains("value=\"318,88\""))
            let changed = try await owner.post(
                "/working-time/costs/\(cost.id!.uuidString)",
                [("date", "2026-11-21"), ("amount", "2000"), ("vat", ""), ("supplier", "Konsultti Oy"), ("category", "consultant"), ("target", "")])
            #expect(changed.status == .seeOther)
            let updated = try #require(try await ExternalCost.find(cost.id, on: app.db))
            #expect(updated.amountCents == 200_000 && updated.vatCents == 0 && updated.eventID == nil && updated.category == "consultant")
            try await owner.get("/working-time/costs/\(cost.id!.uuidString)")
            #expect(try await owner.post("/working-time/costs/\(cost.id!.uuidString)/delete", []).status == .seeOther)
            #expect(try await ExternalCost.find(cost.id, on: app.db) == nil)
            let audit = try await AuditRecord.query(on: app.db).filter(\.$action == AuditAction.externalCostChanged.rawValue).all()
            #expect(audit.count == 3)
        }
    }

    @Test("Bad amounts, no supplier, no date, a locked year and a foreign target: refused or neutralised, what was typed kept")
    func badInput() async throws {
        try await withRoderApp { app, _ in
            let existing = try await ExternalCost.query(on: app.db).count()
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            try await owner.get("/working-time/costs/new")
            let refused = try await owner.post(
                "/working-time/costs", [("date", ""), ("amount", "tusen"), ("vat", "-5"), ("supplier", ""), ("description", "<script>x</script>")])
            #expect(refused.status == .unprocessableEntity)
            let body = refused.body.string
            #expect(body.contains("<h1") && body.contains("Lägg till en kostnad") && !body.contains("Per utvecklingsområde"), "the form's own page")
            #expect(body.contains("Ange beloppet utan moms") && body.contains("Ange momsen i euro") && body.contains("Ange leverantören"))
            #expect(body.contains("Ange ett datum") && body.contains("value=\"tusen\"") && body.contains("&lt;script&gt;") && !body.contains("<script>x"))
            for amount in ["-1", "1e9", "nan", "100000000,01", "1,2,3,4", String(repeating: "9", count: 5_000), "٣"] {
                try await owner.get("/working-time/costs/new")
                #expect(
                    try await owner.post("/working-time/costs", [("date", "2026-11-10"), ("amount", amount), ("supplier", "X")]).status
                        == .unprocessableEntity, "\(amount.prefix(10))")
            }
            try await owner.get("/working-time/costs/new")
            let locked = try await owner.post("/working-time/costs", [("date", "2025-06-10"), ("amount", "100"), ("supplier", "X")])
            #expect(locked.status == .unprocessableEntity && locked.body.string.contains("År 2025 är låst"))
            try await owner.get("/working-time/costs/new")
            let distant = try await owner.post("/working-time/costs", [("date", "1900-01-01"), ("amount", "100"), ("supplier", "X")])
            #expect(distant.status == .unprocessableEntity)
            #expect(try await ExternalCost.query(on: app.db).count() == existing)

            // Another organisation's event (or anything unknown) becomes the programme; an unknown kind is "other".
            let sjobacka = try await Self.sjobacka(app).organisationID
            let foreignEvent = try #require(try await EventRecord.query(on: app.db).filter(\.$organisation.$id != sjobacka).first())
            try await owner.get("/working-time/costs/new")
            #expect(
                try await owner.post(
                    "/working-time/costs",
                    [
                        ("date", "2026-11-10"), ("amount", "99"), ("supplier", "Främling"), ("category", "shared-event"),
                        ("target", "event:" + foreignEvent.id!.uuidString),
                    ]
                ).status == .seeOther)
            let cost = try #require(try await ExternalCost.query(on: app.db).filter(\.$supplier == "Främling").first())
            #expect(cost.eventID == nil && cost.areaID == nil && cost.engagementID == nil && cost.category == "other")
            #expect(cost.$organisation.id == sjobacka)
            // Another organisation's cost does not exist here.
            let bergvik = TestBrowser(app, acceptLanguage: "sv")
            try await bergvik.signIn(Account.bergvikAdministrator)
            #expect(try await bergvik.get("/working-time/costs/\(cost.id!.uuidString)").status == .notFound)
            #expect(try await bergvik.get("/working-time/costs?year=2026").body.string.contains("Främling") == false)
        }
    }

    @Test("Hourly costs apply from their year on; a budget is set per year and area; bad amounts and locked years are refused")
    func ratesAndBudget() async throws {
        try await withRoderApp { app, _ in
            let tenant = try await Self.sjobacka(app)
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            // Next year has no rates of its own yet: this year's apply, and the page says so.
            let next = try await owner.get("/working-time/budget?year=2027").body.string
            #expect(next.contains("The amounts apply from 2026") && next.contains("value=\"95\""))
            let refused = try await owner.post("/working-time/budget/rates", [("year", "2027"), ("top", "ninety"), ("middle", "2000")])
            #expect(refused.status == .unprocessableEntity)
            #expect(
                refused.body.string.contains("Top management: give an amount") && refused.body.string.contains("value=\"ninety\""),
                "\(refused.body.string.components(separatedBy: "<main").last!.prefix(1500))")
            try await owner.get("/working-time/budget?year=2027")
            let noStandard = try await owner.post("/working-time/budget/rates", [("year", "2027"), ("top", "99")])
            #expect(noStandard.status == .unprocessableEntity && noStandard.body.string.contains("Give the standard amount"))
            try await owner.get("/working-time/budget?year=2027")
            #expect(
                try await owner.post("/working-time/budget/rates", [("year", "2027"), ("standard", "52.50"), ("top", "99")]).status == .seeOther)
            let rates2027 = try #require(try await CostQuery.rates(year: 2027, in: tenant))
            #expect(rates2027.standard == Money(cents: 5_250) && rates2027.rate(for: .top) == Money(cents: 9_900))
            #expect(rates2027.rate(for: .middle) == Money(cents: 5_250))
            // 2026 keeps its own.
            #expect(try await CostQuery.rates(year: 2026, in: tenant)?.rate(for: .top) == Money(cents: 9_500))

            let area = try #require(try await CostQuery.areas(tenant).first)
            try await owner.get("/working-time/budget?year=2027")
            let badBudget = try await owner.post(
                "/working-time/budget", [("year", "2027"), ("budget-whole", "lots"), ("budget-" + area.id.uuidString.lowercased(), "20,000")])
            #expect(badBudget.status == .unprocessableEntity && badBudget.body.string.contains("The whole programme (€): give an amount"))
            #expect(badBudget.body.string.contains("value=\"20,000\""))
            try await owner.get("/working-time/budget?year=2027")
            #expect(
                try await owner.post(
                    "/working-time/budget", [("year", "2027"), ("budget-whole", "140 000"), ("budget-" + area.id.uuidString.lowercased(), "20,000")]
                ).status == .seeOther)
            let budget = try await CostQuery.budget(year: 2027, in: tenant)
            #expect(budget.total == Money(cents: 14_000_000) && budget.byArea == [area.id: Money(cents: 2_000_000)])
            let view = try await owner.get("/working-time/costs?year=2027").body.string
            #expect(view.contains("€140,000") && view.contains("The budget is saved"))
            // Emptied, the budget is gone.
            try await owner.get("/working-time/budget?year=2027")
            #expect(try await owner.post("/working-time/budget", [("year", "2027")]).status == .seeOther)
            #expect(try await CostQuery.budget(year: 2027, in: tenant) == YearBudget())

            // A locked year and a year out of range.
            try await owner.get("/working-time/budget?year=2025")
            let locked = try await owner.post("/working-time/budget", [("year", "2025"), ("budget-whole", "1")])
            #expect(locked.status == .unprocessableEntity && locked.body.string.contains("The year 2025 is locked"))
            try await owner.get("/working-time/budget")
            #expect(try await owner.post("/working-time/budget", [("year", "99999999999999999999")]).status == .badRequest)
            #expect(try await CostQuery.budget(year: 2025, in: tenant).total == Money(cents: 12_000_000))
        }
    }

    @Test("Who sees and who enters costs: the viewer reads, a manager and a coach do not; a shared forum's cost is split by attendance")
    func rolesAndSharedEvents() async throws {
        try await withRoderApp { app, _ in
            let viewer = TestBrowser(app, acceptLanguage: "sv")
            try await viewer.signIn(Account.with(.viewer))
            let page = try await viewer.get("/working-time/costs?year=2026")
            #expect(page.status == .ok && !page.body.string.contains("name=\"supplier\"") && !page.body.string.contains("/working-time/costs/"))
            #expect(try await viewer.get("/working-time/budget").status == .ok)
            #expect(try await viewer.post("/working-time/costs", [("date", "2026-11-10"), ("amount", "1"), ("supplier", "X")]).status == .forbidden)
            let manager = TestBrowser(app, acceptLanguage: "sv")
            try await manager.signIn(Account.with(.manager))
            #expect(try await manager.get("/working-time/costs").status == .forbidden)
            #expect(!(try await manager.get("/working-time").body.string.contains("/working-time/costs")))

            // The operator's 5 600 € for the regional forum, split between the towns by attendance.
            let shared = try #require(try await SharedEvent.query(on: app.db).sort(\.$startsAt).first())
            #expect(shared.costCents == 560_000)
            var attended: [UUID: Int] = [:]
            for part in try await EventRecord.query(on: app.db).filter(\.$sharedEventID == shared.id).all() {
                attended[part.$organisation.id] = try await EventParticipant.query(on: app.db).filter(\.$event.$id == part.id!).all()
                    .filter { $0.checkedInAt != nil }.count
            }
            #expect(attended.count == 2 && attended.values.allSatisfy { $0 > 0 })
            let total = attended.values.reduce(0, +)
            var shares = Money.zero
            for (organisationID, count) in attended {
                let tenant = TenantDatabase(organisationID: organisationID, database: app.db)
                let view = try await CostQuery.year(2026, in: tenant, timeZone: app.config.timeZone, localizer: Localizer(language: .swedish))
                let share = try #require(view.external.first { $0.category == .sharedEvent })
                #expect(abs(share.amount.cents - 560_000 * count / total) <= 1)
                #expect(share.id == nil)
                shares = shares + share.amount
            }
            #expect(shares == Money(cents: 560_000))
            #expect((try await viewer.get("/working-time/costs?year=2026")).body.string.contains("Det gemensamma programmet (andel efter närvaro)"))

            // The operator changes the cost on the event's form and sees the split on its page.
            let operatorBrowser = TestBrowser(app, acceptLanguage: "fi")
            try await operatorBrowser.signIn(Account.programmeOperator)
            let path = "/operator/events/\(shared.id!.uuidString.lowercased())/edit"
            let form = try await operatorBrowser.get(path).body.string
            #expect(form.contains("value=\"5600\""))
            var fields = WorkingTimeWebTests.formFields(try #require(form.components(separatedBy: "<form action=\"\(path)\"").dropFirst().first))
            fields.removeAll { $0.0 == "cost" || $0.0 == "_csrf" }
            let refused = try await operatorBrowser.post(path, fields + [("cost", "paljon")])
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Anna kustannus euroina"))
            #expect(refused.body.string.contains("value=\"paljon\""))
            try await operatorBrowser.get(path)
            #expect(try await operatorBrowser.post(path, fields + [("cost", "6 000,00")]).status == .seeOther)
            #expect(try await SharedEvent.find(shared.id, on: app.db)?.costCents == 600_000)
            let operatorPage = try await operatorBrowser.get("/operator/events/\(shared.id!.uuidString.lowercased())").body.string
            #expect(operatorPage.contains("Kustannus ja sen jako") && operatorPage.contains("6\u{00A0}000,00\u{00A0}€"))
            let split = SharedCostSplit.shares(of: Money(cents: 600_000), attendedByOrganisation: attended)
            for share in split.values { #expect(operatorPage.contains(Localizer(language: .finnish).money(share, cents: true))) }
        }
    }
}

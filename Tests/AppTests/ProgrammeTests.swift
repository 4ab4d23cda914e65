import Fluent
import Foundation
import RoderCore
import RoderViews
import Testing
import VaporTesting

@testable import App

/// The programme owner's side of the strategy issue: settings, areas, locked years,
/// corrections, carry-over, initiatives, archive — and the manager's quick update.
@Suite("Programmes, initiatives and the archive", .serialized)
struct ProgrammeTests {
    static func programme(_ app: Application) async throws -> Programme {
        try #require(try await Programme.query(on: app.db).all().first { $0.name[.swedish] == "Ledarskap i praktiken" })
    }

    static func path(_ route: SiteRoute) -> String { route.path }

    @Test("Thresholds change the colours; a wrong form comes back as typed; the change is audited")
    func thresholds() async throws {
        try await withRoderApp { app, _ in
            let programme = try await Self.programme(app)
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            let settings = SiteRoute.programme(programme.id!).path
            // Goal "Every manager has a personal development plan" is at 81 %: green by default.
            #expect(try await owner.get("/strategy").body.string.contains(#"<span class="progress progress-green">81 %</span>"#))
            try await owner.get(settings)
            let refused = try await owner.post(
                settings,
                [
                    ("name-sv", "Ledarskap i praktiken"), ("name-fi", "Johtaminen käytäntöön"),
                    ("start", "2025"), ("end", "2027"), ("green", "50"), ("amber", "60"), ("rollUp", "average"), ("anonymityK", "2"),
                ])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("amber may not be higher than green"))
            #expect(refused.body.string.contains(#"value="60""#))
            #expect(refused.body.string.contains("at least 3"))
            let saved = try await owner.post(
                settings,
                [
                    ("name-sv", "Ledarskap i praktiken"), ("name-fi", "Johtaminen käytäntöön"),
                    ("start", "2025"), ("end", "2028"), ("green", "90"), ("amber", "60"), ("rollUp", "weighted"), ("anonymityK", "4"),
                ])
            #expect(saved.status == .seeOther)
            let view = try await owner.get("/strategy").body.string
            #expect(view.contains(#"<span class="progress progress-amber">81 %</span>"#))
            #expect(view.contains("2025–2028"))
            let changed = try await Self.programme(app)
            #expect(changed.settings.rollUp == .weighted && changed.greenThreshold == 0.9 && changed.anonymityThreshold.k == 4)
            #expect(try await AuditRecord.query(on: app.db).filter(\.$action == AuditAction.programmeChanged.rawValue).count() == 1)
            // The audit log says it in words, not codes.
            let audit = try await owner.get("/audit").body.string
            #expect(
                audit.contains(
                    "2025–2027, 70/40 %, Average of the goal's indicators, k=5 → 2025–2028, 90/60 %, Weighted average, by each indicator's weight, k=4"))
        }
    }

    @Test("Areas are added, renamed, reordered, archived and restored")
    func areas() async throws {
        try await withRoderApp { app, _ in
            let programme = try await Self.programme(app)
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            let settings = SiteRoute.programme(programme.id!).path
            try await owner.get(settings)
            try await owner.post(SiteRoute.programmeAreas(programme.id!).path, [("title-sv", "Digitalisering"), ("title-fi", "Digitalisaatio")])
            let areas = try await DevelopmentArea.query(on: app.db).filter(\.$programme.$id == programme.id!).sort(\.$position).all()
            #expect(areas.count == 6 && areas.last?.title[.finnish] == "Digitalisaatio")
            let added = areas.last!
            try await owner.get(settings)
            try await owner.post(SiteRoute.developmentAreaMove(added.id!).path, [("offset", "-1")])
            let order = try await DevelopmentArea.query(on: app.db).filter(\.$programme.$id == programme.id!).sort(\.$position).all()
            #expect(order[4].id == added.id)
            try await owner.get(settings)
            try await owner.post(SiteRoute.developmentArea(added.id!).path, [("title-sv", "Digital service"), ("title-fi", "Digitaalinen palvelu")])
            #expect(try await owner.get("/strategy").body.string.contains("5. Digital service"))

            // Archived: gone from the overview, listed in the archive, back when restored.
            try await owner.get(settings)
            let archived = try await owner.post(SiteRoute.strategyArchive.path, [("kind", "area"), ("id", added.id!.uuidString), ("action", "archive")])
            let archive = try await owner.follow(archived).body.string
            #expect(archive.contains("Digital service"))
            #expect(!(try await owner.get("/strategy").body.string.contains("Digital service")))
            try await owner.get(SiteRoute.strategyArchive.path)
            try await owner.post(SiteRoute.strategyArchive.path, [("kind", "area"), ("id", added.id!.uuidString), ("action", "restore")])
            #expect(try await owner.get("/strategy").body.string.contains("Digital service"))
            #expect(try await DevelopmentArea.find(added.id, on: app.db) != nil)
        }
    }

    @Test("A goal shows the programme's years of values and reports, every year a link away; progress still counts an earlier value")
    func goalYears() async throws {
        try await withRoderApp { app, _ in
            let goal = try await GoalStatusTests.goal(app, english: "New interactive intranet")
            let organisationID = goal.$organisation.id
            let indicator = try #require(try await Indicator.query(on: app.db).filter(\.$goal.$id == goal.id!).first())
            let earlier = try #require(ISO8601DateFormatter().date(from: "2019-05-20T10:00:00Z"))
            try await MeasurementRecord(
                organisationID: organisationID, indicatorID: indicator.id!, date: earlier, value: 1_234, comment: "Förra programmet",
                recordedBy: "Tidigare chef", recordedAt: earlier
            ).create(on: app.db)
            try await GoalStatusUpdate(
                organisationID: organisationID, goalID: goal.id!, status: .atRisk, comment: "Rapport från 2019", authorUserID: nil,
                authorName: "Tidigare chef", at: earlier
            ).create(on: app.db)
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            let goalPath = SiteRoute.goal(goal.id!).path
            let programmeYears = try await owner.get(goalPath).body.string
            #expect(programmeYears.contains("Mätvärden och rapporter från 2025 och framåt: programmets år."))
            #expect(programmeYears.contains(goalPath + "?years=all\""))
            #expect(!programmeYears.contains("Rapport från 2019") && !programmeYears.contains("Förra programmet"))
            let everyYear = try await owner.get(goalPath + "?years=all").body.string
            #expect(everyYear.contains("Mätvärden och rapporter från alla år."))
            #expect(everyYear.contains("Rapport från 2019") && everyYear.contains("Förra programmet"))

            // An indicator whose only value lies before the programme: its progress is still shown.
            let lone = Indicator(
                organisationID: organisationID, goalID: goal.id!, name: LocalizedText(sv: "Gammal mätare"), unit: "st", baseline: 0, target: 10,
                direction: .up)
            try await lone.create(on: app.db)
            try await MeasurementRecord(
                organisationID: organisationID, indicatorID: lone.id!, date: earlier, value: 5, comment: nil, recordedBy: "Tidigare chef",
                recordedAt: earlier
            ).create(on: app.db)
            let withLone = try await owner.get(goalPath).body.string
            #expect(withLone.contains(#"<h3>Gammal mätare <span class="progress progress-"#))
            #expect(withLone.contains(#"Gammal mätare <span class="progress progress-grey">–"#) == false)
            #expect(withLone.range(of: #"Gammal mätare <span class="progress progress-[a-z]+">50 %"#, options: .regularExpression) != nil)
        }
    }

    @Test("An indicator lists its latest values with their correction forms; every value a link away; the chart has them all")
    func latestValuesListed() async throws {
        try await withRoderApp { app, _ in
            let goal = try await GoalStatusTests.goal(app, english: "New interactive intranet")
            let indicator = try #require(try await Indicator.query(on: app.db).filter(\.$goal.$id == goal.id!).first())
            let start = try #require(ISO8601DateFormatter().date(from: "2026-10-01T10:00:00Z"))
            for day in 0..<30 {
                let date = start.addingTimeInterval(Double(day) * 86_400)
                try await MeasurementRecord(
                    organisationID: goal.$organisation.id, indicatorID: indicator.id!, date: date, value: Double(1_000 + day),
                    comment: "Value-\(100 + day)", recordedBy: "Chef", recordedAt: date
                ).create(on: app.db)
            }
            let total = try await MeasurementRecord.query(on: app.db).filter(\.$indicator.$id == indicator.id!).filter(\.$replacedAt == nil).count()
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            let goalPath = SiteRoute.goal(goal.id!).path
            let page = try await owner.get(goalPath).body.string
            let anchor = "#indicator-" + indicator.id!.uuidString.lowercased()
            #expect(page.contains("Value-129") && page.contains("Value-118") && !page.contains("Value-117") && !page.contains("Value-100"))
            #expect(page.contains("Showing \(GoalPage.valuesListed) of \(total).") && page.contains(goalPath + "?values=all" + anchor))
            #expect(page.contains(#"id="\#(anchor.dropFirst())""#))
            // The chart still draws every value of the years shown.
            let chart = try #require(page.range(of: "id=\"chart-" + indicator.id!.uuidString.lowercased()))
            let svg = page[chart.lowerBound...].prefix { $0 != "\u{0}" }
            let end = try #require(svg.range(of: "</svg>"))
            #expect(svg[..<end.lowerBound].components(separatedBy: "<circle").count - 1 == total)
            let all = try await owner.get(goalPath + "?values=all").body.string
            #expect(all.contains("Value-100") && all.contains("Value-129") && !all.contains("Showing \(GoalPage.valuesListed) of"))
            // Every year and every value: both choices kept in the link.
            #expect(try await owner.get(goalPath + "?years=all").body.string.contains(goalPath + "?years=all&amp;values=all" + anchor))
        }
    }

    @Test("An ended year is locked; the owner unlocks it (audited), a manager corrects a value, the old one is kept")
    func lockingAndCorrections() async throws {
        try await withRoderApp { app, _ in
            let programme = try await Self.programme(app)
            let goal = try await GoalStatusTests.goal(app, english: "New interactive intranet")
            let indicator = try #require(try await Indicator.query(on: app.db).filter(\.$goal.$id == goal.id!).first())
            let values = try await MeasurementRecord.query(on: app.db).filter(\.$indicator.$id == indicator.id!).sort(\.$date).all()
            let old = try #require(values.first)  // 31 March 2025: a locked year
            let recent = try #require(values.last)  // 30 September 2026: open
            let goalPath = SiteRoute.goal(goal.id!).path

            let manager = TestBrowser(app, acceptLanguage: "en")
            try await manager.signIn(Account.with(.manager))
            let page = try await manager.get(goalPath).body.string
            #expect(page.contains("locked"))
            let locked = try await manager.post(SiteRoute.measurementCorrection(old.id!).path, [("value", "29"), ("comment", "Wrong source")])
            #expect(locked.status == .unprocessableEntity)
            #expect(locked.body.string.contains("2025"))
            try await manager.get(goalPath)
            let noReason = try await manager.post(SiteRoute.measurementCorrection(recent.id!).path, [("value", "37"), ("comment", "")])
            #expect(noReason.status == .unprocessableEntity)
            // The refused correction comes back open, with the value typed.
            let correctionForm = #"id="correct-\#(recent.id!.uuidString.lowercased())-value""#
            #expect(noReason.body.string.contains(correctionForm + #" required inputmode="decimal" value="37""#))
            try await manager.get(goalPath)
            let corrected = try await manager.post(SiteRoute.measurementCorrection(recent.id!).path, [("value", "37,5"), ("comment", "Counted twice")])
            #expect(corrected.status == .seeOther)
            let after = try await manager.follow(corrected).body.string
            #expect(after.contains("corrected from 36"))
            let replaced = try #require(try await MeasurementRecord.find(recent.id, on: app.db))
            #expect(replaced.replacedAt != nil)
            let current = try await MeasurementRecord.query(on: app.db).filter(\.$indicator.$id == indicator.id!).filter(\.$replacedAt == nil).all()
            #expect(current.count == values.count && current.contains { $0.value == 37.5 && $0.replacesID == recent.id })
            let audit = try #require(try await AuditRecord.query(on: app.db).filter(\.$action == AuditAction.measurementCorrected.rawValue).first())
            #expect(audit.before?.contains("36") == true && audit.after?.contains("37.5") == true)

            // The owner unlocks 2025; now the old value can be corrected; locking again stops it.
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            try await owner.get(SiteRoute.programme(programme.id!).path)
            try await owner.post(SiteRoute.periodLock(programme.id!, year: 2025).path, [("action", "unlock")])
            #expect(try await AuditRecord.query(on: app.db).filter(\.$action == AuditAction.periodUnlocked.rawValue).count() == 1)
            #expect(try await owner.get(SiteRoute.programme(programme.id!).path).body.string.contains("Unlocked by Helena Lindqvist"))
            try await manager.get(goalPath)
            #expect(try await manager.post(SiteRoute.measurementCorrection(old.id!).path, [("value", "29"), ("comment", "Wrong source")]).status == .seeOther)
            try await owner.get(SiteRoute.programme(programme.id!).path)
            try await owner.post(SiteRoute.periodLock(programme.id!, year: 2025).path, [("action", "lock")])
            try await manager.get(goalPath)
            let measure = SiteRoute.indicatorMeasurements(indicator.id!).path
            #expect(try await manager.post(measure, [("date", "2025-12-15"), ("value", "33")]).status == .unprocessableEntity)
        }
    }

    @Test("Carrying over copies unfinished goals of the year with responsible persons and indicators, once")
    func carryOver() async throws {
        try await withRoderApp { app, _ in
            let programme = try await Self.programme(app)
            let source = try await GoalStatusTests.goal(app, english: "Harmonised manager roles in every sector")  // ends 2026, at risk
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            let settings = SiteRoute.programme(programme.id!).path
            #expect(try await owner.get(settings).body.string.contains("Carry 1 goals over to 2027"))
            try await owner.post(SiteRoute.carryOver(programme.id!, year: 2026).path, [])
            let copies = try await ResultGoal.query(on: app.db).filter(\.$carriedFromID == source.id!).all()
            #expect(copies.count == 1)
            let copy = try #require(copies.first)
            #expect(copy.title == source.title && copy.status == .notStarted)
            let responsible = try await GoalResponsible.query(on: app.db).filter(\.$goal.$id == copy.id!).count()
            #expect(responsible == 1)
            let indicator = try #require(try await Indicator.query(on: app.db).filter(\.$goal.$id == copy.id!).first())
            #expect(indicator.baseline == 70 && indicator.target == 100)
            #expect(try await MeasurementRecord.query(on: app.db).filter(\.$indicator.$id == indicator.id!).count() == 0)
            // Again: nothing more to carry, and nothing is copied twice.
            #expect(try await owner.get(settings).body.string.contains("None to carry over"))
            try await owner.post(SiteRoute.carryOver(programme.id!, year: 2026).path, [])
            #expect(try await ResultGoal.query(on: app.db).filter(\.$carriedFromID == source.id!).count() == 1)
            // The last year cannot be carried out of the programme.
            try await owner.get(settings)
            let beyond = try await owner.post(SiteRoute.carryOver(programme.id!, year: 2027).path, [])
            #expect(try await owner.follow(beyond).body.string.contains("Extend the programme first"))
        }
    }

    @Test("Initiatives: the owner creates one with a milestone; overdue stands out; only its owner or the programme owner ticks it off")
    func initiatives() async throws {
        try await withRoderApp { app, _ in
            let goal = try await GoalStatusTests.goal(app, english: "Sickness absence below 4 %")
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            try await owner.get(SiteRoute.initiatives.path)
            let refused = try await owner.post(SiteRoute.initiatives.path, [("title-fi", "Työhyvinvointiohjelma"), ("goal[]", goal.id!.uuidString)])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Työhyvinvointiohjelma"))
            let created = try await owner.post(
                SiteRoute.initiatives.path,
                [
                    ("title-sv", "Program för arbetshälsa"), ("title-fi", "Työhyvinvointiohjelma"), ("status", "underway"), ("goal[]", goal.id!.uuidString),
                ])
            let initiativePath = try #require(created.location)
            try await owner.get(initiativePath)
            // Refused without a date: back with the title typed, the form open.
            let refusedMilestone = try await owner.post(initiativePath + "/milestones", [("title-sv", "Enkät till all personal"), ("due", "")])
            #expect(refusedMilestone.status == .unprocessableEntity)
            #expect(refusedMilestone.body.string.contains(#"id="milestone-title-sv" value="Enkät till all personal""#))
            try await owner.get(initiativePath)
            try await owner.post(initiativePath + "/milestones", [("title-sv", "Enkät till all personal"), ("due", "2026-09-30")])
            let overview = try await owner.get(SiteRoute.initiatives.path).body.string
            #expect(overview.contains("Program för arbetshälsa"))
            #expect(overview.contains(#"<p class="milestone overdue">"#))
            // Each row names its owner and its goals.
            let goalTitle = try #require(goal.title[.swedish])
            #expect(overview.contains("Karin Sandell") && overview.contains(goalTitle))
            #expect(try await owner.get("/strategy").body.string.contains("Enkät till all personal"))

            let milestone = try #require(try await MilestoneRecord.query(on: app.db).all().first { $0.title[.swedish] == "Enkät till all personal" })
            // Karin Sandell owns the customer-service and intranet initiatives, not this one.
            let manager = TestBrowser(app, acceptLanguage: "sv")
            try await manager.signIn(Account.with(.manager))
            try await manager.get(initiativePath)
            #expect(try await manager.post(SiteRoute.milestone(milestone.id!).path, [("done", "1")]).status == .forbidden)
            let own = try #require(try await MilestoneRecord.query(on: app.db).all().first { $0.title[.swedish] == "Utbildning av all kundservicepersonal" })
            try await manager.get(SiteRoute.initiatives.path)
            #expect(try await manager.post(SiteRoute.milestone(own.id!).path, [("done", "1")]).status == .seeOther)
            #expect(try await MilestoneRecord.find(own.id, on: app.db)?.doneAt != nil)
            #expect(try await owner.get("/audit").body.string.contains("Ändrade delmålet Utbildning av all kundservicepersonal: klart"))

            // Another organisation sees none of it.
            let bergvik = TestBrowser(app, acceptLanguage: "fi")
            try await bergvik.signIn(Account.bergvikAdministrator)
            #expect(try await bergvik.get(initiativePath).status == .notFound)
            #expect(!(try await bergvik.get(SiteRoute.initiatives.path).body.string.contains("arbetshälsa")))
        }
    }

    @Test("The owner edits a goal, archives it and restores it")
    func editAndArchiveGoal() async throws {
        try await withRoderApp { app, _ in
            let goal = try await GoalStatusTests.goal(app, english: "Premises cost per inhabitant down 5 %")
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            let edit = SiteRoute.editGoal(goal.id!).path
            let form = try await owner.get(edit).body.string
            #expect(form.contains(#"value="2025-01-01""#))
            let person = try #require(try await Person.query(on: app.db).filter(\.$name == "Helena Lindqvist").first())
            let refused = try await owner.post(
                edit,
                [
                    ("area", goal.$area.id.uuidString), ("title-sv", "Lägre lokalkostnader"), ("start", "2026-01-01"), ("end", "2025-01-01"),
                    ("responsible[]", person.id!.uuidString),
                ])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Lägre lokalkostnader"))
            let saved = try await owner.post(
                edit,
                [
                    ("area", goal.$area.id.uuidString), ("title-sv", "Lägre lokalkostnader"), ("title-fi", "Pienemmät tilakustannukset"),
                    ("start", "2025-01-01"), ("end", "2027-12-31"), ("responsible[]", person.id!.uuidString),
                ])
            #expect(saved.status == .seeOther)
            let changed = try #require(try await ResultGoal.find(goal.id, on: app.db))
            #expect(changed.title[.swedish] == "Lägre lokalkostnader")
            #expect(try await GoalResponsible.query(on: app.db).filter(\.$goal.$id == goal.id!).all().map { $0.$person.id } == [person.id!])

            try await owner.get(edit)
            try await owner.post(SiteRoute.strategyArchive.path, [("kind", "goal"), ("id", goal.id!.uuidString), ("action", "archive")])
            #expect(!(try await owner.get("/strategy").body.string.contains("Lägre lokalkostnader")))
            #expect(try await owner.get(SiteRoute.strategyArchive.path).body.string.contains("Lägre lokalkostnader"))
            try await owner.post(SiteRoute.strategyArchive.path, [("kind", "goal"), ("id", goal.id!.uuidString), ("action", "restore")])
            #expect(try await owner.get("/strategy").body.string.contains("Lägre lokalkostnader"))
        }
    }

    @Test("My responsibilities: a manager reports from the start page and comes back to it")
    func quickUpdate() async throws {
        try await withRoderApp { app, _ in
            let goal = try await GoalStatusTests.goal(app, english: "New customer-service concept in use")
            let manager = TestBrowser(app, acceptLanguage: "fi")
            try await manager.signIn(Account.with(.manager))
            let home = try await manager.get("/").body.string
            #expect(home.contains(#"<form action="\#(SiteRoute.goalStatus(goal.id!).path)""#))
            let saved = try await manager.post(
                SiteRoute.goalStatus(goal.id!).path, [("status", "on_track"), ("comment", "Koulutus alkoi."), ("return", "home")])
            #expect(saved.location == "/#my-responsibilities")
            #expect(try await manager.follow(saved).body.string.contains("Tila on tallennettu."))
            #expect(try await ResultGoal.find(goal.id, on: app.db)?.status == .onTrack)
        }
    }
}

@Suite("Starting a programme", .serialized)
struct NewProgrammeTests {
    @Test("An organisation without a programme starts one from the strategy page; a refused form keeps what was typed")
    func start() async throws {
        try await withRoderApp { app, _ in
            let bergvik = try #require(try await Organisation.query(on: app.db).filter(\.$slug == "bergvik").first())
            try await Programme.query(on: app.db).filter(\.$organisation.$id == bergvik.id!).delete()
            let owner = TestBrowser(app, acceptLanguage: "fi")
            try await owner.signIn(Account.bergvikAdministrator)
            #expect(try await owner.get("/strategy").body.string.contains(#"<form action="/strategy/programmes""#))
            let refused = try await owner.post("/strategy/programmes", [("name-fi", "Uusi johtaminen"), ("start", "2027"), ("end", "2026")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(#"value="Uusi johtaminen""#))
            try await owner.get("/strategy")
            let created = try await owner.post("/strategy/programmes", [("name-fi", "Uusi johtaminen"), ("start", "2026"), ("end", "2028")])
            #expect(created.status == .seeOther)
            let programme = try #require(try await Programme.query(on: app.db).filter(\.$organisation.$id == bergvik.id!).first())
            #expect(try await DevelopmentArea.query(on: app.db).filter(\.$programme.$id == programme.id!).count() == 5)
        }
    }
}

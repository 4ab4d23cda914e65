import Fluent
import Foundation
import RoderCore
import Testing
import VaporTesting

@testable import App

@Suite("The annual programme report", .serialized)
struct ReportWebTests {
    @Test("The demo's first year: every section, the owner's comments, figures as of the year's end, the same page twice for a locked year")
    func firstYear() async throws {
        try await withRoderApp { app, clock in
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            let page = try await owner.get("/reports?year=2025")
            #expect(page.status == .ok)
            let body = page.body.string
            for heading in [
                "Programrapport 2025", "1. Mål och resultat", "2. Initiativ och delmål", "3. Närvaro", "4. Respons", "5. Coachning och kompetens",
                "6. Organisationen", "7. Tid och kostnader", "Innehåll", "Sammanfattning", "Programägarens kommentar",
            ] {
                #expect(body.contains(heading), "\(heading)")
            }
            #expect(!body.contains("Inte byggt ännu"))
            #expect(body.contains("År 2025 är låst"))
            #expect(body.contains(DemoReport.summary[.swedish]!.components(separatedBy: "\n")[0]))
            // 2025's events only: the February forum, not the 2026 ones.
            #expect(body.contains("Ledarforum: strategin i praktiken") && !body.contains("Ledarforum: kompetens och roller"))
            // The costs are the year's: 39 610 € of invoices, one area over its budget.
            #expect(body.contains("39\u{00A0}610\u{00A0}€") && body.contains("över budget"))
            // A locked year's report does not change as time passes and the programme goes on:
            // a status report and a measurement recorded after the year's end leave it as it was.
            let tenant = try await WorkingTimeWebTests.sjobacka(app)
            let indicator = try #require(try await tenant.query(Indicator.self).first())
            clock.advance(by: 3_600)
            try await tenant.create(
                GoalStatusUpdate(
                    organisationID: tenant.organisationID, goalID: indicator.$goal.id, status: .atRisk, comment: "Efter årsskiftet",
                    authorUserID: nil, authorName: "Test", at: clock.now))
            try await tenant.create(
                MeasurementRecord(
                    organisationID: tenant.organisationID, indicatorID: indicator.id!, date: clock.now, value: 12_345, comment: nil, recordedBy: "Test",
                    recordedAt: clock.now))
            let again = try await owner.get("/reports?year=2025").body.string
            #expect(!again.contains("Efter årsskiftet") && !again.contains("12\u{00A0}345"))
            #expect(Self.withoutVolatileParts(again) == Self.withoutVolatileParts(body))
        }
    }

    @Test("Swedish and Finnish side by side; English on its own; a year or language that is not there falls back")
    func languages() async throws {
        try await withRoderApp { app, _ in
            let viewer = TestBrowser(app, acceptLanguage: "fi")
            try await viewer.signIn(Account.with(.viewer))
            let both = try await viewer.get("/reports?year=2025&language=both").body.string
            #expect(both.contains("Programrapport 2025") && both.contains("Ohjelmaraportti 2025") && both.contains("bilingual-report"))
            #expect(both.contains(#"<div lang="sv">"#) && both.contains(#"<div lang="fi">"#))
            let english = try await viewer.get("/reports?year=2025&language=en").body.string
            #expect(english.contains("Programme report 2025") && english.contains("7. Time and cost") && !english.contains("bilingual-report"))
            #expect(try await viewer.get("/reports?year=abc&language=xx").status == .ok)
            #expect(try await viewer.get("/reports?year=99999999999999999999").status == .ok)
            // The viewer reads; only the programme owner writes the comments.
            #expect(!both.contains("/reports/texts"))
            #expect(try await viewer.get("/reports/texts").status == .forbidden)
            let manager = TestBrowser(app, acceptLanguage: "fi")
            try await manager.signIn(Account.with(.manager))
            #expect(try await manager.get("/reports").status == .forbidden)
        }
    }

    @Test("The owner writes the comments for the open year in both languages; too long is refused as typed; a locked year's are kept")
    func ownerTexts() async throws {
        try await withRoderApp { app, _ in
            let tenant = try await WorkingTimeWebTests.sjobacka(app)
            let area = try #require(try await CostQuery.areas(tenant).first)
            let owner = TestBrowser(app, acceptLanguage: "fi")
            try await owner.signIn(Account.with(.programmeOwner))
            let form = try await owner.get("/reports/texts?year=2026")
            #expect(form.status == .ok && form.body.string.contains("summary.sv") && form.body.string.contains("summary.fi"))
            let key = area.id.uuidString.lowercased()
            let refused = try await owner.post(
                "/reports/texts", [("year", "2026"), ("summary.fi", String(repeating: "a", count: 2_001)), (key + ".sv", "<b>Bra</b>")])
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("enintään 2 000 merkkiä"))
            #expect(refused.body.string.contains("&lt;b&gt;Bra&lt;/b&gt;"))
            try await owner.get("/reports/texts?year=2026")
            let saved = try await owner.post(
                "/reports/texts", [("year", "2026"), ("summary.fi", "Hyvä vuosi.\nJatketaan."), ("summary.sv", "Ett bra år."), (key + ".sv", "<b>Bra</b>")])
            #expect(saved.status == .seeOther && saved.location == "/reports?year=2026")
            let report = try await owner.get("/reports?year=2026").body.string
            #expect(report.contains("Kommentit on tallennettu") && report.contains("<p>Hyvä vuosi.</p><p>Jatketaan.</p>"))
            #expect(report.contains("&lt;b&gt;Bra&lt;/b&gt;") && !report.contains("<b>Bra</b>"))
            let rows = try await tenant.query(ReportText.self).filter(\.$year == 2026).all()
            #expect(rows.count == 2 && rows.first { $0.areaID == nil }?.text[.swedish] == "Ett bra år.")
            // 2025 is locked: its comments stay as they were.
            #expect(try await owner.get("/reports/texts?year=2025").body.string.contains("Vuosi 2025 on lukittu"))
            #expect(try await owner.post("/reports/texts", [("year", "2025"), ("summary.fi", "Muutettu")]).status == .forbidden)
            #expect(try await tenant.query(ReportText.self).filter(\.$year == 2025).filter(\.$areaID == nil).first()?.text == DemoReport.summary)
        }
    }

    /// The page minus what differs between two requests: the CSRF token and the day it was produced.
    static func withoutVolatileParts(_ html: String) -> String {
        html.replacingOccurrences(of: #"name="_csrf" value="[^"]*""#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"Utskriven [^<]*<"#, with: "", options: .regularExpression)
    }
}

import Fluent
import Foundation
import RoderCore
import Testing
import VaporTesting

@testable import App

@Suite("Event materials: links and checked uploads", .serialized)
struct MaterialAppTests {
    @Test("The host adds a link and a PDF; a disguised program and a script link are refused; managers download; another town cannot")
    func materials() async throws {
        try await withRoderApp { app, clock in
            let (path, event) = try await EventTests.seminar(app, clock: clock)
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            try await owner.get(path)
            let badLink = try await owner.post(path + "/materials", [("title", "Klicka"), ("url", "javascript:alert(1)")])
            #expect(badLink.status == .unprocessableEntity && badLink.body.string.contains("Skriv en webbadress"))
            // The link's form comes back open, with the title and address as typed.
            #expect(
                badLink.body.string.contains(#"id="link-title" value="Klicka""#) && badLink.body.string.contains(#"id="link-url" value="javascript:alert(1)""#))
            #expect(
                try await owner.post(path + "/materials", [("title", "Kommunförbundets rapport"), ("url", "https://www.example.fi/rapport")]).status
                    == .seeOther)
            let pdf = Data("%PDF-1.7\n1 0 obj\n<< >>\nendobj\n%%EOF".utf8)
            try await owner.get(path)
            let uploaded = try await owner.upload(
                path + "/materials", field: "file", fileName: "Program 2026.pdf", content: pdf, fields: [("title", "Program")])
            #expect(uploaded.status == .seeOther)
            try await owner.get(path)
            let disguised = try await owner.upload(
                path + "/materials", field: "file", fileName: "program.pdf", content: Data([0x4D, 0x5A, 0x90, 0x00]),
                fields: [("title", "Program")])
            #expect(disguised.status == .unprocessableEntity && disguised.body.string.contains("Den här filtypen tas inte emot"))
            #expect(disguised.body.string.contains(#"id="file-title" value="Program""#))
            #expect(try await EventMaterial.query(on: app.db).count() == 2)

            let manager = TestBrowser(app, acceptLanguage: "sv")
            try await manager.signIn(Account.with(.manager))
            let page = try await manager.get(path).body.string
            #expect(page.contains(#"href="https://www.example.fi/rapport" rel="noopener noreferrer""#) && !page.contains("Lägg till en länk"))
            let file = try #require(try await EventMaterial.query(on: app.db).filter(\.$fileName != nil).first())
            let download = try await manager.get(SiteRoute.eventMaterial(event.id!, material: file.id!).path)
            #expect(download.status == .ok && download.headers.first(name: .contentType) == "application/pdf")
            #expect(download.headers.first(name: .contentDisposition)?.contains("attachment") == true)
            #expect(Data(buffer: download.body) == pdf)

            let bergvik = TestBrowser(app, acceptLanguage: "fi")
            try await bergvik.signIn(Account.bergvikAdministrator)
            #expect(try await bergvik.get(SiteRoute.eventMaterial(event.id!, material: file.id!).path).status == .notFound)

            try await owner.get(path)
            #expect(try await owner.post(SiteRoute.eventMaterialDelete(event.id!, material: file.id!).path, []).status == .seeOther)
            #expect(try await EventMaterial.query(on: app.db).count() == 1)
        }
    }
}

import Foundation
import RoderCore
import RoderViews
import Testing
import VaporTesting

@testable import App

@Suite("Every page renders", .serialized)
struct PageTests {
    static let pages = ["/", "/account", "/admin/users", "/admin/users/new", "/audit"] + ProgrammeArea.allCases.map { "/" + $0.pathComponent }

    @Test("Each page renders for its users in each language, with one h1, a skip link and no untranslated text", arguments: Language.allCases)
    func pagesRender(language: Language) async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: language.code)
            try await browser.signIn(Account.bergvikAdministrator)
            for path in Self.pages {
                let response = try await browser.get(path)
                let body = response.body.string
                #expect(response.status == .ok, "\(path)")
                #expect(body.contains(#"<html lang="\#(language.code)">"#), "\(path)")
                #expect(body.components(separatedBy: "<h1").count == 2, "\(path) must have exactly one h1")
                #expect(body.contains(##"href="#main""##), "\(path)")
                #expect(!body.contains("{"), "\(path) has an unfilled placeholder")
                #expect(response.headers.first(name: .cacheControl) == "no-store")
            }
        }
    }

    @Test("The stylesheet is served with a long cache lifetime; other asset names are 404")
    func assets() async throws {
        try await withRoderApp { app, _ in
            let css = try await app.testing().sendRequest(.GET, "/assets/" + RoderViewsStylesheet.fileName)
            #expect(css.status == .ok)
            #expect(css.headers.first(name: .cacheControl)?.contains("immutable") == true)
            #expect(css.body.string.contains("@media print"))
            #expect(try await app.testing().sendRequest(.GET, "/assets/../../etc/passwd").status == .notFound)
            #expect(try await app.testing().sendRequest(.GET, "/assets/other.css").status == .notFound)
        }
    }
}

typealias RoderViewsStylesheet = RoderViews.Stylesheet

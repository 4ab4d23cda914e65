import Foundation
import Testing
import Vapor

@testable import App

/// `FormFields`, the one way a form is read: Vapor's decoder parses, fields come back as typed.
@Suite("Reading a form")
struct FormFieldsTests {
    private func fields(_ body: String) throws -> FormFields {
        try URLEncodedFormDecoder().decode(FormFields.self, from: body)
    }

    @Test("Fields are decoded: plus is a space, escapes become letters; a repeated field keeps every value, the first counts")
    func decoding() throws {
        let form = try fields("comment=Bra+m%C3%B6te%2C+tack%21&relevance=4&relevance=5&empty=&_csrf=a%2Bb%3D&goal=a&goal=b")
        #expect(form["comment"] == "Bra möte, tack!")
        #expect(form["relevance"] == "4")
        #expect(form.values("goal") == ["a", "b"])
        #expect(form["empty"] == "")
        #expect(form["_csrf"] == "a+b=")
        #expect(form["missing"] == nil)
        #expect(form.values("missing").isEmpty)
        // Checkbox groups named with brackets, as the question editor's are: "key[]".
        #expect(try fields("key%5B%5D=relevance&key%5B%5D=comment&remove[]=comment").values("key") == ["relevance", "comment"])
        #expect(try fields("remove[]=comment").values("remove") == ["comment"])
    }

    @Test("Identifiers and per-language text come out typed")
    func typedReads() throws {
        let id = UUID()
        let form = try fields("unit=\(id.uuidString.lowercased())&bad=x&title-sv=M%C3%B6te&title-fi=Kokous")
        #expect(form.id("unit") == id)
        #expect(form.id("bad") == nil)
        #expect(form.id("missing") == nil)
        let title = form.localized("title", languages: [.swedish, .finnish, .english])
        #expect(title[.swedish] == "Möte")
        #expect(title[.finnish] == "Kokous")
    }

    @Test(
        "Whatever a browser escapes reads back as it was typed",
        arguments: [
            "Bra möte – tack!", "a+b=c&d", "100 %", "Hyvä 😀 kiitos", "rad\nrad", " ", "åäö ÅÄÖ", "%41", "\"><b>x</b>",
        ])
    func roundTrip(_ typed: String) throws {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        let escaped = typed.addingPercentEncoding(withAllowedCharacters: allowed)!.replacingOccurrences(of: "%20", with: "+")
        #expect(try fields("comment=\(escaped)")["comment"] == typed)
    }

    @Test(
        "A body that does not decode is an empty form over HTTP: the form's own message, not a server error",
        arguments: ["a=%FF", "a=100%", "%zz=1", "a[b=1", "a[b]=c&a=d", String(repeating: "a[", count: 500) + "=1"])
    func malformedOverHTTP(_ body: String) async throws {
        try await withRoderApp { app, _ in
            let response = try await app.testing().sendRequest(
                .POST, "/sign-in", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: body))
            #expect(response.status.code < 500, "\(body)")
        }
    }
}

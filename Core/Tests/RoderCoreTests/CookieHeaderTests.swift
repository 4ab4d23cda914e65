import Testing

@testable import RoderCore

@Suite("Reading one cookie from the Cookie header")
struct CookieHeaderTests {
    @Test("The named cookie's value, wherever it stands; nothing for a name it only resembles")
    func namedValue() {
        let header = ["roder_lang=fi; roder_session=AbC-123_x; other=1"]
        #expect(CookieHeader.value(named: "roder_session", in: header) == "AbC-123_x")
        #expect(CookieHeader.value(named: "roder_lang", in: header) == "fi")
        #expect(CookieHeader.value(named: "other", in: header) == "1")
        #expect(CookieHeader.value(named: "session", in: header) == nil)
        #expect(CookieHeader.value(named: "roder_session", in: ["x_roder_session=1; roder_sessionx=2"]) == nil)
        #expect(CookieHeader.value(named: "roder_session", in: []) == nil)
    }

    @Test("Spaces, tabs, quotes, empty values, several headers and the first of two alike")
    func edges() {
        #expect(CookieHeader.value(named: "a", in: ["  a=1 ;b=2"]) == "1")
        #expect(CookieHeader.value(named: "b", in: ["a=1;\tb=2\t"]) == "2")
        #expect(CookieHeader.value(named: "a", in: ["a=\"quoted value\""]) == "quoted value")
        #expect(CookieHeader.value(named: "a", in: ["a="]) == "")
        #expect(CookieHeader.value(named: "a", in: ["a"]) == nil)
        #expect(CookieHeader.value(named: "b", in: ["a=1", "b=2"]) == "2")
        #expect(CookieHeader.value(named: "a", in: ["a=1; a=2"]) == "1")
        #expect(CookieHeader.value(named: "a", in: ["a=x=y"]) == "x=y")
        #expect(CookieHeader.value(named: "å", in: ["å=ö"]) == "ö")
    }
}

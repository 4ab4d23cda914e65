import Foundation
import Testing

@testable import RoderCore
@testable import RoderViews

/// Escaping at one depth: every attribute and text node Roder writes is escaped once,
/// completely, by construction (see `EscapedAttributes.swift`).
@Suite("Escaping")
struct EscapingTests {
    static let hostile = "\"'><b>x</b>&amp;&#34;\u{0007}\u{0000}\u{202E}"
    /// The hostile text as an attribute value must read, and as text.
    static let asAttribute = "&quot;&#39;&gt;&lt;b&gt;x&lt;/b&gt;&amp;amp;&amp;#34;\u{FFFD}\u{FFFD}\u{202E}"
    static let asText = "\"'&gt;&lt;b&gt;x&lt;/b&gt;&amp;amp;&amp;#34;\u{FFFD}\u{FFFD}\u{202E}"

    @Test("Each builder Roder uses escapes its value: Roder's declarations shadow Plot's")
    func builders() {
        let body = everyEscapingBuilder(Self.hostile)
        #expect(!body.contains("<b>"))
        #expect(!body.unicodeScalars.contains { $0.value < 0x20 })
        let attributes = body.components(separatedBy: "=\"").count - 1 - 1  // all but type="text"
        #expect(body.components(separatedBy: "=\"\(Self.asAttribute)\"").count - 1 == attributes, "\(body)")
        #expect(body.components(separatedBy: ">\(Self.asText)<").count - 1 == 5, "\(body)")
    }

    @Test("Rows written as text escape every value they are given, as the builders do")
    func tableRows() {
        let h = Self.hostile
        var rows = TableRows()
        rows.row { row in
            row.header(.text(h), .paragraph(class: h, h))
            row.cell(class: h, .span(class: h, h), .language(code: h, h))
            row.cell()
        }
        let a = Self.asAttribute, t = Self.asText
        #expect(
            rows.html
                == "<tr><th scope=\"row\">\(t)<p class=\"\(a)\">\(t)</p></th><td class=\"\(a)\"><span class=\"\(a)\">\(t)</span>"
                + "<span lang=\"\(a)\">\(t)</span></td><td></td></tr>")
    }

    @Test("Typed entities show as typed, not as the character they name")
    func oneDepth() {
        #expect(escapedText("R&amp;D &lt;3 &#x41;") == "R&amp;amp;D &amp;lt;3 &amp;#x41;")
        #expect(escapedAttribute("R&amp;D \"x\"") == "R&amp;amp;D &quot;x&quot;")
    }

    @Test("Views use only the builders that escape: Plot's text-taking builders Roder does not shadow do not appear")
    func sourceScan() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/RoderViews").standardized
        let unshadowed = [
            ".sizes(", ".color(", ".srcset(", ".media(", ".integrity(", ".onclick(", ".property(", ".allow(",
            "Attribute(name:", "Node.raw(", "renderRawText",
        ]
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") && $0 != "EscapedAttributes.swift" }
        #expect(files.count > 10)
        for file in files {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for builder in unshadowed {
                #expect(!source.contains(builder), "\(file) uses \(builder), which Plot does not escape")
            }
            // Raw markup only from Roder's own drawing code, which escapes what it draws
            // (read without white space, however the call is broken over lines).
            let compact = source.filter { !$0.isWhitespace }
            for occurrence in compact.components(separatedBy: ".raw(").dropFirst() {
                #expect(
                    occurrence.hasPrefix("SVGChart.") || occurrence.hasPrefix("chart)") || occurrence.hasPrefix("qr.svg("),
                    "\(file): .raw(\(occurrence.prefix(40))")
            }
        }
    }
}

/// Every page, in every language, with hostile text in every user-controlled field of its
/// model: quotes, markup, typed entities, control characters, an RTL override, 10 kB.
@Suite("Hostile values on every page")
struct HostileValueTests {
    static let long = String(repeating: "å", count: 10_000)
    /// Pages made of Roder's own words and figures only.
    static let pagesWithoutUserText =
        [
            "new user form", "organisation analytics with history", "working time locked, no person", "costs empty, no rates, read only",
            "new external cost, year locked", "home, a new organisation's checklist", "choose password, link used",
            "choose password, unknown link", "attendance, none held", "events, none yet", "events, none yet, for a manager", "feedback overview, none yet",
        ]
        + ["forbidden", "notFound", "formExpired", "badRequest", "tooManyRequests", "serverError"].map { "error \($0)" }

    @Test("Hostile text is escaped wherever a page writes it", arguments: RoderCore.Language.allCases)
    func everyPage(language: RoderCore.Language) {
        let prefix = EscapingTests.hostile + Self.long
        let pages = ViewTests.$userText.withValue({ prefix + $0 }) { ViewTests.pages(language) }
        #expect(pages.count > 50)
        var withoutUserText: [String] = []
        for (name, html) in pages {
            #expect(!html.contains("<b>x</b>"), "\(name): live markup")
            #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(name): a control character")
            // Every occurrence of the hostile text is escaped once: quotes as references in
            // attributes (or anywhere), the typed entity shown as typed. A chart may shorten it.
            let occurrences = html.components(separatedBy: "&lt;b&gt;x&lt;/b&gt;").count - 1
            let escaped =
                html.components(separatedBy: "&quot;&#39;&gt;&lt;b&gt;x&lt;/b&gt;&amp;amp;").count - 1
                + html.components(separatedBy: "\"'&gt;&lt;b&gt;x&lt;/b&gt;&amp;amp;").count - 1
            #expect(occurrences == escaped, "\(name): \(occurrences - escaped) of \(occurrences) escaped otherwise")
            #expect(!html.contains("=\"\"'"), "\(name): a quote ends an attribute")
            if occurrences == 0 { withoutUserText.append(name) }
            // The markup around it is intact: a document with its one main landmark.
            #expect(html.components(separatedBy: "<main").count == 2, "\(name)")
        }
        // Every page shows some user text but those made of Roder's own words only.
        #expect(withoutUserText.sorted() == Self.pagesWithoutUserText.sorted())
    }
}

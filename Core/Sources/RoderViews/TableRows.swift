import Plot
import RoderCore

/// The body rows of a long table, written straight into text.
///
/// Plot builds a tree of closures and type-erased nodes for every cell: for a table of a
/// thousand rows (the annual report of a large programme) that tree costs more than reading
/// the rows from the database. These rows write the same markup Plot would, without the tree.
/// Escaping by construction, as in `EscapedAttributes.swift`: element names are fixed here,
/// and every text and attribute value a caller passes is escaped on the way in; there is no
/// way to add markup.
struct TableRows {
    /// What goes inside a cell, in order.
    indirect enum Content {
        /// Text as it is.
        case text(String)
        /// Text in `<span class="…">`.
        case span(class: String, String)
        /// Text in another language than the page's: `<span lang="…">`.
        case language(code: String, String)
        /// Text in `<p class="…">`.
        case paragraph(class: String, String)
        /// Text in `<strong>`.
        case strong(String)
        /// Contents in `<a href="…">`.
        case link(href: String, Content)
        /// Contents in `<p class="…">`.
        case paragraphOf(class: String, [Content])
        /// Contents in `<span class="…">`.
        case spanOf(class: String, [Content])
        /// A line break, `<br/>`.
        case lineBreak

        /// A multilingual text as `localized(_:_:)` shows it: in the reader's language, or
        /// marked with the language it falls back to, or "–".
        static func localized(_ text: LocalizedText, _ context: PageContext) -> Content {
            guard let resolved = context.localizer.text(text) else { return .text("–") }
            return resolved.language == context.language ? .text(resolved.text) : .language(code: resolved.language.code, resolved.text)
        }
    }

    private(set) var html = ""

    /// One `<tr>`: its cells are added by `header` and `cell` inside `cells`.
    mutating func row(_ cells: (inout TableRows) -> Void) {
        html += "<tr>"
        cells(&self)
        html += "</tr>"
    }

    /// `<th scope="row">`: what the row is about.
    mutating func header(_ content: Content...) {
        header(contents: content)
    }

    /// `header(_:)` with its contents as an array.
    mutating func header(contents content: [Content]) {
        html += #"<th scope="row">"#
        write(content)
        html += "</th>"
    }

    /// `<td>`, with a class when given (`number` for right-aligned figures).
    mutating func cell(class className: String? = nil, _ content: Content...) {
        cell(class: className, contents: content)
    }

    /// `cell(class:_:)` with its contents as an array.
    mutating func cell(class className: String? = nil, contents content: [Content]) {
        if let className {
            html += #"<td class=""# + Markup.attribute(className) + #"">"#
        } else {
            html += "<td>"
        }
        write(content)
        html += "</td>"
    }

    private mutating func write(_ content: [Content]) {
        for part in content { write(part) }
    }

    private mutating func write(_ part: Content) {
        switch part {
        case .text(let text):
            html += Markup.text(text)
        case .span(let className, let text):
            html += #"<span class=""# + Markup.attribute(className) + #"">"# + Markup.text(text) + "</span>"
        case .language(let code, let text):
            html += #"<span lang=""# + Markup.attribute(code) + #"">"# + Markup.text(text) + "</span>"
        case .paragraph(let className, let text):
            html += #"<p class=""# + Markup.attribute(className) + #"">"# + Markup.text(text) + "</p>"
        case .strong(let text):
            html += "<strong>" + Markup.text(text) + "</strong>"
        case .link(let href, let inner):
            html += #"<a href=""# + Markup.attribute(href) + #"">"#
            write(inner)
            html += "</a>"
        case .paragraphOf(let className, let inner):
            html += #"<p class=""# + Markup.attribute(className) + #"">"#
            write(inner)
            html += "</p>"
        case .lineBreak:
            html += "<br/>"
        case .spanOf(let className, let inner):
            html += #"<span class=""# + Markup.attribute(className) + #"">"#
            write(inner)
            html += "</span>"
        }
    }
}

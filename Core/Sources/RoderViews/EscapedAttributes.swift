import Plot
import RoderCore

// Escaping by construction.
//
// Plot 0.14 writes attribute values exactly as given, so a `"` in a unit's name would end a
// `value="…"` and let the rest of the name become markup; and its text escaping keeps
// anything that looks like an entity (`&quot;` typed by a user would show as `"`).
//
// These declarations have the same names and types as Plot's own builders. Swift prefers a
// declaration from the module being compiled over the imported one it shadows, so every
// `.value(…)`, `.href(…)`, `.attribute(named:value:)`, `.element(named:text:)` and `.text(…)` written in RoderViews
// comes here and is escaped once, completely: no call site has to remember, and none can
// escape twice. `EscapingTests` renders each builder with hostile text to prove the
// shadowing holds, and `HostileValueTests` renders every page with hostile values.
//
// Builders taking a String that are not listed here are not used by Roder; if one is
// needed, add it here first (the source scan in `EscapingTests` fails otherwise).

/// The value of an attribute, quoted with `"` (`Markup.attribute`).
func escapedAttribute(_ value: String) -> String { Markup.attribute(value) }

/// Text between tags (`Markup.text`).
func escapedText(_ text: String) -> String { Markup.text(text) }

private extension Attribute {
    static func escaped(_ name: String, _ value: String?, ignoreIfValueIsEmpty: Bool = true) -> Attribute {
        Attribute(name: name, value: value.map(escapedAttribute), ignoreIfValueIsEmpty: ignoreIfValueIsEmpty)
    }
}

// MARK: - Any context

extension Node {
    static func text(_ text: String) -> Node { .raw(escapedText(text)) }

    static func element(named name: String, text: String) -> Node { .element(named: name, nodes: [.text(text)]) }

    static func attribute(named name: String, value: String?, ignoreIfValueIsEmpty: Bool = true) -> Node {
        .attribute(.escaped(name, value, ignoreIfValueIsEmpty: ignoreIfValueIsEmpty))
    }
}

extension Attribute {
    static func attribute(named name: String, value: String?) -> Attribute { .escaped(name, value) }
}

// MARK: - HTML attributes that take text

extension Attribute where Context: HTMLContext {
    static func id(_ id: String) -> Attribute { .escaped("id", id) }
    static func `class`(_ className: String) -> Attribute { .escaped("class", className) }
    static func data(named name: String, value: String) -> Attribute { .escaped("data-\(name)", value) }
    static func title(_ title: String) -> Attribute { .escaped("title", title) }
}

extension Node where Context: HTMLContext {
    static func id(_ id: String) -> Node { .attribute(.escaped("id", id)) }
    static func `class`(_ className: String) -> Node { .attribute(.escaped("class", className)) }
    static func data(named name: String, value: String) -> Node { .attribute(.escaped("data-\(name)", value)) }
    static func title(_ title: String) -> Node { .attribute(.escaped("title", title)) }
}

extension Attribute where Context: HTMLNamableContext {
    static func name(_ name: String) -> Attribute { .escaped("name", name) }
}

extension Node where Context: HTMLNamableContext {
    static func name(_ name: String) -> Node { .attribute(.escaped("name", name)) }
}

extension Attribute where Context: HTMLTypeContext {
    static func type(_ type: String) -> Attribute { .escaped("type", type) }
}

extension Attribute where Context: HTMLValueContext {
    static func value(_ value: String) -> Attribute { .escaped("value", value) }
}

extension Node where Context: HTMLValueContext {
    static func value(_ value: String) -> Node { .attribute(.escaped("value", value)) }
}

extension Attribute where Context: HTMLLinkableContext {
    static func href(_ url: any URLRepresentable) -> Attribute { .escaped("href", url.description) }
}

extension Node where Context: HTMLLinkableContext {
    static func href(_ url: any URLRepresentable) -> Node { .attribute(.escaped("href", url.description)) }
}

extension Node where Context == HTML.TimeContext {
    static func datetime(_ datetime: String) -> Node { .attribute(.escaped("datetime", datetime)) }
}

extension Attribute where Context: HTMLSourceContext {
    static func src(_ url: any URLRepresentable) -> Attribute { .escaped("src", url.description) }
}

extension Node where Context: HTMLSourceContext {
    static func src(_ url: any URLRepresentable) -> Node { .attribute(.escaped("src", url.description)) }
}

extension Node where Context == HTML.FormContext {
    static func action(_ url: any URLRepresentable) -> Node { .attribute(.escaped("action", url.description)) }
}

extension Node where Context == HTML.LabelContext {
    static func `for`(_ target: String) -> Node { .attribute(.escaped("for", target)) }
}

extension Attribute where Context == HTML.InputContext {
    static func placeholder(_ placeholder: String) -> Attribute { .escaped("placeholder", placeholder) }
}

extension Node where Context == HTML.TextAreaContext {
    static func placeholder(_ placeholder: String) -> Node { .attribute(.escaped("placeholder", placeholder)) }
}

extension Attribute where Context == HTML.OptionContext {
    static func label(_ label: String) -> Attribute { .escaped("label", label, ignoreIfValueIsEmpty: false) }
}

extension Node where Context: HTMLStylableContext {
    static func style(_ css: String) -> Node { .attribute(.escaped("style", css)) }
}

extension Attribute where Context == HTML.MetaContext {
    static func content(_ content: String) -> Attribute { .escaped("content", content) }
}

extension Attribute where Context == HTML.ImageContext {
    static func alt(_ text: String) -> Attribute { .escaped("alt", text) }
}

extension Node where Context: HTML.BodyContext {
    static func ariaLabel(_ label: String) -> Node { .attribute(.escaped("aria-label", label)) }
    static func ariaControls(_ child: String) -> Node { .attribute(.escaped("aria-controls", child)) }
}

/// Every builder above, each given `text`, in one fragment. `EscapingTests` renders it with
/// hostile text: the shadowing is decided at compile time in this module, so it is proved here.
func everyEscapingBuilder(_ text: String) -> String {
    let form: Node<HTML.BodyContext> = .form(
        .action(text), .label(.for(text), .text(text)),
        .input(.type(.text), .name(text), .value(text), .placeholder(text), .attribute(named: "aria-describedby", value: text)),
        .textarea(.placeholder(text), .text(text)),
        .select(.attribute(named: "name", value: text), .option(.value(text), .label(text))),
        .button(.name(text), .value(text)))
    let legend: Node<HTML.BodyContext> = .element(named: "legend", text: text)
    let attributes: [Node<HTML.BodyContext>] = [
        .id(text), .class(text), .data(named: "x", value: text), .title(text), .ariaLabel(text),
        .ariaControls(text), .style(text), .attribute(named: "lang", value: text),
    ]
    let media: Node<HTML.BodyContext> = .group(.time(.datetime(text)), .img(.src(text), .alt(text)), .a(.href(text), .text(text)))
    return Node<HTML.BodyContext>.div(.group(attributes), .text(text), form, media, legend).render()
}

// MARK: - Rows written as text

extension Node where Context == HTML.TableContext {
    /// Rows written by `TableRows`, which escapes everything it is given.
    static func rows(_ rows: TableRows) -> Node { .raw(rows.html) }
}

import Foundation
import Plot
import RoderCore

/// A text field that picks one unit or person out of thousands without JavaScript: what was
/// typed is resolved on the server (`Picker`); when several match they come back as choices.
public struct PickerField: Sendable, Hashable {
    public var text: String
    /// The matches to choose from when the text matched several.
    public var choices: [SelectChoice]
    public var error: String?

    public init(text: String, choices: [SelectChoice] = [], error: String? = nil) {
        self.text = text
        self.choices = choices
        self.error = error
    }
}

func pickerField(_ name: String, label: String, hint: String, field: PickerField, _ context: PageContext) -> Node<HTML.FormContext> {
    let describedBy = ["\(name)-hint", field.error == nil ? nil : "\(name)-error"].compactMap { $0 }.joined(separator: " ")
    return .div(
        .class(field.error == nil ? "field picker" : "field picker has-error"),
        .label(.for(name), .text(label)),
        .p(.class("hint"), .id("\(name)-hint"), .text(hint)),
        .unwrap(field.error) { .p(.class("error-message"), .id("\(name)-error"), .text($0)) },
        .input(
            .type(.text), .name(name), .id(name), .value(field.text), .attribute(named: "autocomplete", value: "off"),
            .attribute(named: "aria-describedby", value: describedBy), field.error == nil ? .empty : .attribute(named: "aria-invalid", value: "true")),
        field.choices.isEmpty
            ? .empty
            : .element(
                named: "fieldset",
                nodes: [
                    .class("picker-choices"),
                    .element(named: "legend", text: context(.pickerSeveral(text: field.text))),
                    .group(
                        field.choices.map { choice in
                            .div(
                                .class("check"),
                                .input(
                                    .type(.radio), .name("\(name)-choice"), .id("\(name)-choice-\(choice.id.uuidString.lowercased())"),
                                    .value(choice.id.uuidString.lowercased())),
                                .label(.for("\(name)-choice-\(choice.id.uuidString.lowercased())"), .text(choice.label)))
                        }),
                ])
    )
}

/// Adding or changing a unit by hand: names in the organisation's languages, code, kind,
/// parent, manager and headcount; and retiring it.
public enum UnitFormPage {
    public enum Field: String, Sendable, Hashable { case names, code, headcount, parent, manager }

    public struct Model: Sendable {
        /// Nil for a new unit.
        public var unitID: UUID?
        /// The unit's name as saved, for the title.
        public var savedName: LocalizedText
        public var names: LocalizedText
        public var languages: [RoderCore.Language]
        public var code: String
        public var kind: UnitKind
        public var parent: PickerField
        public var manager: PickerField
        public var headcount: String
        public var errors: [Field: String]
        public var subUnitCount: Int
        /// Where a retired unit's people go: its parent's name, nil at the top.
        public var retireDestination: LocalizedText?

        public init(
            unitID: UUID?, savedName: LocalizedText, names: LocalizedText, languages: [RoderCore.Language], code: String, kind: UnitKind,
            parent: PickerField, manager: PickerField, headcount: String, errors: [Field: String] = [:], subUnitCount: Int = 0,
            retireDestination: LocalizedText? = nil
        ) {
            self.unitID = unitID
            self.savedName = savedName
            self.names = names
            self.languages = languages
            self.code = code
            self.kind = kind
            self.parent = parent
            self.manager = manager
            self.headcount = headcount
            self.errors = errors
            self.subUnitCount = subUnitCount
            self.retireDestination = retireDestination
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let title = model.unitID == nil ? t(.unitNewTitle) : t(.unitEditTitle(name: context.localizer.text(model.savedName)?.text ?? "–"))
        let action = model.unitID.map { SiteRoute.editUnit($0).path } ?? SiteRoute.newUnit(parent: nil).path
        let errors = [Field.names, .code, .parent, .manager, .headcount].compactMap { model.errors[$0] }
        let content: Node<HTML.BodyContext> = .group(
            .nav(
                .class("breadcrumbs"), .ariaLabel(t(.breadcrumbs)),
                .ol(
                    .li(.a(.href(SiteRoute.area(.organisation).path), .text(t(.areaOrganisation)))),
                    .unwrap(model.unitID) { id in .li(.a(.href(SiteRoute.organisationUnit(id).path), localized(model.savedName, context))) }
                )),
            .p(.class("lead"), .text(t(.unitEditIntro))),
            .form(
                .action(action), .method(.post), .class("stack narrow"),
                csrfField(context),
                errorSummary(errors, context: context),
                .element(
                    named: "fieldset",
                    nodes: [
                        .class(model.errors[.names] == nil ? "field" : "field has-error"),
                        .element(named: "legend", text: t(.name)),
                        .p(.class("hint"), .text(t(.unitNamesHint))),
                        .group(
                            model.languages.map { language in
                                .div(
                                    .class("field"),
                                    .label(.for("name-\(language.code)"), .text(t(.unitNameIn(language: language.nativeName)))),
                                    .input(
                                        .type(.text), .name("name-\(language.code)"), .id("name-\(language.code)"),
                                        .value(model.names[language] ?? ""), .attribute(named: "lang", value: language.code),
                                        .attribute(named: "autocomplete", value: "off")))
                            }),
                    ]),
                textField("code", label: t(.unitCodeField), value: model.code, required: false, error: model.errors[.code], hint: t(.unitCodeHint)),
                .div(
                    .class("field"),
                    .label(.for("kind"), .text(t(.orgKind))),
                    .select(
                        .attribute(named: "name", value: "kind"), .id("kind"),
                        .forEach(UnitKind.allCases) { kind in .choice(value: kind.rawValue, label: t(kind.titleKey), isSelected: kind == model.kind) })),
                pickerField("parent", label: t(.unitParentField), hint: t(.unitParentHint), field: model.parent, context),
                pickerField("manager", label: t(.unitManagerField), hint: t(.unitManagerHint), field: model.manager, context),
                textField(
                    "headcount", label: t(.unitHeadcountField), value: model.headcount, inputMode: "numeric", required: false,
                    error: model.errors[.headcount], hint: t(.unitHeadcountHint)),
                .button(.type(.submit), .class("primary"), .text(t(model.unitID == nil ? .unitCreate : .unitSave)))
            ),
            .unwrap(model.unitID) { id in retireSection(id, model, context) }
        )
        return Layout.render(Page(title: title, section: .area(.organisation), content: content), context: context)
    }

    private static func retireSection(_ id: UUID, _ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let destination = model.retireDestination.flatMap { context.localizer.text($0)?.text } ?? t(.unitRetireTop)
        return .section(
            .class("card"), .attribute(named: "aria-labelledby", value: "retire"),
            .h2(.id("retire"), .text(t(.unitRetireTitle))),
            model.subUnitCount > 0
                ? .p(.text(t(.unitRetireHasSubUnits(count: context.localizer.number(model.subUnitCount)))))
                : .form(
                    .action(SiteRoute.retireUnit(id).path), .method(.post),
                    csrfField(context),
                    .p(.text(t(.unitRetireHint(parent: destination)))),
                    .button(.type(.submit), .text(t(.unitRetireButton)))
                )
        )
    }
}

/// Changing a person's details by hand: name, title, e-mail, unit and management level.
public enum PersonFormPage {
    public enum Field: String, Sendable, Hashable { case name, email, unit }

    public struct Model: Sendable {
        public var personID: UUID
        public var savedName: String
        public var externalID: String?
        public var firstName: String
        public var surname: String
        public var title: String
        public var email: String
        public var unit: PickerField
        public var level: ManagementLevel
        public var errors: [Field: String]
        /// The unit page to go back to.
        public var backTo: (id: UUID, name: LocalizedText)?

        public init(
            personID: UUID, savedName: String, externalID: String?, firstName: String, surname: String, title: String, email: String,
            unit: PickerField, level: ManagementLevel, errors: [Field: String] = [:], backTo: (id: UUID, name: LocalizedText)? = nil
        ) {
            self.personID = personID
            self.savedName = savedName
            self.externalID = externalID
            self.firstName = firstName
            self.surname = surname
            self.title = title
            self.email = email
            self.unit = unit
            self.level = level
            self.errors = errors
            self.backTo = backTo
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let errors = [Field.name, .email, .unit].compactMap { model.errors[$0] }
        let content: Node<HTML.BodyContext> = .group(
            .nav(
                .class("breadcrumbs"), .ariaLabel(t(.breadcrumbs)),
                .ol(
                    .li(.a(.href(SiteRoute.area(.organisation).path), .text(t(.areaOrganisation)))),
                    .unwrap(model.backTo) { back in .li(.a(.href(SiteRoute.organisationUnit(back.id).path), localized(back.name, context))) }
                )),
            .unwrap(model.externalID) { .p(.class("lead"), .text(t(.fieldPersonID) + ": " + $0)) },
            .form(
                .action(SiteRoute.editPerson(model.personID).path), .method(.post), .class("stack narrow"),
                csrfField(context),
                errorSummary(errors, context: context),
                textField(
                    "first-name", label: t(.fieldPersonFirstName), value: model.firstName, autocomplete: "off", required: false,
                    error: model.errors[.name]),
                textField("surname", label: t(.fieldPersonSurname), value: model.surname, autocomplete: "off", required: false),
                textField("title", label: t(.fieldPersonTitle), value: model.title, autocomplete: "off", required: false),
                textField(
                    "email", label: t(.email), value: model.email, type: .email, autocomplete: "off", inputMode: "email", required: false,
                    error: model.errors[.email]),
                pickerField("unit", label: t(.personUnitField), hint: t(.personUnitHint), field: model.unit, context),
                .div(
                    .class("field"),
                    .label(.for("level"), .text(t(.fieldManagementLevel))),
                    .select(
                        .attribute(named: "name", value: "level"), .id("level"),
                        .forEach(ManagementLevel.allCases) { level in .choice(value: level.rawValue, label: t(level.titleKey), isSelected: level == model.level)
                        })),
                .button(.type(.submit), .class("primary"), .text(t(.personSave)))
            )
        )
        return Layout.render(Page(title: t(.personEditTitle(name: model.savedName)), section: .area(.organisation), content: content), context: context)
    }
}

extension ManagementLevel {
    public var titleKey: Str {
        switch self {
        case .top: .levelTop
        case .middle: .levelMiddle
        case .supervisor: .levelSupervisor
        case .staff: .levelStaff
        }
    }
}

extension StructureSnapshot.Cause {
    public var titleKey: Str {
        switch self {
        case .imported: .historyCauseImported
        case .scenario: .historyCauseScenario
        case .handEdit: .historyCauseHandEdit
        }
    }
}

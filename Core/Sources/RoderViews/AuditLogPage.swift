import Foundation
import Plot
import RoderCore

/// Who changed what, and when, newest first, a page at a time.
public enum AuditLogPage {
    public struct Model: Sendable {
        public var entries: [AuditEntry]
        public var page: Int
        public var hasNextPage: Bool

        public init(entries: [AuditEntry], page: Int, hasNextPage: Bool) {
            self.entries = entries
            self.page = page
            self.hasNextPage = hasNextPage
        }
    }

    public static let pageSize = 50

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("lead"), .text(t(.auditIntro))),
            model.entries.isEmpty
                ? .p(.text(t(.auditEmpty)))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .class("data"),
                        .caption(.text(t(.auditCaption, ["page": String(model.page)]))),
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(t(.auditWhen))),
                                .th(.attribute(named: "scope", value: "col"), .text(t(.auditWho))),
                                .th(.attribute(named: "scope", value: "col"), .text(t(.auditWhat)))
                            )),
                        .tbody(
                            .forEach(model.entries) { entry in
                                .tr(
                                    .td(
                                        .element(
                                            named: "time",
                                            nodes: [
                                                .attribute(named: "datetime", value: ISO8601DateFormatter().string(from: entry.at)),
                                                .text(context.localizer.dateTime(entry.at)),
                                            ])),
                                    .td(.text(entry.actorName ?? t(.auditSystem))),
                                    .td(.text(describe(entry, context)))
                                )
                            })
                    )
                ),
            .nav(
                .class("pagination"),
                .ariaLabel(t(.pagination)),
                .if(model.page > 1, .a(.href(SiteRoute.auditLog(page: model.page - 1).path), .attribute(named: "rel", value: "prev"), .text("← " + t(.newer)))),
                .if(
                    model.hasNextPage,
                    .a(.href(SiteRoute.auditLog(page: model.page + 1).path), .attribute(named: "rel", value: "next"), .text(t(.older) + " →")))
            )
        )
        return Layout.render(Page(title: t(.auditTitle), section: .auditLog, content: content), context: context)
    }

    /// One sentence in the reader's language; role, language, roll-up and milestone codes are
    /// translated too.
    static func describe(_ entry: AuditEntry, _ context: PageContext) -> String {
        let t = context
        func readable(_ codes: String?) -> String {
            guard let codes, !codes.isEmpty else { return "–" }
            return codes.split(separator: ",").map { part in
                let code = part.trimmingCharacters(in: .whitespaces)
                if let role = Role(rawValue: code) { return t(role.titleKey) }
                if let language = RoderCore.Language(rawValue: code) { return language.nativeName }
                if let method = RollUpMethod(rawValue: code) { return t(method == .average ? .rollUpAverage : .rollUpWeighted) }
                if code == "done" { return t(.auditMilestoneDone) }
                if code == "open" { return t(.milestoneOpen) }
                if code == "added" { return t(.auditAdded) }
                if let field = HandEdit.Field(rawValue: code) { return t(field.titleKey) }
                return code
            }.joined(separator: ", ")
        }
        let arguments = ["subject": entry.subject, "before": readable(entry.before), "after": readable(entry.after)]
        let key: Str =
            switch entry.action {
            case .organisationCreated: .auditOrganisationCreated
            case .userCreated: .auditUserCreated
            case .userUpdated: .auditUserUpdated
            case .userRolesChanged: .auditUserRolesChanged
            case .userDeactivated: .auditUserDeactivated
            case .userReactivated: .auditUserReactivated
            case .passwordChanged: .auditPasswordChanged
            case .passwordSetByAdministrator: .auditPasswordSet
            case .languageChanged: .auditLanguageChanged
            case .demoDataLoaded: .auditDemoDataLoaded
            case .organisationImported: .auditOrganisationImported
            case .scenarioApplied: .auditScenarioApplied
            case .roleProfileSaved: .auditRoleProfileChanged
            case .roleHoldersChanged: .auditRoleHoldersChanged
            case .spanTargetChanged: .auditSpanTargetChanged
            case .goalStatusReported: .auditGoalStatus
            case .indicatorCreated: .auditIndicatorCreated
            case .indicatorChanged: .auditIndicatorChanged
            case .measurementRecorded: .auditMeasurementRecorded
            case .goalCreated: .auditGoalCreated
            case .goalChanged: .auditGoalChanged
            case .measurementCorrected: .auditMeasurementCorrected
            case .programmeCreated: .auditProgrammeCreated
            case .programmeChanged: .auditProgrammeChanged
            case .areaChanged: .auditAreaChanged
            case .periodUnlocked: .auditPeriodUnlocked
            case .periodLocked: .auditPeriodLocked
            case .goalsCarriedOver: .auditGoalsCarriedOver
            case .itemArchived: .auditItemArchived
            case .itemRestored: .auditItemRestored
            case .initiativeChanged: .auditInitiativeChanged
            case .milestoneChanged: .auditMilestoneChanged
            case .eventCreated: .auditEventCreated
            case .eventChanged: .auditEventChanged
            case .reminderQueued: .auditReminderQueued
            case .peopleInvited: .auditPeopleInvited
            case .feedbackSummaryWritten: .auditLoopSaved
            case .sharedEventCreated: .auditSharedEventCreated
            case .sharedEventChanged: .auditSharedEventChanged
            case .questionsChanged: .auditQuestionsChanged
            case .materialChanged: .auditMaterialChanged
            case .unitCreated: .auditUnitCreated
            case .unitChanged: .auditUnitChanged
            case .unitRetired: .auditUnitRetired
            case .personChanged: .auditPersonChanged
            case .lateCheckIn: .auditLateCheckIn
            case .accountLinkChanged: .auditAccountLinkChanged
            }
        return t(key, arguments)
    }
}

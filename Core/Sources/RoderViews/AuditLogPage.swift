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
                        .caption(.text(t(.auditCaption(page: String(model.page))))),
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
                                                .attribute(named: "datetime", value: entry.at.formatted(.iso8601)),
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
        return Layout.render(
            Page(title: t(.auditTitle), section: .auditLog, content: .group(content, exportLinks(.exportAuditLog, label: .exportAuditLog, context))),
            context: context)
    }

    /// One sentence in the reader's language; role, language, roll-up and milestone codes are
    /// translated too.
    public static func describe(_ entry: AuditEntry, _ context: PageContext) -> String {
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
                if let state = EngagementState(rawValue: code) { return t(state.titleKey) }
                if let status = CoachingSessionStatus(rawValue: code) { return t(status.titleKey) }
                if let field = HandEdit.Field(rawValue: code) { return t(field.titleKey) }
                return code
            }.joined(separator: ", ")
        }
        let subject = entry.subject
        let (before, after) = (readable(entry.before), readable(entry.after))
        let sentence: Str =
            switch entry.action {
            case .organisationCreated: .auditOrganisationCreated(subject: subject)
            case .userCreated: .auditUserCreated(subject: subject, after: after)
            case .userUpdated: .auditUserUpdated(subject: subject)
            case .userRolesChanged: .auditUserRolesChanged(subject: subject, before: before, after: after)
            case .userDeactivated: .auditUserDeactivated(subject: subject)
            case .userReactivated: .auditUserReactivated(subject: subject)
            case .passwordChanged: .auditPasswordChanged(subject: subject)
            case .passwordSetByAdministrator: .auditPasswordSet(subject: subject)
            case .languageChanged: .auditLanguageChanged(subject: subject, before: before, after: after)
            case .demoDataLoaded: .auditDemoDataLoaded(subject: subject)
            case .organisationImported: .auditOrganisationImported(subject: subject, after: after)
            case .scenarioApplied: .auditScenarioApplied(subject: subject, after: after)
            case .roleProfileSaved: .auditRoleProfileChanged(subject: subject)
            case .roleHoldersChanged: .auditRoleHoldersChanged(subject: subject, after: after)
            case .spanTargetChanged: .auditSpanTargetChanged(before: before, after: after)
            case .goalStatusReported: .auditGoalStatus(subject: subject, after: after)
            case .indicatorCreated: .auditIndicatorCreated(subject: subject)
            case .indicatorChanged: .auditIndicatorChanged(subject: subject, before: before, after: after)
            case .measurementRecorded: .auditMeasurementRecorded(subject: subject, after: after)
            case .goalCreated: .auditGoalCreated(subject: subject)
            case .goalChanged: .auditGoalChanged(subject: subject)
            case .measurementCorrected: .auditMeasurementCorrected(subject: subject, before: before, after: after)
            case .programmeCreated: .auditProgrammeCreated(subject: subject, after: after)
            case .programmeChanged: .auditProgrammeChanged(subject: subject, before: before, after: after)
            case .areaChanged: .auditAreaChanged(subject: subject)
            case .periodUnlocked: .auditPeriodUnlocked(subject: subject)
            case .periodLocked: .auditPeriodLocked(subject: subject)
            case .goalsCarriedOver: .auditGoalsCarriedOver(after: after, subject: subject)
            case .itemArchived: .auditItemArchived(subject: subject)
            case .itemRestored: .auditItemRestored(subject: subject)
            case .initiativeChanged: .auditInitiativeChanged(subject: subject)
            case .milestoneChanged: .auditMilestoneChanged(subject: subject, after: after)
            case .eventCreated: .auditEventCreated(subject: subject, after: after)
            case .eventChanged: .auditEventChanged(subject: subject)
            case .reminderQueued: .auditReminderQueued(after: after, subject: subject)
            case .peopleInvited: .auditPeopleInvited(after: after, subject: subject)
            case .feedbackSummaryWritten: .auditLoopSaved(subject: subject)
            case .sharedEventCreated: .auditSharedEventCreated(subject: subject, after: after)
            case .sharedEventChanged: .auditSharedEventChanged(subject: subject)
            case .questionsChanged: .auditQuestionsChanged(after: after)
            case .materialChanged: .auditMaterialChanged(subject: subject, after: after)
            case .unitCreated: .auditUnitCreated(subject: subject)
            case .unitChanged: .auditUnitChanged(subject: subject, after: after)
            case .unitRetired: .auditUnitRetired(subject: subject)
            case .personChanged: .auditPersonChanged(subject: subject, after: after)
            case .lateCheckIn: .auditLateCheckIn(subject: subject, after: after)
            case .accountLinkChanged: .auditAccountLinkChanged(subject: subject, before: before, after: after)
            case .engagementChanged: .auditEngagementChanged(subject: subject, after: after)
            case .coachingSessionChanged: .auditCoachingSessionChanged(subject: subject, after: after)
            case .competenceSaved: .auditCompetenceSaved(subject: subject)
            case .profileCompetencesChanged: .auditProfileCompetencesChanged(subject: subject, after: after)
            case .assessmentRoundChanged: .auditAssessmentRoundChanged(subject: subject, after: after)
            case .coachingNotesDeleted: .auditCoachingNotesDeleted(subject: subject, after: after)
            case .externalCostChanged: .auditExternalCostChanged(subject: subject, after: after)
            case .hourlyRatesChanged: .auditHourlyRatesChanged(subject: subject, after: after)
            case .budgetChanged: .auditBudgetChanged(subject: subject, after: after)
            case .reportTextsChanged: .auditReportTextsChanged(subject: subject)
            case .invitationSent: .auditInvitationSent(subject: subject)
            case .passwordLinkSent: .auditPasswordLinkSent(subject: subject)
            case .passwordChosenWithLink: .auditPasswordChosen(subject: subject)
            case .directorySettingsChanged: .auditDirectorySettingsChanged(subject: subject)
            }
        return t(sentence)
    }
}

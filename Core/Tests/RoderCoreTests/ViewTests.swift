import Foundation
import Testing

@testable import RoderCore
@testable import RoderViews

/// Every page rendered from a fixed model in each language: the skeleton is there, each form
/// field has a label, nothing is left untranslated. Fast, and without a server.
@Suite("Views")
struct ViewTests {
    /// Each page in each language against its stored HTML in `__Snapshots__/`. A changed page
    /// fails with the difference; run with RODER_RECORD_SNAPSHOTS=1 to accept the new markup.
    @Test("Every page matches its HTML snapshot", arguments: Language.allCases)
    func snapshots(language: Language) throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let record = ProcessInfo.processInfo.environment["RODER_RECORD_SNAPSHOTS"] == "1"
        let pages = Layout.$indentationSpaces.withValue(1) { Self.pages(language) }
        for (name, page) in pages {
            // The stylesheet's name changes with every CSS edit; that is not a markup change.
            let html = page.replacingOccurrences(of: Stylesheet.fileName, with: "roder-STYLESHEET.css")
            let file = folder.appendingPathComponent("\(name.replacingOccurrences(of: " ", with: "-")).\(language.code).html.snap")
            guard !record, let stored = try? String(contentsOf: file, encoding: .utf8) else {
                try html.write(to: file, atomically: true, encoding: .utf8)
                if !record { Issue.record("Recorded a new snapshot \(file.lastPathComponent); check it in.") }
                continue
            }
            if stored != html {
                let storedLines = stored.components(separatedBy: "\n"), newLines = html.components(separatedBy: "\n")
                let firstDifference = zip(storedLines, newLines).enumerated().first { $0.element.0 != $0.element.1 }
                let line = firstDifference?.offset ?? min(storedLines.count, newLines.count)
                Issue.record(
                    """
                    \(file.lastPathComponent) changed at line \(line + 1):
                    - \(line < storedLines.count ? storedLines[line] : "(end)")
                    + \(line < newLines.count ? newLines[line] : "(end)")
                    """)
            }
        }
    }

    static let organisation = OrganisationSummary(
        id: UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!,
        name: LocalizedText(sv: "Sjöbacka stad", fi: "Järvenmäen kaupunki"),
        contentLanguages: [.swedish, .finnish]
    )

    static func context(_ language: Language, roles: Set<Role> = Set(Role.allCases)) -> PageContext {
        PageContext(
            localizer: Localizer(language: language, contentLanguages: organisation.contentLanguages),
            principal: Principal(userID: fixedID(1), organisationID: organisation.id, roles: roles, isProgrammeOperator: false),
            userName: "Helena Lindqvist", organisation: organisation, organisations: [organisation],
            csrfToken: "test-token", currentPath: "/", notice: .userCreated
        )
    }

    static var area: LocalizedText { LocalizedText(sv: u("Revidering av arbetssätten"), fi: u("Toimintatapojen uudistaminen")) }
    static var goal: HomePage.GoalSummary {
        HomePage.GoalSummary(title: LocalizedText(sv: u("Nytt intranät"), fi: u("Uusi intranet")), areaTitle: area, responsiblePersons: [u("Karin Sandell")])
    }

    /// Text as a user typed it: the fixtures below pass every user-controlled string through
    /// here, so `HostileValueTests` can render the same pages with hostile text.
    @TaskLocal static var userText: @Sendable (String) -> String = { $0 }
    static func u(_ text: String) -> String { userText(text) }

    /// Every page, rendered for `language`.
    static func pages(_ language: Language) -> [(String, String)] {
        let context = context(language)
        let home = HomePage.Model(
            roles: Set(Role.allCases),
            programme: .init(
                name: LocalizedText(sv: u("Ledarskap i praktiken"), fi: u("Johtaminen käytäntöön")), startYear: 2025, endYear: 2027,
                areas: [.init(title: area, goals: [goal]), .init(title: LocalizedText(sv: u("Kompetensutveckling")), goals: [])]),
            responsibilities: [goal], isLinkedToPerson: true, userCountsByRole: [.manager: 3]
        )
        let user = UsersPage.Row(id: fixedID(2), name: u("Erik Holmström"), email: u("erik@town.fi"), roles: [.manager], isActive: true, lastSignIn: nil)
        let form = UserFormPage.Model(
            id: fixedID(3), name: u("Erik"), email: u("erik@town.fi"), language: .finnish, roles: [.manager],
            people: [.init(id: fixedID(4), name: u("Erik Holmström"), title: u("Enhetschef"))],
            errors: [.email: u("x")])
        let audit = AuditLogPage.Model(
            entries: [
                AuditEntry(
                    at: Date(timeIntervalSince1970: 0), actorName: u("Anna"), action: .userRolesChanged,
                    subject: u("Erik"), before: u("viewer"), after: u("manager,viewer"))
            ],
            page: 2, hasNextPage: true)
        var linkedAccount = AccountPage.Model(name: u("Helena"), email: u("hr@town.fi"), roles: [.programmeOwner], passwordProblems: [u("x")])
        linkedAccount.person = u("Helena Lindqvist, HR-direktör")
        linkedAccount.personLinkChanged = (Date(timeIntervalSince1970: 1_790_000_000), u("Anna Berg"))
        var pages: [(String, String)] = [
            ("sign-in", SignInPage.render(.init(email: u("a@b.fi"), problem: .throttled(minutes: 15)), context: context)),
            (
                "sign-in with a directory",
                SignInPage.render(
                    .init(email: u("a@b.fi"), problem: .passwordSignInOff, offersDirectory: true, directoryProblem: u("No directory")), context: context)
            ),
            (
                "directory settings",
                DirectorySettingsPage.render(
                    .init(
                        name: u("Kivikoski"), issuer: u("https://login.example/v2.0"), clientID: u("client"), hasSecret: true, domains: u("kivikoski.fi"),
                        passwordAllowed: false, redirectURL: u("https://roder.example/sign-in/directory/callback"), errors: [u("Nope")]), context: context)
            ),
            ("directory sign-in failed", DirectoryFailedPage.render(u("No account"), context: context)),
            (
                "on the way to the directory",
                DirectoryRedirectPage.render(
                    to: "https://login.example/authorize?client_id=roder&state=" + u("s\"t"), serviceName: u("Kivikoski"), context: context)
            ),
            (
                "choose password",
                ChoosePasswordPage.render(
                    .form(token: u("token"), name: u("Oona Virtanen"), email: u("oona@town.fi"), problems: [u("Too short")]), context: context)
            ),
            ("choose password, link used", ChoosePasswordPage.render(.notUsable(.used), context: context)),
            ("choose password, unknown link", ChoosePasswordPage.render(.notUsable(nil), context: context)),
            ("forgot password", ForgotPasswordPage.render(.form(email: u("oona@town.fi"), problem: u("Try again later")), context: context)),
            ("forgot password, sent", ForgotPasswordPage.render(.sent(email: u("oona@town.fi")), context: context)),
            ("home", HomePage.render(home, context: context)),
            (
                "home, a new organisation's checklist",
                HomePage.render(
                    {
                        var model = HomePage.Model(roles: [.administrator], programme: nil, userCountsByRole: [.administrator: 1])
                        model.checklist = StartChecklist(.init(units: 54, managers: 54, managersWithAccounts: 1, programmeOwners: 1))
                        return model
                    }(), context: context)
            ),
            ("account", AccountPage.render(linkedAccount, context: context)),
            (
                "account calendar",
                AccountPage.render(
                    .init(
                        name: u("Helena"), email: u("hr@town.fi"), roles: [.programmeOwner], hasCalendarFeed: true,
                        newCalendarAddress: u("https://roder.example.fi/calendar/abc.ics")), context: context)
            ),
            (
                "users",
                UsersPage.render(
                    .init(
                        rows: [
                            user,
                            UsersPage.Row(
                                id: fixedID(3), name: u("Oona Virtanen"), email: u("oona@town.fi"), roles: [.manager, .viewer], isActive: true, lastSignIn: nil,
                                password: .invited(until: Date(timeIntervalSince1970: 1_795_000_000))),
                            UsersPage.Row(
                                id: fixedID(4), name: u("Kalle Aho"), email: u("kalle@town.fi"), roles: [.coach], isActive: true, lastSignIn: nil,
                                password: .invitationExpired),
                        ], total: 5, filter: .init(role: .manager, unitID: fixedID(30), status: .active),
                        units: [.init(id: fixedID(30), name: u("Bildning"), depth: 0)], chosen: [fixedID(3)], bulkRole: .viewer, bulkAdds: false,
                        errors: [u("Nothing")]), context: context)
            ),
            ("user form", UserFormPage.render(form, context: context)),
            ("new user form", UserFormPage.render(.init(language: .swedish), context: context)),
            (
                "accounts from the organisation",
                AccountImportPage.render(
                    .init(
                        filter: .init(levels: [.top, .middle], unitID: fixedID(30), search: u("berg")),
                        units: [.init(id: fixedID(31), name: u("Stadsledningen"), depth: 0), .init(id: fixedID(30), name: u("Bildning"), depth: 1)],
                        rows: [
                            .init(
                                person: .init(
                                    id: fixedID(32), name: u("Anna Berg"), title: u("Rektor"), email: u("anna@town.fi"), level: .middle, unitID: fixedID(30)),
                                unitName: u("Bildning"), state: .available),
                            .init(
                                person: .init(id: fixedID(33), name: u("Erik Berg"), title: nil, email: nil, level: .top, unitID: nil), unitName: nil,
                                state: .noEmail),
                            .init(
                                person: .init(id: fixedID(34), name: u("Sara Berg"), title: nil, email: u("sara@town.fi"), level: .middle, unitID: nil),
                                unitName: nil, state: .hasAccount(u("Sara Berg"))),
                        ], chosen: [], errors: [u("Choose someone")],
                        leavers: [
                            .init(userID: fixedID(35), name: u("Olle Gran"), email: u("olle@town.fi"), absentSince: Date(timeIntervalSince1970: 1_795_000_000))
                        ]),
                    context: context)
            ),
            ("audit", AuditLogPage.render(audit, context: context)),
            (
                "operator",
                OperatorHomePage.render(
                    participatingOrganisations: 2,
                    events: [
                        .init(
                            id: fixedID(90), title: LocalizedText(sv: u("Regionalt ledarforum"), fi: u("Alueellinen johtajafoorumi")),
                            startsAt: Date(timeIntervalSince1970: 1_795_000_000), organisations: [u("Bergvik"), u("Sjöbacka")], invited: 20, attended: 12,
                            respondents: 9)
                    ],
                    attendance: [
                        .init(name: u("Bergvik"), attended: 3, invited: 5, isFalling: true),
                        .init(name: u("Sjöbacka"), attended: 24, invited: 32, isFalling: false),
                    ],
                    context: context)
            ),
            (
                "shared event form",
                SharedEventFormPage.render(
                    .init(
                        organisations: [.init(id: fixedID(91), label: u("Bergvik")), .init(id: fixedID(92), label: u("Sjöbacka"))],
                        chosen: [fixedID(91)], errors: [u("x")]), context: context)
            ),
            (
                "shared event",
                SharedEventPage.render(
                    .init(
                        title: LocalizedText(sv: u("Regionalt ledarforum"), fi: u("Alueellinen johtajafoorumi")), kind: .leadershipForum,
                        startsAt: Date(timeIntervalSince1970: 1_795_000_000), endsAt: Date(timeIntervalSince1970: 1_795_007_200), place: u("Kulturhuset"),
                        checkInCode: u("AB3K7M"),
                        pooled: PooledFeedback(
                            groups: [
                                .init(
                                    key: u("a"), name: u("Bergvik"), eligible: 3,
                                    answers: (0..<2).map { _ in
                                        FeedbackAnswer(scores: ["relevance": 3, "importance": 3, "suitability": 3, "worth_time": 3], comment: nil)
                                    }),
                                .init(
                                    key: u("b"), name: u("Sjöbacka"), eligible: 9,
                                    answers: (0..<7).map { _ in
                                        FeedbackAnswer(scores: ["relevance": 4, "importance": 5, "suitability": 4, "worth_time": 4], comment: u("Bra"))
                                    }),
                            ], questions: QuestionSet.standard, threshold: .standard),
                        questions: QuestionSet.standard, threshold: 5), context: context)
            ),
        ]
        let leaf = UnitNode(
            id: fixedID(11), name: LocalizedText(sv: u("Hemvården"), fi: u("Kotihoito")), code: u("3110"), kind: .unit,
            managerName: u("Eva Holm"), headcount: 24, span: 25)
        let root = UnitNode(
            id: fixedID(10), name: LocalizedText(sv: u("Äldreomsorg"), fi: u("Vanhustenhuolto")), code: u("3100"), kind: .division,
            managerName: u("Johanna Wikström"), headcount: 1, span: 3, children: [leaf])
        pages.append(
            (
                "organisation chart",
                OrganisationChartPage.render(
                    .init(
                        roots: [root], query: u("hem"),
                        results: [.init(unitID: fixedID(11), path: [root.name, leaf.name], personName: u("Eva Holm"), personTitle: u("Enhetschef"))],
                        canChange: true, unitCount: 2, managerCount: 2, totalHeadcount: 27), context: context)
            ))
        pages.append(
            (
                "organisation unit",
                UnitPage.render(
                    .init(
                        unit: root, path: [], managerTitle: u("Avdelningschef"), peopleInLine: 27,
                        people: [.init(id: fixedID(20), name: u("Johanna Wikström"), title: u("Avdelningschef"), isManager: true)],
                        canChange: true), context: context)
            ))
        var finnishOnly = root
        finnishOnly.name = LocalizedText(fi: u("Asiakaspalvelu"))
        pages.append(
            (
                "organisation unit with a name missing",
                UnitPage.render(
                    .init(
                        unit: finnishOnly, path: [root], managerTitle: nil, peopleInLine: nil,
                        people: [], canChange: false), context: context)
            ))
        pages.append(
            (
                "unit form",
                UnitFormPage.render(
                    .init(
                        unitID: fixedID(10), savedName: root.name, names: LocalizedText(sv: u("Äldreomsorg \"ny\""), fi: u("")),
                        languages: [.swedish, .finnish],
                        code: u("3100"), kind: .division,
                        parent: PickerField(
                            text: u("skola"),
                            choices: [
                                SelectChoice(id: fixedID(12), label: u("2100 Skolan › Grundskolan")),
                                SelectChoice(id: fixedID(13), label: u("2200 Skolan › Gymnasiet")),
                            ]),
                        manager: PickerField(text: u("E99"), error: u("Ingenting matchar ”E99”.")), headcount: u("tolv"),
                        errors: [.headcount: u("x"), .manager: u("Ingenting matchar ”E99”.")], subUnitCount: 1, retireDestination: nil), context: context)
            ))
        pages.append(
            (
                "unit form new",
                UnitFormPage.render(
                    .init(
                        unitID: nil, savedName: LocalizedText(), names: LocalizedText(), languages: [.swedish, .finnish], code: u(""), kind: .unit,
                        parent: PickerField(text: u("3100 Äldreomsorg")), manager: PickerField(text: u("")), headcount: u("0")), context: context)
            ))
        pages.append(
            (
                "person form",
                PersonFormPage.render(
                    .init(
                        personID: fixedID(20), savedName: u("Johanna Wikström"), externalID: u("SB0101"), firstName: u("Johanna"), surname: u("Wikström"),
                        title: u("Avdelningschef"),
                        email: u("johanna@town.fi"), unit: PickerField(text: u("3100 Äldreomsorg")), level: .middle, backTo: (fixedID(10), root.name)),
                    context: context)
            ))
        let structure = OrganisationStructure(
            units: [
                OrgUnit(id: fixedID(10), parentID: nil, kind: .division, name: root.name, code: u("3100"), headcount: 1, managerID: fixedID(20)),
                OrgUnit(id: fixedID(11), parentID: fixedID(10), kind: .unit, name: leaf.name, code: u("3110"), headcount: 24, managerID: fixedID(21)),
            ], people: [])
        pages.append(
            (
                "organisation analytics",
                OrganisationAnalyticsPage.render(
                    .init(
                        report: OrganisationAnalytics.analyse(structure),
                        managers: [
                            fixedID(20): .init(name: u("Johanna Wikström"), units: [root.name], span: 2, peopleInLine: 26),
                            fixedID(21): .init(name: u("Eva Holm"), units: [leaf.name], span: 24, peopleInLine: 24),
                        ],
                        canChange: true), context: context)
            ))
        let earlier = StructureSnapshot(
            id: fixedID(80), takenAt: Date(timeIntervalSince1970: 1_730_000_000), cause: .imported,
            figures: StructureFigures(
                units: 4, managers: 4, layers: 3, headcount: 29, medianSpan: 3, averageSpan: 6.5,
                spanBands: ["2–3": 2, "17+": 1], unitSizeBands: ["1–4": 3, "20–49": 1]))
        let later = StructureSnapshot(
            id: fixedID(81), takenAt: Date(timeIntervalSince1970: 1_790_000_000), cause: .scenario,
            figures: StructureFigures(OrganisationAnalytics.analyse(structure)))
        pages.append(
            (
                "organisation analytics with history",
                OrganisationAnalyticsPage.render(
                    .init(
                        report: OrganisationAnalytics.analyse(structure), managers: [:], canChange: false,
                        history: [earlier, later], comparison: (earlier, later)), context: context)
            ))
        let report = StatusReport(
            status: .atRisk, comment: u("Leverantören är försenad."), author: u("Karin Sandell"), at: Date(timeIntervalSince1970: 1_790_000_000))
        pages.append(
            (
                "management group",
                ManagementGroupPage.render(
                    .init(
                        programmeName: LocalizedText(sv: u("Ledarskap i praktiken"), fi: u("Johtaminen käytäntöön")), years: u("2025–2027"),
                        areas: [
                            .init(
                                title: area,
                                goals: [
                                    .init(id: fixedID(40), title: goal.title, responsiblePersons: [u("Karin Sandell")], status: .atRisk, lastReport: report)
                                ])
                        ]),
                    context: context)
            ))
        pages.append(
            (
                "goal",
                GoalPage.render(
                    .init(
                        id: fixedID(40), title: goal.title, areaTitle: area, responsiblePersons: [u("Karin Sandell")],
                        status: .atRisk, history: [report], canUpdate: true, error: u("x")), context: context)
            ))
        let milestone = MilestoneNote(
            title: LocalizedText(sv: u("Utbildning av personalen"), fi: u("Henkilöstön koulutus")),
            due: Date(timeIntervalSince1970: 1_790_000_000), isOverdue: true)
        pages.append(
            (
                "management group full",
                ManagementGroupPage.render(
                    .init(
                        programmeName: LocalizedText(sv: u("Ledarskap i praktiken"), fi: u("Johtaminen käytäntöön")), programmeID: fixedID(50),
                        years: u("2025–2027"),
                        areas: [
                            .init(
                                title: area,
                                goals: [
                                    .init(
                                        id: fixedID(40), title: goal.title, responsiblePersons: [u("Karin Sandell")], status: .atRisk,
                                        lastReport: report, progress: 0.45, colour: .amber, nextMilestone: milestone)
                                ],
                                progress: 0.45, colour: .amber)
                        ],
                        initiatives: [.init(id: fixedID(60), title: goal.title, owner: u("Karin Sandell"), status: .underway, nextMilestone: milestone)],
                        canCreateGoals: true), context: context)
            ))
        pages.append(
            (
                "goal with indicators",
                GoalPage.render(
                    .init(
                        id: fixedID(40), title: goal.title, areaTitle: area, responsiblePersons: [u("Karin Sandell")], status: .atRisk, history: [report],
                        canUpdate: true,
                        indicators: [
                            IndicatorView(
                                id: fixedID(41), name: LocalizedText(sv: u("Användare per vecka"), fi: u("Käyttäjät viikossa")), unit: u("%"), baseline: 30,
                                target: 75,
                                direction: .up,
                                values: [
                                    MeasurementRow(
                                        id: fixedID(42), date: Date(timeIntervalSince1970: 1_750_000_000), value: 31, comment: nil, by: u("Karin Sandell"),
                                        isLocked: true),
                                    MeasurementRow(
                                        id: fixedID(43), date: Date(timeIntervalSince1970: 1_780_000_000), value: 36, comment: u("Rättad"),
                                        by: u("Karin Sandell"), corrected: [33]),
                                ], progress: 0.13, colour: .red, weight: 2)
                        ],
                        canManageIndicators: true, description: LocalizedText(sv: u("Ett nytt intranät."), fi: u("Uusi intranet.")),
                        dates: u("1.1.2025 – 31.12.2027"),
                        initiatives: [(fixedID(60), goal.title, milestone)], usesWeights: true), context: context)
            ))
        pages.append(
            (
                "goal edit",
                GoalFormPage.render(
                    .init(
                        areas: [SelectChoice(id: fixedID(1), label: u("1. Strategi"))], people: [SelectChoice(id: fixedID(2), label: u("Karin Sandell"))],
                        areaID: fixedID(1), title: goal.title, responsibleIDs: [fixedID(2)], goalID: fixedID(40)), context: context)
            ))
        pages.append(
            (
                "indicator edit",
                IndicatorFormPage.render(
                    .init(
                        indicatorID: fixedID(41), goalID: fixedID(40), goalTitle: goal.title,
                        draft: IndicatorDraft(
                            name: LocalizedText(sv: u("Användare per vecka"), fi: u("Käyttäjät viikossa")), unit: u("%"), baseline: u("30"), target: u("x"),
                            weight: u("2"), frequency: .monthly, direction: .down),
                        errors: [u("x")]), context: context)
            ))
        pages.append(
            (
                "programme",
                ProgrammePage.render(
                    .init(
                        id: fixedID(50), name: LocalizedText(sv: u("Ledarskap i praktiken"), fi: u("Johtaminen käytäntöön")), startYear: u("2025"),
                        endYear: u("2027"), green: u("70"), amber: u("40"),
                        rollUp: .average, areas: [.init(id: fixedID(1), title: area, goalCount: 2), .init(id: fixedID(3), title: goal.title, goalCount: 0)],
                        years: [
                            .init(
                                year: 2025, state: .unlocked(by: u("Helena Lindqvist"), at: Date(timeIntervalSince1970: 1_780_000_000)), goalsToCarry: 1,
                                canCarry: true),
                            .init(year: 2026, state: .open, goalsToCarry: 0, canCarry: true), .init(year: 2027, state: .open, goalsToCarry: 2, canCarry: false),
                        ],
                        errors: [u("x")], otherProgrammes: [SelectChoice(id: fixedID(51), label: u("Förra programmet 2021–2024"))]), context: context)
            ))
        pages.append(
            (
                "archive",
                ArchivePage.render(
                    [.init(kind: u("goal"), id: fixedID(40), title: goal.title, context: area, archivedAt: Date(timeIntervalSince1970: 1_780_000_000))],
                    context: context)
            ))
        pages.append(
            (
                "initiatives",
                InitiativesPage.render(
                    .init(
                        rows: [
                            .init(
                                id: fixedID(60), title: goal.title, owner: u("Karin Sandell"), status: .underway, goals: [goal.title], nextMilestone: milestone,
                                overdueCount: 2)
                        ],
                        canManage: true), context: context)
            ))
        var engagement = CoachingAreaPage.NewEngagement(
            form: EngagementForm(purpose: goal.title, participantIDs: [fixedID(2)], agreedSessions: u("6"), start: u("2026"), errors: [u("x")]),
            coaches: [SelectChoice(id: fixedID(3), label: u("Jonas Berglund"))], people: [SelectChoice(id: fixedID(2), label: u("Karin Sandell"))],
            isProposal: false)
        engagement.areas = [SelectChoice(id: fixedID(30), label: u("1. Område"))]
        engagement.goals = [SelectChoice(id: fixedID(40), label: u("3. Intranät"))]
        pages.append(("new-engagement", NewEngagementPage.render(engagement, context: context)))
        pages.append(
            (
                "new-initiative",
                NewInitiativePage.render(
                    .init(
                        form: InitiativeForm(errors: [u("x")]), people: [SelectChoice(id: fixedID(2), label: u("Karin Sandell"))],
                        goals: [SelectChoice(id: fixedID(40), label: u("3. Intranät"))]), context: context)
            ))
        pages.append(
            (
                "initiative",
                InitiativePage.render(
                    .init(
                        id: fixedID(60), title: goal.title, description: LocalizedText(sv: u("Ett intranät."), fi: u("Intranet.")), owner: u("Karin Sandell"),
                        status: .underway,
                        goals: [(fixedID(40), goal.title)],
                        milestones: [
                            .init(id: fixedID(61), title: milestone.title, due: milestone.due, doneAt: nil, isOverdue: true),
                            .init(id: fixedID(62), title: milestone.title, due: milestone.due, doneAt: milestone.due, isOverdue: false),
                        ],
                        isArchived: false, canManage: true, canTickOff: true, form: InitiativeForm(title: goal.title, goalIDs: [fixedID(40)]),
                        people: [SelectChoice(id: fixedID(2), label: u("Karin Sandell"))],
                        goalChoices: [SelectChoice(id: fixedID(40), label: u("3. Intranät"))],
                        milestoneError: u("x")), context: context)
            ))
        let seminar = EventSummary(
            id: fixedID(70), kind: .seminar, title: LocalizedText(sv: u("Seminarium om arbetssätt"), fi: u("Toimintatapaseminaari")),
            startsAt: Date(timeIntervalSince1970: 1_795_000_000), place: u("Stadshuset"), invited: 12, attended: 9,
            mine: MyParticipation(checkedIn: true, answered: false))
        pages.append(("events", EventsPage.render(upcoming: [seminar], past: [seminar], canCreate: true, context: context)))
        pages.append(("events, none yet", EventsPage.render(upcoming: [], past: [], canCreate: true, context: context)))
        pages.append(
            ("events, none yet, for a manager", EventsPage.render(upcoming: [], past: [], canCreate: false, context: Self.context(language, roles: [.manager])))
        )
        let invitationPicker = InvitationPicker(
            levels: [.init(level: .top, count: 8), .init(level: .middle, count: 32)],
            units: [.init(id: fixedID(80), label: u("Bildning (12 personer)"))],
            people: [.init(id: fixedID(2), label: u("Karin Sandell – förvaltningschef"))],
            choice: InvitationChoice(levels: [.top], personIDs: [fixedID(2)]))
        pages.append(
            (
                "event form",
                EventFormPage.render(
                    .init(
                        title: seminar.title, date: u("2026-12-01"), areas: [SelectChoice(id: fixedID(1), label: u("3. Arbetssätt"))],
                        invitations: invitationPicker, errors: [u("x")]), context: context)
            ))
        var host = EventPage.Model(
            summary: seminar, endsAt: Date(timeIntervalSince1970: 1_795_007_200),
            description: LocalizedText(sv: u("Om arbetssätt."), fi: u("Toimintatavoista.")),
            areaTitle: area, isHost: true, checkInCode: u("AB3K7M"),
            attendees: [
                .init(personID: fixedID(2), name: u("Karin Sandell"), checkedIn: true), .init(personID: fixedID(3), name: u("Erik Nieminen"), checkedIn: false),
            ],
            canCheckIn: true, checkInOpen: true, invitations: invitationPicker)
        host.materials = [
            .init(id: fixedID(95), title: u("Rapport"), url: u("https://www.example.fi/rapport"), fileName: nil, size: nil),
            .init(id: fixedID(96), title: u("Program"), url: nil, fileName: u("program.pdf"), size: 245_000),
        ]
        host.materialError = u("x")
        host.checkInAddress = u("https://roder.example.fi/check-in?code=AB3K7M")
        pages.append(("event host", EventPage.render(host, context: context)))
        var searching = host
        searching.attendeeQuery = u("nieminen")
        pages.append(("event host searching", EventPage.render(searching, context: context)))
        pages.append(
            (
                "event host after",
                EventPage.render(
                    .init(
                        summary: seminar, endsAt: Date(timeIntervalSince1970: 1_795_007_200), description: nil, areaTitle: area, isHost: true,
                        checkInCode: u("AB3K7M"),
                        attendees: [.init(personID: fixedID(2), name: u("Karin Sandell"), checkedIn: true)], canCheckIn: true, checkInOpen: false,
                        reminders: .init(attended: 9, missing: 4, sent: 1, limit: 2, message: u("x"), canSend: true)), context: context)
            ))
        var invited = seminar
        invited.mine = MyParticipation(checkedIn: false, answered: false)
        pages.append(
            (
                "event check-in",
                EventPage.render(
                    .init(
                        summary: invited, endsAt: Date(timeIntervalSince1970: 1_795_007_200), description: nil, areaTitle: nil,
                        isHost: false, checkInCode: nil, attendees: [], canCheckIn: true, checkInOpen: true,
                        checkInError: u("x")), context: context)
            ))
        let scores = { (score: Int, count: Int) in
            (0..<count).map { _ in
                FeedbackAnswer(scores: ["relevance": score, "importance": 4, "suitability": 3, "worth_time": score], comment: nil)
            }
        }
        let overview = FeedbackOverview(
            events: [
                .init(areaID: fixedID(1), start: Date(timeIntervalSince1970: 1_770_000_000), eligible: 9, answers: scores(4, 6)),
                .init(areaID: fixedID(1), start: Date(timeIntervalSince1970: 1_790_000_000), eligible: 8, answers: scores(5, 5)),
                .init(areaID: nil, start: Date(timeIntervalSince1970: 1_790_500_000), eligible: 3, answers: scores(2, 2)),
            ], questions: QuestionSet.standard, threshold: .standard, timeZone: .helsinki)
        pages.append(
            (
                "feedback overview",
                FeedbackOverviewPage.render(
                    .init(
                        overview: overview, questions: QuestionSet.standard, threshold: 5,
                        areas: [.init(id: fixedID(1), title: area)]), context: context)
            ))
        pages.append(
            (
                "feedback overview, none yet",
                FeedbackOverviewPage.render(
                    .init(
                        overview: FeedbackOverview(events: [], questions: QuestionSet.standard, threshold: .standard, timeZone: .helsinki),
                        questions: QuestionSet.standard, threshold: 5, areas: []), context: context)
            ))
        pages.append(
            (
                "feedback questions",
                FeedbackQuestionsPage.render(
                    .init(
                        questions: QuestionSet.standard, newText: LocalizedText(sv: u("Ny?")),
                        errors: [u("x")]), context: context)
            ))
        pages.append(
            (
                "feedback loop",
                FeedbackLoopPage.render(
                    .init(
                        period: HalfYear(year: 2026, half: 2), otherPeriods: [HalfYear(year: 2026, half: 1)],
                        events: [.init(id: fixedID(70), title: seminar.title, startsAt: seminar.startsAt, attended: 9, invited: 12, respondents: 6)],
                        cell: overview.overall, questions: QuestionSet.standard, threshold: 5,
                        heard: LocalizedText(sv: u("Forumen upplevs som relevanta.\nTiden räcker inte till."), fi: u("Foorumit koetaan merkityksellisiksi.")),
                        actions: LocalizedText(), updated: (Date(timeIntervalSince1970: 1_795_000_000), u("Helena Lindqvist")), canEdit: true), context: context
                )
            ))
        pages.append(
            (
                "event waiting list",
                EventPage.render(
                    .init(
                        summary: invited, endsAt: Date(timeIntervalSince1970: 1_795_007_200), description: nil,
                        areaTitle: nil, isHost: false, checkInCode: nil, attendees: [], canCheckIn: true,
                        checkInOpen: false, registration: .waitlisted, capacity: 12, registered: 12,
                        waitingPosition: 2), context: context)
            ))
        pages.append(
            (
                "feedback form",
                FeedbackFormPage.render(
                    eventID: fixedID(70), eventTitle: seminar.title, questions: QuestionSet.standard,
                    values: ["relevance": u("4")], error: u("x"), threshold: 5, context: context)
            ))
        let answers = (1...5).map {
            FeedbackAnswer(scores: ["relevance": $0, "importance": 4, "suitability": 3, "worth_time": 5], comment: $0 == 2 ? u("Bra") : nil)
        }
        pages.append(
            (
                "feedback results",
                EventResultsPage.render(
                    eventID: fixedID(70), eventTitle: seminar.title, questions: QuestionSet.standard,
                    summary: FeedbackSummary.summarise(answers, eligible: 9, questions: QuestionSet.standard, threshold: .standard),
                    threshold: 5, context: context)
            ))
        pages.append(
            (
                "feedback results partly published",
                EventResultsPage.render(
                    eventID: fixedID(70), eventTitle: seminar.title, questions: QuestionSet.standard,
                    summary: FeedbackSummary.summarise(
                        answers, eligible: 9, questions: QuestionSet.standard,
                        threshold: .standard, respondents: 7),
                    threshold: 5, context: context)
            ))
        pages.append(
            (
                "feedback below threshold",
                EventResultsPage.render(
                    eventID: fixedID(70), eventTitle: seminar.title, questions: QuestionSet.standard,
                    summary: FeedbackSummary.summarise(
                        Array(answers.prefix(2)), eligible: 9,
                        questions: QuestionSet.standard, threshold: .standard),
                    threshold: 5, context: context)
            ))
        pages.append(
            (
                "attendance",
                AttendancePage.render(
                    .init(
                        overall: .init(label: LocalizedText(), attended: 40, invited: 52), groupIsFalling: true,
                        halfYears: [("1–6/2025", 0.85), ("7–12/2025", 0.8), ("1–6/2026", 0.7)],
                        areas: [.init(label: area, attended: 20, invited: 26)],
                        people: [.init(label: LocalizedText(sv: u("Karin Sandell")), attended: 2, invited: 6, isFalling: true)],
                        events: [.init(label: seminar.title, link: SiteRoute.event(fixedID(70)).path, attended: 9, invited: 12)]), context: context)
            ))
        pages.append(
            (
                "attendance, none held",
                AttendancePage.render(
                    .init(
                        overall: .init(label: LocalizedText(), attended: 0, invited: 0), groupIsFalling: false, halfYears: [], areas: [], people: [], events: []
                    ),
                    context: context)
            ))
        pages.append(("organisation import upload", OrganisationImportPage.renderUpload(problem: u("x"), context: context)))
        let table = try! CSVReader.read(Data("Kostnadsställe;Enhet\n3100;Äldreomsorg\n;Ingen kod\n".utf8))
        let failure: [ImportIssue] = {
            if case .failure(let f) = OrganisationImporter.plan(table, mapping: .guess(header: table.header)) { return f.issues } else { return [] }
        }()
        pages.append(
            (
                "organisation import draft",
                OrganisationImportPage.renderDraft(
                    .init(
                        draftID: fixedID(30), fileName: u("export.csv"), format: .csv(delimiter: ";", encoding: .utf8), rowCount: 2,
                        columns: [
                            .init(header: u("Kostnadsställe"), samples: [u("3100")], field: .unitCode),
                            .init(header: u("Enhet"), samples: [u("Äldreomsorg")], field: .unitNameSwedish),
                        ],
                        issues: failure, diff: nil), context: context)
            ))
        let plan = ImportPlan(
            units: [
                .init(
                    code: u("3100"), name: LocalizedText(sv: u("Äldreomsorg")), parentCode: nil, kind: .sector, headcount: 4,
                    managerPersonID: nil, line: 2)
            ], people: [])
        let diff = ImportDiff.compute(
            plan,
            units: [
                .init(
                    code: u("3100"), name: LocalizedText(sv: u("Äldreomsorgen")), parentCode: nil, kind: .sector, headcount: 4,
                    managerExternalID: nil, handEdit: HandEdit(fields: [.name], at: Date(timeIntervalSince1970: 1_790_000_000), by: u("Helena Lindqvist")))
            ],
            people: [])
        pages.append(
            (
                "organisation import workbook preview",
                OrganisationImportPage.renderDraft(
                    .init(
                        draftID: fixedID(30), fileName: u("henkilosto.xlsx"),
                        format: .xlsx(sheet: u("Henkilöstö"), sheets: [u("Henkilöstö"), u("Yksiköt \"vanha\"")]), rowCount: 1,
                        columns: [
                            .init(header: u("Kustannuspaikka"), samples: [u("3100")], field: .unitCode),
                            .init(header: u("Enhet (sv)"), samples: [u("Äldreomsorg")], field: .unitNameSwedish),
                        ],
                        issues: [], diff: diff), context: context)
            ))
        let purposes = [
            TimePurposeChoice(value: "area:" + fixedID(40).uuidString, label: u("1. Strategin"), isGoal: false),
            TimePurposeChoice(value: "goal:" + fixedID(41).uuidString, label: u("Alla chefer känner strategin"), isGoal: true),
        ]
        var timeForm = TimeEntryForm(date: u("2026-11-16"), hours: u("1,5"), purpose: "goal:" + fixedID(41).uuidString, note: u("Förberedde forumet"))
        let timeSummary = WorkingTimeSummary([
            .init(.events, month: 3, areaID: fixedID(40), minutes: 1_800), .init(.coaching, month: 4, minutes: 240),
            .init(.logged, month: 11, areaID: fixedID(40), minutes: 90), .init(.preparation, month: 3, areaID: fixedID(40), minutes: 300),
        ])
        pages.append(
            (
                "working time",
                WorkingTimePage.render(
                    .init(
                        year: 2026, years: [2026, 2025],
                        mine: [
                            .init(
                                date: Date(timeIntervalSince1970: 1_795_000_000), source: .logged, what: u("Strategin – förberedde"), minutes: 90,
                                editableEntryID: fixedID(42)),
                            .init(date: Date(timeIntervalSince1970: 1_790_000_000), source: .events, what: u("Ledarforum"), minutes: 180),
                        ],
                        yearIsOpen: true, form: TimeEntryForm(date: "2026-11-18"), purposes: purposes, programme: timeSummary,
                        areas: [(fixedID(40), LocalizedText(sv: u("Strategin"), fi: u("Strategia")))]),
                    context: context)
            ))
        timeForm.errors = [u("Ange timmar")]
        pages.append(("time entry", TimeEntryPage.render(id: fixedID(42), form: timeForm, purposes: purposes, context: context)))
        pages.append(
            (
                "working time locked, no person",
                WorkingTimePage.render(
                    .init(
                        year: 2025, years: [2026, 2025], mine: nil, yearIsOpen: false, form: TimeEntryForm(), purposes: [],
                        programme: WorkingTimeSummary(), areas: []),
                    context: context)
            ))
        let areaTitle = LocalizedText(sv: u("Strategin"), fi: u("Strategia"))
        let costs = ProgrammeCosts(
            time: [
                .init(.events, month: 3, areaID: fixedID(40), minutes: 1_800, level: .middle, eventID: fixedID(43), goalIDs: [fixedID(41)]),
                .init(.logged, month: 11, minutes: 90, level: .top),
            ],
            rates: HourlyRates(standard: Money(cents: 5_000), byLevel: [.top: Money(cents: 9_000)]),
            external: [
                ExternalCostItem(month: 3, amount: Money(cents: 240_000), category: .consultant, areaID: fixedID(40), eventID: fixedID(43)),
                ExternalCostItem(month: 5, amount: Money(cents: 56_050), category: .sharedEvent),
            ],
            budget: YearBudget(total: Money(cents: 4_000_000), byArea: [fixedID(40): Money(cents: 300_000)]))
        var costForm = ExternalCostForm(date: "2026-11-18", amount: u("1 250,50"), supplier: u("Konsult & Co"), target: "area:" + fixedID(40).uuidString)
        pages.append(
            (
                "costs",
                CostsPage.render(
                    .init(
                        year: 2026, years: [2027, 2026, 2025], costs: costs, ratesSet: true, areas: [(fixedID(40), areaTitle)],
                        events: [(fixedID(43), LocalizedText(sv: u("Ledarforum"), fi: u("Johtajafoorumi")), Date(timeIntervalSince1970: 1_790_000_000))],
                        goals: [(fixedID(41), LocalizedText(sv: u("Alla chefer känner strategin"), fi: u("Kaikki tuntevat strategian")))],
                        external: [
                            .init(
                                id: fixedID(44), date: Date(timeIntervalSince1970: 1_790_000_000), supplier: u("Konsult & Co"), category: .consultant,
                                target: u("Forum: Ledarforum"), description: u("Föreläsning"), amount: Money(cents: 240_000), vat: Money(cents: 61_200)),
                            .init(
                                id: nil, date: Date(timeIntervalSince1970: 1_795_000_000), supplier: u("Andel av gemensamt forum"), category: .sharedEvent,
                                target: u("Forum: Regionalt"), description: "", amount: Money(cents: 56_050), vat: .zero),
                        ],
                        canChange: true, yearIsOpen: true),
                    context: context)
            ))
        pages.append(
            (
                "new external cost",
                NewExternalCostPage.render(
                    year: 2026, form: costForm, targets: [CostTargetChoice(value: "area:" + fixedID(40).uuidString, label: u("Område: 1. Strategin"))],
                    context: context)
            ))
        pages.append(("new external cost, year locked", NewExternalCostPage.render(year: 2024, form: ExternalCostForm(), targets: nil, context: context)))
        pages.append(
            (
                "costs empty, no rates, read only",
                CostsPage.render(
                    .init(
                        year: 2025, years: [2025], costs: ProgrammeCosts(time: [], rates: HourlyRates(standard: .zero), external: [], budget: YearBudget()),
                        ratesSet: false, areas: [], events: [], goals: [], external: [], canChange: false, yearIsOpen: false),
                    context: context)
            ))
        costForm.errors = [u("Ange leverantören.")]
        pages.append(("external cost", ExternalCostPage.render(id: fixedID(44), year: 2026, form: costForm, targets: [], context: context)))
        var settingsForm = CostSettingsForm(
            rates: ["standard": u("50"), "top": u("95")], budgets: ["": u("130000"), fixedID(40).uuidString.lowercased(): u("x")])
        settingsForm.budgetErrors = [u("Strategin: ange ett belopp")]
        pages.append(
            (
                "cost settings",
                CostSettingsPage.render(
                    .init(
                        year: 2027, years: [2027, 2026], form: settingsForm, ratesFromYear: 2026, areas: [(fixedID(40), areaTitle)], canChange: true,
                        yearIsOpen: true),
                    context: context)
            ))
        let figures = StructureFigures(units: 40, managers: 38, layers: 4, headcount: 350, medianSpan: 8, averageSpan: 8.5, spanBands: [:], unitSizeBands: [:])
        let reportModel = ProgrammeReportPage.Model(
            organisationName: u("Sjöbacka stad"), programmeName: LocalizedText(sv: u("Ledarskap i praktiken"), fi: u("Johtajuus käytännössä")), year: 2025,
            years: [2026, 2025], isLocked: true, producedAt: Date(timeIntervalSince1970: 1_796_000_000),
            summary: LocalizedText(sv: u("Ett bra år.\nNästa år mer."), fi: u("Hyvä vuosi.")),
            areas: [
                .init(
                    id: fixedID(40), title: areaTitle,
                    goals: [
                        .init(
                            title: LocalizedText(sv: u("Alla chefer känner strategin"), fi: u("Kaikki tuntevat strategian")), status: .onTrack,
                            comment: u("Enligt plan"),
                            indicators: [
                                .init(name: LocalizedText(sv: u("Andel chefer")), unit: u("%"), baseline: 20, target: 100, value: 60, progress: 0.5),
                                .init(name: LocalizedText(sv: u("Enkät")), unit: "", baseline: 1, target: 5, value: nil, progress: nil),
                            ])
                    ], ownerText: LocalizedText(sv: u("Området gick över budget.")))
            ],
            initiatives: [.init(title: LocalizedText(sv: u("Intranät")), status: .underway, milestonesDone: 2, milestones: 4, overdue: 1)],
            events: [
                .init(
                    title: LocalizedText(sv: u("Ledarforum")), date: Date(timeIntervalSince1970: 1_740_000_000), invited: 32, attended: 29, respondents: 20,
                    score: 4.1),
                .init(
                    title: LocalizedText(sv: u("Coachningsgrupp")), date: Date(timeIntervalSince1970: 1_741_000_000), invited: 6, attended: 4, respondents: 3,
                    score: nil),
            ],
            attendanceRate: 0.85, previousAttendanceRate: 0.8, threshold: 5,
            coaching: .init(engagements: 2, sessionsHeld: 9, participantMinutes: 1_200, selfAssessments: 30), structure: (figures, figures), costs: costs,
            canWriteTexts: true)
        pages.append(("programme report", ProgrammeReportPage.render(reportModel, languages: [language], context: context)))
        pages.append(("programme report side by side", ProgrammeReportPage.render(reportModel, languages: [.swedish, .finnish], context: context)))
        var emptyReport = reportModel
        (emptyReport.areas, emptyReport.initiatives, emptyReport.events, emptyReport.coaching, emptyReport.structure, emptyReport.summary) = (
            [], [], [], nil, nil, nil
        )
        pages.append(("programme report empty", ProgrammeReportPage.render(emptyReport, languages: [language], context: context)))
        pages.append(
            (
                "report texts",
                ReportTextsPage.render(
                    .init(
                        year: 2026, languages: [.swedish, .finnish], areas: [(fixedID(40), areaTitle)],
                        texts: ["summary": ["sv": u("Ett bra år")], fixedID(40).uuidString.lowercased(): ["fi": u("Hyvä")]], errors: [u("För lång")],
                        isLocked: false), context: context)
            ))
        pages += [ErrorPage.Kind.forbidden, .notFound, .formExpired, .badRequest, .tooManyRequests, .serverError]
            .map { ("error \($0)", ErrorPage.render($0, context: context)) }
        return pages
    }

    @Test("Every page has the skeleton: language, title, skip link, one h1, main landmark", arguments: Language.allCases)
    func skeleton(language: Language) {
        for (name, html) in Self.pages(language) {
            #expect(html.hasPrefix("<!DOCTYPE html><html lang=\"\(language.code)\">"), "\(name)")
            #expect(html.contains("<title>") && html.contains(" – Roder</title>"), "\(name)")
            #expect(html.contains(##"<a class="skip-link" href="#main">"##), "\(name)")
            #expect(html.components(separatedBy: "<h1").count == 2, "\(name)")
            #expect(html.contains(#"<main id="main""#), "\(name)")
            #expect(!html.contains("{"), "\(name) has an unfilled placeholder")
        }
    }

    @Test("Every visible form field has a label", arguments: Language.allCases)
    func labelledFields(language: Language) throws {
        for (name, html) in Self.pages(language) {
            for id in Self.fieldIDs(in: html) {
                #expect(html.contains(#"<label for="\#(id)""#), "\(name): field \(id) has no label")
            }
        }
    }

    @Test("Every form that changes something carries the CSRF token")
    func formsCarryToken() {
        for (name, html) in Self.pages(.swedish) {
            let forms = html.components(separatedBy: "<form").dropFirst()
            for form in forms where form.contains(#"method="post""#) {
                #expect(form.contains(#"name="_csrf" value="test-token""#), "\(name)")
            }
        }
    }

    @Test("Content missing in the reader's language falls back and is marked with its language")
    func fallbackIsMarked() {
        let html = HomePage.render(
            .init(
                roles: [.viewer],
                programme: .init(
                    name: LocalizedText(fi: "Johtaminen käytäntöön"), startYear: 2025, endYear: 2027, areas: [])), context: Self.context(.swedish))
        #expect(html.contains(#"<span lang="fi">Johtaminen käytäntöön</span>"#))
    }

    @Test("The host's search in the check-in list ignores case and accents; an empty search shows everyone")
    func attendeeSearch() {
        var model = EventPage.Model(
            summary: EventSummary(
                id: Self.fixedID(70), kind: .seminar, title: LocalizedText(sv: "S"), startsAt: Date(timeIntervalSince1970: 0), place: nil,
                invited: 3, attended: 0, mine: nil),
            endsAt: Date(timeIntervalSince1970: 3600), description: nil, areaTitle: nil, isHost: true, checkInCode: "AB3K7M",
            attendees: [
                .init(personID: Self.fixedID(1), name: "Åsa Öberg", checkedIn: false),
                .init(personID: Self.fixedID(2), name: "Erik Nieminen", checkedIn: false),
                .init(personID: Self.fixedID(3), name: "Åke Nyberg", checkedIn: true),
            ],
            canCheckIn: true, checkInOpen: true)
        #expect(model.shownAttendees.count == 3)
        model.attendeeQuery = "asa oberg"
        #expect(model.shownAttendees.map(\.name) == ["Åsa Öberg"])
        model.attendeeQuery = "BERG"
        #expect(model.shownAttendees.map(\.name) == ["Åsa Öberg", "Åke Nyberg"])
        model.attendeeQuery = "  "
        #expect(model.shownAttendees.count == 3)
        model.attendeeQuery = "Virtanen"
        #expect(model.shownAttendees.isEmpty)
    }

    @Test("Text from users is escaped")
    func escaping() {
        let html = UsersPage.render(
            .init(rows: [.init(id: UUID(), name: "<script>alert(1)</script>", email: "x@y.fi", roles: [], isActive: true, lastSignIn: nil)]),
            context: Self.context(.english))
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.contains("&lt;script&gt;"))
    }

    @Test("The audit log describes a change in the reader's language, roles translated")
    func auditSentence() {
        let entry = AuditEntry(at: Date(), actorName: "Anna", action: .userRolesChanged, subject: "Erik", before: "viewer", after: "manager,viewer")
        #expect(AuditLogPage.describe(entry, Self.context(.finnish)) == "Muutti käyttäjän Erik rooleja: Lukija → Esimies, Lukija")
        #expect(AuditLogPage.describe(entry, Self.context(.swedish)) == "Ändrade rollerna för Erik: Läsare → Chef, Läsare")
    }

    static func fixedID(_ number: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", number))!
    }

    /// ids of inputs (not hidden), selects and textareas.
    static func fieldIDs(in html: String) -> [String] {
        var ids: [String] = []
        for tag in ["<input", "<select", "<textarea"] {
            for part in html.components(separatedBy: tag).dropFirst() {
                let element = String(part.prefix { $0 != ">" })
                guard !element.contains(#"type="hidden""#), let range = element.range(of: #"id=""#) else { continue }
                ids.append(String(element[range.upperBound...].prefix { $0 != "\"" }))
            }
        }
        return ids
    }
}

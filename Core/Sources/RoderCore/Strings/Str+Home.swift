/// The start page.
/// Part of the interface string catalogue: see `Str`.
extension Str {
    public static func homeGreeting(name: String) -> Str {
        Str(sv: "Välkommen, \(name)", fi: "Tervetuloa, \(name)", en: "Welcome, \(name)")
    }
    public static func homeRolesIntro(roles: String) -> Str {
        Str(sv: "Dina roller: \(roles) i", fi: "Roolisi: \(roles) –", en: "Your roles: \(roles) in")
    }
    public static let homeMyResponsibilities = Str(sv: "Mina ansvarsområden", fi: "Vastuualueeni", en: "My responsibilities")
    public static let homeNoResponsibilities = Str(
        sv: "Du är inte ansvarsperson för något resultatmål ännu.", fi: "Et ole vielä minkään tulostavoitteen vastuuhenkilö.",
        en: "You are not a responsible person for any result goal yet.")
    public static let homeNotLinkedToPerson = Str(
        sv: "Ditt konto är inte kopplat till en person i organisationen. Be administratören koppla det.",
        fi: "Tiliäsi ei ole liitetty organisaation henkilöön. Pyydä pääkäyttäjää liittämään se.",
        en: "Your account is not linked to a person in the organisation. Ask the administrator to link it.")
    public static let homeProgramme = Str(sv: "Programmet", fi: "Ohjelma", en: "The programme")
    public static let homeNoProgramme = Str(
        sv: "Organisationen har inget utvecklingsprogram ännu.", fi: "Organisaatiolla ei ole vielä kehittämisohjelmaa.",
        en: "The organisation has no development programme yet.")
    public static func homeProgrammeIntro(areas: String, goals: String) -> Str {
        Str(
            sv: "\(areas) utvecklingshelheter med sammanlagt \(goals) resultatmål.", fi: "\(areas) kehittämiskokonaisuutta, yhteensä \(goals) tulostavoitetta.",
            en: "\(areas) development areas with \(goals) result goals in all.")
    }
    public static let homeGoalsByArea = Str(
        sv: "Resultatmål per utvecklingshelhet", fi: "Tulostavoitteet kehittämiskokonaisuuksittain", en: "Result goals by development area")
    public static let homeAreaHasNoGoals = Str(sv: "Inga resultatmål ännu", fi: "Ei vielä tulostavoitteita", en: "No result goals yet")
    public static let homeCoachEngagements = Str(sv: "Mina coachningsuppdrag", fi: "Valmennustehtäväni", en: "My coaching engagements")
    public static let homeMyCoaching = Str(sv: "Min coachning", fi: "Oma valmennukseni", en: "My coaching")
    public static let homeNextSessions = Str(sv: "Nästa träffar", fi: "Seuraavat tapaamiset", en: "Next sessions")
    public static let homeOpenActions = Str(sv: "Öppna åtgärder", fi: "Avoimet toimenpiteet", en: "Open actions")
    public static let homeCoachingElsewhere = Str(sv: "I andra organisationer", fi: "Muissa organisaatioissa", en: "In other organisations")
    public static func homeElsewhereEngagements(count: String) -> Str {
        Str(sv: "\(count) pågående uppdrag", fi: "\(count) käynnissä olevaa valmennusta", en: "\(count) engagements under way")
    }
    public static func homeSwitchTo(name: String) -> Str { Str(sv: "Byt till \(name)", fi: "Vaihda: \(name)", en: "Switch to \(name)") }
    public static let homeAllCoaching = Str(sv: "All coachning", fi: "Kaikki valmennus", en: "All coaching")
    public static let homeAdministration = Str(sv: "Administration", fi: "Ylläpito", en: "Administration")
    public static let homeManageUsers = Str(sv: "Hantera användare", fi: "Hallitse käyttäjiä", en: "Manage users")
    public static let developmentArea = Str(sv: "Utvecklingshelhet", fi: "Kehittämiskokonaisuus", en: "Development area")
    public static let resultGoal = Str(sv: "Resultatmål", fi: "Tulostavoite", en: "Result goal")
    public static let responsiblePersons = Str(sv: "Ansvarspersoner", fi: "Vastuuhenkilöt", en: "Responsible persons")

    public static let checklistTitle = Str(sv: "Kom igång", fi: "Näin pääset alkuun", en: "Getting started")
    public static let checklistIntro = Str(
        sv: "Sex steg tar programmet i gång. Varje steg bockas av när det är gjort; listan försvinner när det första forumet har hållits.",
        fi: "Kuusi vaihetta käynnistää ohjelman. Jokainen vaihe kuitataan, kun se on tehty; lista poistuu, kun ensimmäinen foorumi on pidetty.",
        en: "Six steps get the programme going. Each is ticked when it is done; the list goes away once the first forum has been held.")
    public static let checklistImport = Str(
        sv: "Läs in organisationen (enheter och chefer) från HR-systemets fil", fi: "Tuo organisaatio (yksiköt ja esihenkilöt) HR-järjestelmän tiedostosta",
        en: "Import the organisation (units and managers) from the HR system's file")
    public static let checklistOwner = Str(
        sv: "Utse den programansvariga: ge någon rollen Programansvarig under Användare",
        fi: "Nimeä ohjelman omistaja: anna jollekulle ohjelman omistajan rooli kohdassa Käyttäjät",
        en: "Choose the programme owner: give someone the programme owner role under Users")
    public static let checklistInvite = Str(
        sv: "Ge cheferna konton så att de kan logga in", fi: "Luo esihenkilöille tunnukset, jotta he voivat kirjautua",
        en: "Give the managers accounts so they can sign in")
    public static func checklistInviteLeft(count: String) -> Str {
        Str(sv: "\(count) chefer har inget konto ännu.", fi: "\(count) esihenkilöllä ei ole vielä tunnusta.", en: "\(count) managers have no account yet.")
    }
    public static let checklistProgramme = Str(
        sv: "Starta utvecklingsprogrammet och dess fem utvecklingshelheter", fi: "Käynnistä kehittämisohjelma ja sen viisi kehittämiskokonaisuutta",
        en: "Start the development programme and its five development areas")
    public static let checklistGoals = Str(sv: "Lägg till de första resultatmålen", fi: "Lisää ensimmäiset tulostavoitteet", en: "Add the first result goals")
    public static let checklistForum = Str(
        sv: "Planera det första ledarforumet", fi: "Suunnittele ensimmäinen johtajafoorumi", en: "Plan the first leadership forum")
    public static let checklistDone = Str(sv: "Klart", fi: "Tehty", en: "Done")
    public static let checklistToDo = Str(sv: "Att göra", fi: "Tekemättä", en: "To do")
    public static let checklistDoIt = Str(sv: "Gör det här", fi: "Tee tämä", en: "Do it here")
    public static func checklistTakenBy(role: String) -> Str {
        Str(sv: "Görs av: \(role).", fi: "Tekijä: \(role).", en: "Done by: \(role).")
    }

    public static let strategyNoProgrammeWho = Str(
        sv: "Programmet startas av den programansvariga (rollen Programansvarig).", fi: "Ohjelman käynnistää ohjelman omistaja (rooli Ohjelman omistaja).",
        en: "The programme owner (the Programme owner role) starts the programme.")
    public static let strategyGiveOwnerRole = Str(
        sv: "Ge rollen under Användare.", fi: "Anna rooli kohdassa Käyttäjät.", en: "Give the role under Users.")

    public static let emptyEvents = Str(
        sv: "Inga forum eller seminarier ännu. När de är planerade ser de inbjudna dem här och i sin kalender.",
        fi: "Ei vielä foorumeita tai seminaareja. Kun ne on suunniteltu, kutsutut näkevät ne täällä ja kalenterissaan.",
        en: "No forums or seminars yet. Once they are planned, those invited see them here and in their calendar.")
    public static let emptyPlanFirstForum = Str(sv: "Planera det första forumet", fi: "Suunnittele ensimmäinen foorumi", en: "Plan the first forum")
    public static let emptyAttendance = Str(
        sv: "Inga forum har hållits under den här tiden. Närvaron räknas från incheckningarna på forum och seminarier.",
        fi: "Tänä aikana ei ole pidetty foorumeita. Osallistuminen lasketaan foorumien ja seminaarien sisäänkirjautumisista.",
        en: "No forum has been held in this period. Attendance is counted from the check-ins at forums and seminars.")
    public static let emptyToEvents = Str(sv: "Till forum och seminarier", fi: "Foorumeihin ja seminaareihin", en: "To forums and seminars")
    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let homeStrings: [Str] = [
        strategyNoProgrammeWho, strategyGiveOwnerRole, checklistTitle, checklistIntro, checklistImport, checklistOwner, checklistInvite,
        checklistInviteLeft(count: "{count}"), checklistProgramme,
        checklistGoals, checklistForum, checklistDone, checklistToDo, checklistDoIt, checklistTakenBy(role: "{role}"), emptyEvents, emptyPlanFirstForum,
        emptyAttendance, emptyToEvents,
        homeGreeting(name: "{name}"), homeRolesIntro(roles: "{roles}"), homeMyResponsibilities, homeNoResponsibilities, homeNotLinkedToPerson, homeProgramme,
        homeNoProgramme, homeProgrammeIntro(areas: "{areas}", goals: "{goals}"), homeGoalsByArea, homeAreaHasNoGoals,
        homeCoachEngagements, homeMyCoaching, homeNextSessions, homeOpenActions, homeCoachingElsewhere, homeElsewhereEngagements(count: "{count}"),
        homeSwitchTo(name: "{name}"), homeAllCoaching,
        homeAdministration, homeManageUsers, developmentArea, resultGoal, responsiblePersons,
    ]
}

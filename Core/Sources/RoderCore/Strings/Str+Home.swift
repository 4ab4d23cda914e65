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

    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let homeStrings: [Str] = [
        homeGreeting(name: "{name}"), homeRolesIntro(roles: "{roles}"), homeMyResponsibilities, homeNoResponsibilities, homeNotLinkedToPerson, homeProgramme,
        homeNoProgramme, homeProgrammeIntro(areas: "{areas}", goals: "{goals}"), homeGoalsByArea, homeAreaHasNoGoals,
        homeCoachEngagements, homeMyCoaching, homeNextSessions, homeOpenActions, homeCoachingElsewhere, homeElsewhereEngagements(count: "{count}"),
        homeSwitchTo(name: "{name}"), homeAllCoaching,
        homeAdministration, homeManageUsers, developmentArea, resultGoal, responsiblePersons,
    ]
}

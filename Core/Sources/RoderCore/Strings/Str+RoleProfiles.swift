/// Manager role profiles.
/// Part of the interface string catalogue: see `Str`.
extension Str {
    public static let rolesTitle = Str(sv: "Chefsroller", fi: "Esimiesroolit", en: "Manager roles")
    public static let rolesIntro = Str(
        sv:
            "Enhetliga chefsroller gör chefsarbetet mer professionellt: varje roll har sitt ansvar och de kompetenser den förutsätter, oberoende av vilken titel chefen har.",
        fi:
            "Yhtenäiset esimiesroolit tekevät esimiestyöstä ammattimaisempaa: jokaisella roolilla on vastuunsa ja sen edellyttämä osaaminen riippumatta esimiehen nimikkeestä.",
        en:
            "Harmonised manager roles make management work more professional: each role has its responsibilities and the competences it expects, whatever the manager's title."
    )
    public static let rolesList = Str(sv: "Rollerna", fi: "Roolit", en: "The roles")
    public static let rolesNone = Str(sv: "Inga chefsroller ännu.", fi: "Ei vielä esimiesrooleja.", en: "No manager roles yet.")
    public static let roleName = Str(sv: "Roll", fi: "Rooli", en: "Role")
    public static let roleHolders = Str(sv: "Chefer", fi: "Esimiehiä", en: "Managers")
    public static let roleTitlesHeld = Str(sv: "Titlar bland dem som har rollen", fi: "Roolin haltijoiden nimikkeet", en: "Titles of those holding it")
    public static func roleManyTitles(count: String) -> Str {
        Str(sv: "\(count) olika titlar", fi: "\(count) eri nimikettä", en: "\(count) different titles")
    }
    public static func rolesWithoutRole(count: String) -> Str {
        Str(sv: "Chefer utan roll (\(count))", fi: "Esimiehet ilman roolia (\(count))", en: "Managers without a role (\(count))")
    }
    public static let rolesEveryoneHasRole = Str(sv: "Alla chefer har en roll.", fi: "Kaikilla esimiehillä on rooli.", en: "Every manager has a role.")
    public static let roleNew = Str(sv: "Ny chefsroll", fi: "Uusi esimiesrooli", en: "New manager role")
    public static let roleCreate = Str(sv: "Skapa rollen", fi: "Luo rooli", en: "Create the role")
    public static func roleInLanguage(language: String) -> Str {
        Str(sv: "\(language)", fi: "\(language)", en: "\(language)")
    }
    public static let roleResponsibilities = Str(sv: "Ansvar", fi: "Vastuut", en: "Responsibilities")
    public static let roleCompetences = Str(sv: "Förväntade kompetenser", fi: "Odotettu osaaminen", en: "Expected competences")
    public static func roleHoldersTitle(count: String) -> Str {
        Str(sv: "Chefer med rollen (\(count))", fi: "Esimiehet, joilla on rooli (\(count))", en: "Managers with the role (\(count))")
    }
    public static let roleNoHolders = Str(sv: "Ingen har rollen ännu.", fi: "Kenelläkään ei ole vielä roolia.", en: "Nobody holds the role yet.")
    public static func roleRemoveHolderNamed(name: String) -> Str {
        Str(sv: "Ta bort rollen från \(name)", fi: "Poista rooli henkilöltä \(name)", en: "Remove the role from \(name)")
    }
    public static let roleAddHolder = Str(sv: "Ge rollen till", fi: "Anna rooli henkilölle", en: "Give the role to")
    public static let roleAddHolderButton = Str(sv: "Ge rollen", fi: "Anna rooli", en: "Give the role")
    public static let roleEdit = Str(sv: "Ändra rollen", fi: "Muokkaa roolia", en: "Edit the role")
    public static let roleNameRequired = Str(sv: "Skriv rollens namn.", fi: "Kirjoita roolin nimi.", en: "Enter the role's name.")
    public static func auditRoleProfileChanged(subject: String) -> Str {
        Str(sv: "Sparade chefsrollen \(subject)", fi: "Tallensi esimiesroolin \(subject)", en: "Saved the manager role \(subject)")
    }
    public static func auditRoleHoldersChanged(subject: String, after: String) -> Str {
        Str(
            sv: "Ändrade vem som har chefsrollen \(subject): \(after)", fi: "Muutti esimiesroolin \(subject) haltijoita: \(after)",
            en: "Changed who holds the manager role \(subject): \(after)")
    }
    public static func auditSpanTargetChanged(before: String, after: String) -> Str {
        Str(
            sv: "Ändrade målet för kontrollspann: \(before) → \(after)", fi: "Muutti johtamisjänteen tavoitetta: \(before) → \(after)",
            en: "Changed the span-of-control target: \(before) → \(after)")
    }

    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let roleProfilesStrings: [Str] = [
        rolesTitle, rolesIntro, rolesList, rolesNone, roleName, roleHolders, roleTitlesHeld, roleManyTitles(count: "{count}"),
        rolesWithoutRole(count: "{count}"), rolesEveryoneHasRole, roleNew, roleCreate, roleInLanguage(language: "{language}"), roleResponsibilities,
        roleCompetences, roleHoldersTitle(count: "{count}"), roleNoHolders, roleRemoveHolderNamed(name: "{name}"), roleAddHolder, roleAddHolderButton, roleEdit,
        roleNameRequired, auditRoleProfileChanged(subject: "{subject}"), auditRoleHoldersChanged(subject: "{subject}", after: "{after}"),
        auditSpanTargetChanged(before: "{before}", after: "{after}"),
    ]
}

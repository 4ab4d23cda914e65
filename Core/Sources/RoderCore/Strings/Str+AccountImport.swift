/// Accounts made from the imported organisation in one step, and the accounts of people no
/// longer in the HR data. Part of the interface string catalogue: see `Str`.
extension Str {
    public static let accountsFromOrganisation = Str(
        sv: "Konton från organisationen", fi: "Tilit organisaatiosta", en: "Accounts from the organisation")
    public static let accountsFromOrganisationIntro = Str(
        sv: "Välj personer ur den inlästa organisationen. Var och en får ett konto kopplat till sig och en inbjudan med e-post där de väljer sitt lösenord.",
        fi: "Valitse henkilöt tuodusta organisaatiosta. Jokainen saa itseensä liitetyn tilin ja sähköpostikutsun, jonka kautta hän valitsee salasanansa.",
        en: "Choose people from the imported organisation. Each gets an account linked to them and an invitation by mail to choose their password.")
    public static let accountsFilterLevels = Str(sv: "Ledningsnivå", fi: "Johtotaso", en: "Management level")
    public static let accountsFilterUnit = Str(sv: "Enhet (med enheterna under den)", fi: "Yksikkö (ja sen alayksiköt)", en: "Unit (with the units under it)")
    public static let accountsFilterWholeOrganisation = Str(sv: "Hela organisationen", fi: "Koko organisaatio", en: "The whole organisation")
    public static let accountsFilterSearch = Str(
        sv: "Sök namn, titel eller e-post", fi: "Hae nimeä, nimikettä tai sähköpostia", en: "Search name, title or e-mail")
    public static let accountsFilterShow = Str(sv: "Visa", fi: "Näytä", en: "Show")
    public static func accountsMatching(total: String, available: String) -> Str {
        Str(
            sv: "\(total) personer motsvarar valet; \(available) av dem kan få ett konto nu.",
            fi: "Valintaa vastaa \(total) henkilöä; heistä \(available) voi saada tilin nyt.",
            en: "\(total) people match; \(available) of them can get an account now.")
    }
    public static let accountsNoneMatching = Str(
        sv: "Ingen person motsvarar valet. Ändra valet ovan, eller läs först in organisationen.",
        fi: "Valintaa vastaavia henkilöitä ei ole. Muuta valintaa yllä tai tuo ensin organisaatio.",
        en: "Nobody matches. Change the choice above, or import the organisation first.")
    public static let accountsChoose = Str(sv: "Välj", fi: "Valitse", en: "Choose")
    public static let accountsUnit = Str(sv: "Enhet", fi: "Yksikkö", en: "Unit")
    public static let accountsLevel = Str(sv: "Nivå", fi: "Taso", en: "Level")
    public static let accountsTitleColumn = Str(sv: "Titel", fi: "Nimike", en: "Title")
    public static let accountsCanGetAccount = Str(sv: "Kan få ett konto", fi: "Voi saada tilin", en: "Can get an account")
    public static func accountsHasAccount(account: String) -> Str {
        Str(sv: "Har kontot \(account)", fi: "Tili: \(account)", en: "Has the account \(account)")
    }
    public static let accountsNoEmail = Str(
        sv: "Ingen e-postadress i HR-uppgifterna", fi: "Ei sähköpostiosoitetta henkilöstötiedoissa", en: "No e-mail address in the HR data")
    public static func accountsEmailInUse(account: String) -> Str {
        Str(
            sv: "Adressen används av kontot \(account): koppla det på användarens sida",
            fi: "Osoite on tilin \(account) käytössä: liitä se käyttäjän sivulla",
            en: "The address belongs to the account \(account): link it on the user's page")
    }
    public static let accountsEmailShared = Str(
        sv: "Samma e-postadress som en annan person", fi: "Sama sähköpostiosoite kuin toisella henkilöllä", en: "Same e-mail address as another person")
    public static let accountsExistingUser = Str(
        sv: "Har redan ett Roder-konto i en annan organisation: får rollerna här",
        fi: "Hänellä on jo Roder-tili toisessa organisaatiossa: saa roolit täällä",
        en: "Already has a Roder account elsewhere: gets the roles here")
    public static let accountsRoles = Str(sv: "Roller", fi: "Roolit", en: "Roles")
    public static let accountsRolesHint = Str(
        sv: "Alla får rollen Chef. Rollerna kan ändras efteråt, för flera på en gång i användarlistan.",
        fi: "Kaikki saavat roolin Esimies. Rooleja voi muuttaa jälkikäteen, useammalle kerralla käyttäjäluettelossa.",
        en: "Everyone gets the role Manager. Roles can be changed afterwards, for several at once in the users list.")
    public static let accountsTopAlsoViewer = Str(
        sv: "Högsta ledningen får också rollen Läsare (ledningsgruppens vy)",
        fi: "Ylin johto saa myös roolin Lukija (johtoryhmän näkymä)",
        en: "Top management also gets the role Viewer (the management group's view)")
    public static let accountsCreateButton = Str(
        sv: "Skapa kontona och skicka inbjudningarna", fi: "Luo tilit ja lähetä kutsut", en: "Create the accounts and send the invitations")
    public static let accountsChooseSomeone = Str(
        sv: "Välj minst en person som kan få ett konto.", fi: "Valitse vähintään yksi henkilö, joka voi saada tilin.",
        en: "Choose at least one person who can get an account.")
    public static func accountsCannotCreate(person: String) -> Str {
        Str(
            sv: "\(person) kan inte få ett konto nu (se raden). Ingenting sparades.",
            fi: "\(person) ei voi saada tiliä nyt (katso rivi). Mitään ei tallennettu.",
            en: "\(person) cannot get an account now (see the row). Nothing was saved.")
    }
    public static let noticeAccountsCreated = Str(
        sv: "Kontona har skapats och inbjudningarna är på väg med e-post.", fi: "Tilit on luotu, ja kutsut ovat matkalla sähköpostitse.",
        en: "The accounts have been created and the invitations are on their way by mail.")
    public static let accountsLeaversTitle = Str(
        sv: "Konton för personer som inte längre finns i HR-uppgifterna", fi: "Tilit henkilöille, joita ei enää ole henkilöstötiedoissa",
        en: "Accounts of people no longer in the HR data")
    public static let accountsLeaversIntro = Str(
        sv: "De här personerna saknades i den senaste inläsningen av organisationen, men deras konton är aktiva. Inaktivera dem som har slutat.",
        fi: "Nämä henkilöt puuttuivat organisaation viimeisimmästä tuonnista, mutta heidän tilinsä ovat käytössä. Poista käytöstä lähteneiden tilit.",
        en: "These people were missing from the latest import of the organisation, but their accounts are active. Deactivate those who have left.")
    public static func accountsAbsentSince(date: String) -> Str {
        Str(sv: "Saknas sedan \(date)", fi: "Puuttunut \(date) alkaen", en: "Missing since \(date)")
    }
    public static let accountsDeactivateButton = Str(
        sv: "Inaktivera de valda kontona", fi: "Poista valitut tilit käytöstä", en: "Deactivate the chosen accounts")
    public static let noticeAccountsDeactivated = Str(
        sv: "De valda kontona har inaktiverats.", fi: "Valitut tilit on poistettu käytöstä.", en: "The chosen accounts have been deactivated.")

    public static let usersFilterAnyRole = Str(sv: "Alla roller", fi: "Kaikki roolit", en: "Any role")
    public static let usersFilterAnyStatus = Str(sv: "Alla", fi: "Kaikki", en: "Any")
    public static let usersStatusInvited = Str(sv: "Inbjuden, inget lösenord ännu", fi: "Kutsuttu, ei vielä salasanaa", en: "Invited, no password yet")
    public static func usersShown(shown: String, total: String) -> Str {
        Str(sv: "Visar \(shown) av \(total) användare.", fi: "Näytetään \(shown)/\(total) käyttäjää.", en: "Showing \(shown) of \(total) users.")
    }
    public static let bulkRolesTitle = Str(sv: "Ändra roller för de valda", fi: "Muuta valittujen rooleja", en: "Change the roles of those chosen")
    public static let bulkRolesHint = Str(
        sv: "Kryssa för användarna i listan, välj vad som ska göras och med vilken roll.",
        fi: "Rastita käyttäjät listasta ja valitse, mitä tehdään ja millä roolilla.",
        en: "Tick the users in the list, then choose what to do and with which role.")
    public static let bulkAddRole = Str(sv: "Ge rollen", fi: "Anna rooli", en: "Give the role")
    public static let bulkRemoveRole = Str(sv: "Ta bort rollen", fi: "Poista rooli", en: "Remove the role")
    public static let bulkOperation = Str(sv: "Vad", fi: "Mitä", en: "What")
    public static let bulkRole = Str(sv: "Roll", fi: "Rooli", en: "Role")
    public static let bulkApply = Str(sv: "Ändra rollerna", fi: "Muuta rooleja", en: "Change the roles")
    public static let bulkChooseUsers = Str(
        sv: "Kryssa för minst en användare i listan.", fi: "Rastita vähintään yksi käyttäjä listasta.", en: "Tick at least one user in the list.")
    public static func bulkWouldHaveNoRole(name: String) -> Str {
        Str(
            sv: "\(name) skulle bli utan roller. Ingenting ändrades.", fi: "Käyttäjälle \(name) ei jäisi yhtään roolia. Mitään ei muutettu.",
            en: "\(name) would have no role left. Nothing was changed.")
    }
    public static let noticeRolesChanged = Str(sv: "Rollerna har ändrats.", fi: "Roolit on muutettu.", en: "The roles have been changed.")

    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let accountImportStrings: [Str] = [
        accountsFromOrganisation, accountsFromOrganisationIntro, accountsFilterLevels, accountsFilterUnit, accountsFilterWholeOrganisation,
        accountsFilterSearch, accountsFilterShow, accountsMatching(total: "{total}", available: "{available}"), accountsNoneMatching, accountsChoose,
        accountsUnit, accountsLevel, accountsTitleColumn, accountsCanGetAccount, accountsHasAccount(account: "{account}"), accountsNoEmail,
        accountsEmailInUse(account: "{account}"), accountsEmailShared, accountsExistingUser, accountsRoles, accountsRolesHint, accountsTopAlsoViewer,
        accountsCreateButton, accountsChooseSomeone, accountsCannotCreate(person: "{person}"), noticeAccountsCreated, accountsLeaversTitle,
        accountsLeaversIntro, accountsAbsentSince(date: "{date}"), accountsDeactivateButton, noticeAccountsDeactivated, usersFilterAnyRole,
        usersFilterAnyStatus,
        usersStatusInvited, usersShown(shown: "{shown}", total: "{total}"), bulkRolesTitle, bulkRolesHint, bulkAddRole, bulkRemoveRole, bulkOperation,
        bulkRole, bulkApply, bulkChooseUsers, bulkWouldHaveNoRole(name: "{name}"), noticeRolesChanged,
    ]
}

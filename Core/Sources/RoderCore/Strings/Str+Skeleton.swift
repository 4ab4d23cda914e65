/// The page frame, the capability areas, roles, notices and error pages.
/// Part of the interface string catalogue: see `Str`.
extension Str {
    public static let skipToContent = Str(sv: "Hoppa till innehållet", fi: "Siirry sisältöön", en: "Skip to content")
    public static let navLabel = Str(sv: "Huvudmeny", fi: "Päävalikko", en: "Main menu")
    public static let navHome = Str(sv: "Start", fi: "Etusivu", en: "Home")
    public static let navUsers = Str(sv: "Användare", fi: "Käyttäjät", en: "Users")
    public static let navAuditLog = Str(sv: "Ändringslogg", fi: "Muutosloki", en: "Audit log")
    public static let navOperator = Str(sv: "Gemensamt program", fi: "Yhteinen ohjelma", en: "Shared programme")
    public static let languageSwitchLabel = Str(sv: "Språk", fi: "Kieli", en: "Language")
    public static let signOut = Str(sv: "Logga ut", fi: "Kirjaudu ulos", en: "Sign out")
    public static let footerText = Str(
        sv: "Roder – ledarutvecklingsprogram för kommuner", fi: "Roder – kuntien johtamisen kehittämisohjelma",
        en: "Roder – leadership development for municipalities")
    public static let pagination = Str(sv: "Sidor", fi: "Sivut", en: "Pages")
    public static let newer = Str(sv: "Nyare", fi: "Uudemmat", en: "Newer")
    public static let older = Str(sv: "Äldre", fi: "Vanhemmat", en: "Older")
    public static let areaOrganisation = Str(sv: "Organisation", fi: "Organisaatio", en: "Organisation")
    public static let areaStrategy = Str(sv: "Strategi och mål", fi: "Strategia ja tavoitteet", en: "Strategy and goals")
    public static let areaEvents = Str(sv: "Forum och seminarier", fi: "Foorumit ja seminaarit", en: "Forums and seminars")
    public static let areaFeedback = Str(sv: "Respons", fi: "Palaute", en: "Feedback")
    public static let areaCoaching = Str(sv: "Coachning och kompetens", fi: "Valmennus ja osaaminen", en: "Coaching and competence")
    public static let areaWorkingTime = Str(sv: "Arbetstid och kostnader", fi: "Työaika ja kustannukset", en: "Working time and cost")
    public static let areaReports = Str(sv: "Rapporter", fi: "Raportit", en: "Reports")
    public static let areaOrganisationDescription = Str(
        sv: "Organisationsstrukturen: enheter, chefer, enhetsstorlekar och kontrollspann, chefsroller och omorganiseringsscenarier.",
        fi: "Organisaatiorakenne: yksiköt, esimiehet, yksiköiden koot ja johtamisjänteet, esimiesroolit ja uudelleenjärjestelyskenaariot.",
        en: "The organisation structure: units, managers, unit sizes and spans of control, manager roles and restructuring scenarios.")
    public static let areaStrategyDescription = Str(
        sv: "Utvecklingshelheter, resultatmål med ansvarspersoner, indikatorer, initiativ och ledningsgruppens översikt.",
        fi: "Kehittämiskokonaisuudet, tulostavoitteet vastuuhenkilöineen, mittarit, hankkeet ja johtoryhmän näkymä.",
        en: "Development areas, result goals with responsible persons, indicators, initiatives and the management-group view.")
    public static let areaEventsDescription = Str(
        sv: "Ledarforum, seminarier och möten: inbjudningar, anmälan, närvaro och material.",
        fi: "Johtamisfoorumit, seminaarit ja kokoukset: kutsut, ilmoittautuminen, läsnäolo ja materiaalit.",
        en: "Leadership forums, seminars and meetings: invitations, registration, attendance and materials.")
    public static let areaFeedbackDescription = Str(
        sv: "Systematisk, anonym respons efter varje tillfälle – resultat visas först när tillräckligt många har svarat.",
        fi: "Järjestelmällinen, nimetön palaute jokaisen tilaisuuden jälkeen – tulokset näytetään vasta, kun riittävän moni on vastannut.",
        en: "Systematic, anonymous feedback after each event – results show only once enough people have answered.")
    public static let areaCoachingDescription = Str(
        sv: "Coachningsuppdrag, kompetensramverk, självbedömning och personliga utvecklingsplaner.",
        fi: "Valmennukset, osaamiskehys, itsearviointi ja henkilökohtaiset kehittämissuunnitelmat.",
        en: "Coaching engagements, the competence framework, self-assessment and personal development plans.")
    public static let areaWorkingTimeDescription = Str(
        sv: "Arbetstid som deltagarna lägger på programmet, experternas arvoden och programmets kostnad.",
        fi: "Osallistujien ohjelmaan käyttämä työaika, asiantuntijoiden palkkiot ja ohjelman kustannukset.",
        en: "The working time participants spend on the programme, experts' fees and the programme's cost.")
    public static let areaReportsDescription = Str(
        sv: "Ledningsgruppens översikt, programrapporten för utskrift och export av alla listor.",
        fi: "Johtoryhmän yleiskuva, tulostettava ohjelmaraportti ja kaikkien luetteloiden vienti.",
        en: "The management group's overview, the printable programme report and exports of every list.")
    public static let roleAdministrator = Str(sv: "Administratör", fi: "Pääkäyttäjä", en: "Administrator")
    public static let roleProgrammeOwner = Str(sv: "Programansvarig", fi: "Ohjelman omistaja", en: "Programme owner")
    public static let roleManager = Str(sv: "Chef", fi: "Esimies", en: "Manager")
    public static let roleCoach = Str(sv: "Coach", fi: "Valmentaja", en: "Coach")
    public static let roleViewer = Str(sv: "Läsare", fi: "Lukija", en: "Viewer")
    public static let noticeSignedOut = Str(sv: "Du är utloggad.", fi: "Olet kirjautunut ulos.", en: "You have signed out.")
    public static let noticeSessionExpired = Str(
        sv: "Din session har gått ut eftersom du varit inaktiv en längre tid. Logga in igen.",
        fi: "Istuntosi on vanhentunut, koska olit pitkään toimettomana. Kirjaudu uudelleen.",
        en: "Your session has expired because you were inactive for a while. Please sign in again.")
    public static let noticePasswordChanged = Str(sv: "Ditt lösenord har ändrats.", fi: "Salasanasi on vaihdettu.", en: "Your password has been changed.")
    public static let noticeUserCreated = Str(sv: "Användaren har skapats.", fi: "Käyttäjä on luotu.", en: "The user has been created.")
    public static let noticeUserUpdated = Str(sv: "Ändringarna har sparats.", fi: "Muutokset on tallennettu.", en: "The changes have been saved.")
    public static let noticeOrganisationSwitched = Str(
        sv: "Du arbetar nu i en annan organisation.", fi: "Työskentelet nyt toisessa organisaatiossa.", en: "You are now working in another organisation.")
    public static let errorForbiddenTitle = Str(sv: "Ingen behörighet", fi: "Ei käyttöoikeutta", en: "No access")
    public static let errorForbiddenMessage = Str(
        sv: "Du har inte behörighet till den här sidan. Be administratören om en annan roll om du behöver den.",
        fi: "Sinulla ei ole oikeutta tähän sivuun. Pyydä pääkäyttäjältä toista roolia, jos tarvitset sitä.",
        en: "You do not have access to this page. Ask your administrator for another role if you need it.")
    public static let errorNotFoundTitle = Str(sv: "Sidan hittades inte", fi: "Sivua ei löytynyt", en: "Page not found")
    public static let errorNotFoundMessage = Str(
        sv: "Sidan finns inte, eller så har den flyttats. Kontrollera adressen.", fi: "Sivua ei ole olemassa tai se on siirretty. Tarkista osoite.",
        en: "The page does not exist or has moved. Check the address.")
    public static let errorFormExpiredTitle = Str(sv: "Formuläret har gått ut", fi: "Lomake on vanhentunut", en: "The form has expired")
    public static let errorFormExpiredMessage = Str(
        sv: "Formuläret skickades inte från en aktuell Roder-sida. Gå tillbaka, ladda om sidan och försök igen.",
        fi: "Lomaketta ei lähetetty ajantasaiselta Roder-sivulta. Palaa takaisin, lataa sivu uudelleen ja yritä uudelleen.",
        en: "The form was not sent from a current Roder page. Go back, reload the page and try again.")
    public static let errorBadRequestTitle = Str(sv: "Felaktig begäran", fi: "Virheellinen pyyntö", en: "Bad request")
    public static let errorBadRequestMessage = Str(
        sv: "Roder förstod inte begäran. Gå tillbaka och försök igen.", fi: "Roder ei ymmärtänyt pyyntöä. Palaa takaisin ja yritä uudelleen.",
        en: "Roder did not understand the request. Go back and try again.")
    public static let errorTooManyRequestsTitle = Str(sv: "För många försök", fi: "Liian monta yritystä", en: "Too many attempts")
    public static let errorTooManyRequestsMessage = Str(
        sv: "Vänta en stund och försök sedan igen.", fi: "Odota hetki ja yritä sitten uudelleen.", en: "Wait a while, then try again.")
    public static let errorServerTitle = Str(sv: "Något gick fel", fi: "Jokin meni vikaan", en: "Something went wrong")
    public static let errorServerMessage = Str(
        sv: "Ett fel uppstod i Roder. Ingenting du sparat tidigare har gått förlorat. Försök igen om en stund.",
        fi: "Roderissa tapahtui virhe. Aiemmin tallentamasi tiedot ovat tallessa. Yritä hetken kuluttua uudelleen.",
        en: "An error happened in Roder. Nothing you saved before has been lost. Try again in a moment.")
    public static let errorBackHome = Str(sv: "Till startsidan", fi: "Etusivulle", en: "Go to the home page")

    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let skeletonStrings: [Str] = [
        skipToContent, navLabel, navHome, navUsers, navAuditLog, navOperator, languageSwitchLabel, signOut, footerText, pagination, newer, older,
        areaOrganisation, areaStrategy, areaEvents, areaFeedback, areaCoaching, areaWorkingTime, areaReports, areaOrganisationDescription,
        areaStrategyDescription, areaEventsDescription, areaFeedbackDescription, areaCoachingDescription, areaWorkingTimeDescription, areaReportsDescription,
        roleAdministrator, roleProgrammeOwner, roleManager, roleCoach, roleViewer, noticeSignedOut, noticeSessionExpired,
        noticePasswordChanged, noticeUserCreated, noticeUserUpdated, noticeOrganisationSwitched, errorForbiddenTitle, errorForbiddenMessage, errorNotFoundTitle,
        errorNotFoundMessage, errorFormExpiredTitle, errorFormExpiredMessage, errorBadRequestTitle, errorBadRequestMessage, errorTooManyRequestsTitle,
        errorTooManyRequestsMessage, errorServerTitle, errorServerMessage, errorBackHome,
    ]
}

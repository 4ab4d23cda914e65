/// Personal development plans: goals, actions and who reads them.
/// Part of the interface string catalogue: see `Str`.
extension Str {
    public static let planMine = Str(sv: "Min utvecklingsplan", fi: "Oma kehittymissuunnitelmani", en: "My development plan")
    public static func planOf(name: String) -> Str {
        Str(sv: "Utvecklingsplan: \(name)", fi: "Kehittymissuunnitelma: \(name)", en: "Development plan: \(name)")
    }
    public static let planIntro = Str(
        sv: "Vad du vill utveckla, kopplat till kompetenserna och programmets resultatmål, med åtgärder och datum. Planen är din.",
        fi: "Mitä haluat kehittää osaamisten ja ohjelman tulostavoitteiden pohjalta, toimenpitein ja päivämäärin. Suunnitelma on sinun.",
        en: "What you want to develop, tied to the competences and the programme's result goals, with actions and dates. The plan is yours.")
    public static let planReadOnly = Str(
        sv: "Planen har delats med dig. Bara chefen själv ändrar den.", fi: "Suunnitelma on jaettu sinulle. Vain esihenkilö itse muuttaa sitä.",
        en: "The plan is shared with you. Only its owner changes it.")
    public static let planWhoSees = Str(sv: "Vem ser planen", fi: "Kuka näkee suunnitelman", en: "Who sees the plan")
    public static let planNoCoach = Str(
        sv: "Bara du – du har ingen pågående coachning.", fi: "Vain sinä – sinulla ei ole käynnissä olevaa valmennusta.",
        en: "Only you – you have no coaching under way.")
    public static func planCoachesSee(names: String) -> Str {
        Str(sv: "Du och din coach (\(names)).", fi: "Sinä ja valmentajasi (\(names)).", en: "You and your coach (\(names)).")
    }
    public static func planShareWithManager(name: String) -> Str {
        Str(sv: "Dela planen med min chef, \(name)", fi: "Jaa suunnitelma esihenkilöni kanssa: \(name)", en: "Share the plan with my manager, \(name)")
    }
    public static let planSaveSharing = Str(sv: "Spara", fi: "Tallenna", en: "Save")
    public static let planEmpty = Str(
        sv: "Planen har inga utvecklingsmål ännu.", fi: "Suunnitelmassa ei ole vielä kehittymistavoitteita.", en: "The plan has no development goals yet.")
    public static let planNoActions = Str(sv: "Inga åtgärder ännu.", fi: "Ei vielä toimenpiteitä.", en: "No actions yet.")
    public static let planSaveStatus = Str(sv: "Spara läget", fi: "Tallenna tilanne", en: "Save status")
    public static let planAddAction = Str(sv: "Ny åtgärd", fi: "Uusi toimenpide", en: "New action")
    public static let planNoLink = Str(sv: "Ingen koppling", fi: "Ei kytköstä", en: "Not linked")
    public static let planNewGoal = Str(sv: "Nytt utvecklingsmål", fi: "Uusi kehittymistavoite", en: "New development goal")
    public static let planGoalText = Str(sv: "Utvecklingsmål", fi: "Kehittymistavoite", en: "Development goal")
    public static let planGoalHint = Str(
        sv: "T.ex. ”Leda svåra samtal tryggt”. Koppla gärna till en kompetens där du ligger under förväntat.",
        fi: "Esim. ”Käyn vaikeat keskustelut varmasti”. Kytke mieluiten osaamiseen, jossa olet alle odotetun.",
        en: "E.g. “Lead difficult conversations with confidence”. Link it to a competence where you are below the expected level.")
    public static let planAddGoal = Str(sv: "Lägg till målet", fi: "Lisää tavoite", en: "Add the goal")
    public static let planStatusPlanned = Str(sv: "Planerad", fi: "Suunniteltu", en: "Planned")
    public static let planStatusUnderWay = Str(sv: "Pågår", fi: "Käynnissä", en: "Under way")
    public static let planStatusDone = Str(sv: "Klar", fi: "Valmis", en: "Done")
    public static let planTextRequired = Str(
        sv: "Skriv en text (högst 2 000 tecken) och ett datum.", fi: "Kirjoita teksti (enintään 2 000 merkkiä) ja päivämäärä.",
        en: "Write a text (at most 2,000 characters) and a date.")
    public static let planGoalRequired = Str(
        sv: "Skriv utvecklingsmålet (högst 2 000 tecken).", fi: "Kirjoita kehittymistavoite (enintään 2 000 merkkiä).",
        en: "Write the development goal (at most 2,000 characters).")
    public static let planFull = Str(
        sv: "Planen är full: avsluta eller slå ihop något först.", fi: "Suunnitelma on täynnä: päätä tai yhdistä jotain ensin.",
        en: "The plan is full: finish or merge something first.")
    public static let planNotLinked = Str(
        sv: "Ditt konto är inte kopplat till en person i organisationen, så du har ingen egen plan här.",
        fi: "Tiliäsi ei ole liitetty organisaation henkilöön, joten sinulla ei ole täällä omaa suunnitelmaa.",
        en: "Your account is not linked to a person of the organisation, so you have no plan of your own here.")
    public static let plansSharedWithMe = Str(
        sv: "Utvecklingsplaner du kan läsa", fi: "Kehittymissuunnitelmat, joita voit lukea", en: "Development plans you can read")

    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let developmentPlansStrings: [Str] = [
        planMine, planOf(name: "{name}"), planIntro, planReadOnly, planWhoSees, planNoCoach, planCoachesSee(names: "{names}"),
        planShareWithManager(name: "{name}"), planSaveSharing, planEmpty, planNoActions, planSaveStatus, planAddAction, planNoLink, planNewGoal,
        planGoalText, planGoalHint, planAddGoal, planStatusPlanned, planStatusUnderWay, planStatusDone, planTextRequired, planGoalRequired,
        planFull, planNotLinked, plansSharedWithMe,
    ]
}

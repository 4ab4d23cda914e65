/// Restructuring scenarios.
/// Part of the interface string catalogue: see `Str`.
extension Str {
    public static let scenarioTitle = Str(sv: "Omorganiseringsscenarier", fi: "Uudelleenjärjestelyskenaariot", en: "Restructuring scenarios")
    public static let scenarioIntro = Str(
        sv:
            "Pröva att slå ihop, dela eller flytta enheter och byta chefer – och se hur kontrollspannen ändras innan ledningsgruppen beslutar. Den verkliga organisationen ändras först när du tillämpar ett scenario.",
        fi:
            "Kokeile yksiköiden yhdistämistä, jakamista tai siirtämistä ja esimiesten vaihtamista – ja katso, miten johtamisjänteet muuttuvat ennen johtoryhmän päätöstä. Todellinen organisaatio muuttuu vasta, kun otat skenaarion käyttöön.",
        en:
            "Try merging, splitting or moving units and changing managers – and see how the spans of control change before the management group decides. The real organisation changes only when you apply a scenario."
    )
    public static let scenarioSideBySide = Str(sv: "Scenarierna sida vid sida", fi: "Skenaariot rinnakkain", en: "The scenarios side by side")
    public static let scenarioList = Str(sv: "Scenarier", fi: "Skenaariot", en: "Scenarios")
    public static let scenarioNone = Str(sv: "Inga scenarier ännu.", fi: "Ei vielä skenaarioita.", en: "No scenarios yet.")
    public static func scenarioChangeCount(count: String) -> Str {
        Str(sv: "\(count) ändringar", fi: "\(count) muutosta", en: "\(count) changes")
    }
    public static func scenarioAppliedOn(date: String) -> Str {
        Str(sv: "tillämpat \(date)", fi: "otettu käyttöön \(date)", en: "applied on \(date)")
    }
    public static let scenarioNewName = Str(sv: "Namn på ett nytt scenario", fi: "Uuden skenaarion nimi", en: "Name of a new scenario")
    public static let scenarioCreate = Str(sv: "Skapa scenario", fi: "Luo skenaario", en: "Create scenario")
    public static let scenarioComparisonCaption = Str(sv: "Nuläget och scenarierna", fi: "Nykytila ja skenaariot", en: "Now and the scenarios")
    public static let scenarioNow = Str(sv: "Nu", fi: "Nyt", en: "Now")
    public static let scenarioNoLongerApplies = Str(sv: "går inte längre", fi: "ei enää mahdollinen", en: "no longer applies")
    public static func scenarioManagersWithSpan(band: String) -> Str {
        Str(sv: "chefer med spann \(band)", fi: "esimiehiä, jänne \(band)", en: "managers with span \(band)")
    }
    public static let scenarioBelowTarget = Str(sv: "chefer under målet", fi: "esimiehiä alle tavoitteen", en: "managers below the target")
    public static let scenarioAboveTarget = Str(sv: "chefer över målet", fi: "esimiehiä yli tavoitteen", en: "managers above the target")
    public static func scenarioWasApplied(date: String, name: String) -> Str {
        Str(
            sv: "Scenariot tillämpades \(date) av \(name).", fi: "Skenaario otettiin käyttöön \(date), \(name).",
            en: "The scenario was applied on \(date) by \(name).")
    }
    public static let scenarioChanges = Str(sv: "Ändringar", fi: "Muutokset", en: "Changes")
    public static let scenarioNoChanges = Str(
        sv: "Inga ändringar ännu. Lägg till dem nedan.", fi: "Ei vielä muutoksia. Lisää niitä alla.", en: "No changes yet. Add them below.")
    public static let scenarioRemoveChange = Str(sv: "Ta bort", fi: "Poista", en: "Remove")
    public static func scenarioRemoveChangeNumbered(number: String) -> Str {
        Str(sv: "Ta bort ändring \(number)", fi: "Poista muutos \(number)", en: "Remove change \(number)")
    }
    public static let scenarioBeforeAfter = Str(sv: "Före och efter", fi: "Ennen ja jälkeen", en: "Before and after")
    public static let scenarioAfter = Str(sv: "Efter", fi: "Jälkeen", en: "After")
    public static func scenarioAffected(count: String) -> Str {
        Str(sv: "Chefer vars spann ändras (\(count))", fi: "Esimiehet, joiden jänne muuttuu (\(count))", en: "Managers whose span changes (\(count))")
    }
    public static let scenarioNoneAffected = Str(sv: "Ingen chefs spann ändras.", fi: "Kenenkään esimiehen jänne ei muutu.", en: "No manager's span changes.")
    public static let scenarioSpanBefore = Str(sv: "Spann före", fi: "Jänne ennen", en: "Span before")
    public static let scenarioSpanAfter = Str(sv: "Spann efter", fi: "Jänne jälkeen", en: "Span after")
    public static let scenarioNoLongerManager = Str(sv: "inte längre chef", fi: "ei enää esimies", en: "no longer a manager")
    public static let scenarioApplyTitle = Str(sv: "Tillämpa scenariot", fi: "Ota skenaario käyttöön", en: "Apply the scenario")
    public static let scenarioApplyWarning = Str(
        sv: "Ändringarna görs i den verkliga organisationen och skrivs i ändringsloggen. Gör det först när beslutet är fattat.",
        fi: "Muutokset tehdään todelliseen organisaatioon ja kirjataan muutoslokiin. Tee se vasta, kun päätös on tehty.",
        en: "The changes are made to the real organisation and written to the audit log. Do it only once the decision is made.")
    public static let scenarioApplyConfirm = Str(
        sv: "Beslutet är fattat – ändra organisationen", fi: "Päätös on tehty – muuta organisaatio", en: "The decision is made – change the organisation")
    public static let scenarioApply = Str(sv: "Tillämpa", fi: "Ota käyttöön", en: "Apply")
    public static let scenarioAddChangeTitle = Str(sv: "Lägg till en ändring", fi: "Lisää muutos", en: "Add a change")
    public static let scenarioAddChange = Str(sv: "Lägg till", fi: "Lisää", en: "Add")
    public static let scenarioMerge = Str(sv: "Slå ihop två enheter", fi: "Yhdistä kaksi yksikköä", en: "Merge two units")
    public static let scenarioMergeUnit = Str(sv: "Enheten", fi: "Yksikkö", en: "The unit")
    public static let scenarioMergeInto = Str(sv: "slås ihop med", fi: "yhdistetään yksikköön", en: "is merged into")
    public static let scenarioMove = Str(sv: "Flytta en enhet", fi: "Siirrä yksikkö", en: "Move a unit")
    public static let scenarioMoveUnit = Str(sv: "Enheten", fi: "Yksikkö", en: "The unit")
    public static let scenarioMoveParent = Str(sv: "flyttas under", fi: "siirretään yksikön alle", en: "moves under")
    public static let scenarioChangeManager = Str(sv: "Byt chef", fi: "Vaihda esimies", en: "Change a manager")
    public static let scenarioManagerUnit = Str(sv: "Enhet", fi: "Yksikkö", en: "Unit")
    public static let scenarioNewManager = Str(sv: "Ny chef", fi: "Uusi esimies", en: "New manager")
    public static let scenarioNoManager = Str(sv: "(ingen chef)", fi: "(ei esimiestä)", en: "(no manager)")
    public static let scenarioSplit = Str(sv: "Dela en enhet", fi: "Jaa yksikkö", en: "Split a unit")
    public static let scenarioSplitUnit = Str(sv: "Enheten som delas", fi: "Jaettava yksikkö", en: "The unit to split")
    public static let scenarioSplitName = Str(sv: "Den nya enhetens namn", fi: "Uuden yksikön nimi", en: "Name of the new unit")
    public static let scenarioSplitHeadcount = Str(
        sv: "Anställda som flyttar till den nya enheten", fi: "Uuteen yksikköön siirtyvä henkilöstö", en: "Staff moving to the new unit")
    public static func scenarioDescribeMerge(unit: String, target: String) -> Str {
        Str(sv: "\(unit) slås ihop med \(target)", fi: "\(unit) yhdistetään yksikköön \(target)", en: "\(unit) is merged into \(target)")
    }
    public static func scenarioDescribeSplit(unit: String, count: String, name: String) -> Str {
        Str(
            sv: "\(unit) delas: \(count) anställda till den nya enheten \(name)", fi: "\(unit) jaetaan: \(count) henkilöä uuteen yksikköön \(name)",
            en: "\(unit) is split: \(count) staff to the new unit \(name)")
    }
    public static func scenarioDescribeMove(unit: String, target: String) -> Str {
        Str(sv: "\(unit) flyttas under \(target)", fi: "\(unit) siirretään yksikön \(target) alle", en: "\(unit) moves under \(target)")
    }
    public static func scenarioDescribeManager(unit: String, name: String) -> Str {
        Str(sv: "\(unit) får chefen \(name)", fi: "\(unit): uusi esimies \(name)", en: "\(unit) gets the manager \(name)")
    }
    public static func scenarioDescribeNoManager(unit: String) -> Str {
        Str(sv: "\(unit) blir utan chef", fi: "\(unit) jää ilman esimiestä", en: "\(unit) is left without a manager")
    }
    public static func scenarioErrorStep(number: String, reason: String) -> Str {
        Str(sv: "Ändring \(number) går inte: \(reason)", fi: "Muutos \(number) ei onnistu: \(reason)", en: "Change \(number) cannot be made: \(reason)")
    }
    public static let scenarioErrorUnknownUnit = Str(
        sv: "enheten finns inte längre i organisationen", fi: "yksikköä ei enää ole organisaatiossa", en: "the unit is no longer in the organisation")
    public static let scenarioErrorMergeIntoItself = Str(
        sv: "en enhet kan inte slås ihop med sig själv", fi: "yksikköä ei voi yhdistää itseensä", en: "a unit cannot be merged into itself")
    public static let scenarioErrorIntoOwnSubtree = Str(
        sv: "enheten skulle hamna under sig själv", fi: "yksikkö päätyisi itsensä alle", en: "the unit would end up under itself")
    public static func scenarioErrorSplit(count: String) -> Str {
        Str(
            sv: "enheten har \(count) anställda; flytta minst 1 och högst så många",
            fi: "yksikössä on \(count) henkilöä; siirrä vähintään 1 ja enintään niin monta",
            en: "the unit has \(count) staff; move at least 1 and at most that many")
    }
    public static let scenarioErrorUnknownPerson = Str(
        sv: "personen finns inte i organisationen", fi: "henkilöä ei ole organisaatiossa", en: "the person is not in the organisation")
    public static let scenarioNameRequired = Str(sv: "Ge scenariot ett namn.", fi: "Anna skenaariolle nimi.", en: "Give the scenario a name.")
    public static let scenarioSplitNameRequired = Str(sv: "Ge den nya enheten ett namn.", fi: "Anna uudelle yksikölle nimi.", en: "Give the new unit a name.")
    public static let scenarioApplied = Str(
        sv: "Scenariot har tillämpats på organisationen.", fi: "Skenaario on otettu käyttöön organisaatiossa.",
        en: "The scenario has been applied to the organisation.")
    public static let scenarioConfirmRequired = Str(
        sv: "Kryssa i att beslutet är fattat.", fi: "Merkitse, että päätös on tehty.", en: "Tick that the decision is made.")
    public static func auditScenarioApplied(subject: String, after: String) -> Str {
        Str(
            sv: "Tillämpade omorganiseringsscenariot \(subject) (\(after))", fi: "Otti käyttöön uudelleenjärjestelyskenaarion \(subject) (\(after))",
            en: "Applied the restructuring scenario \(subject) (\(after))")
    }
    public static let unknownUnitName = Str(sv: "(okänd enhet)", fi: "(tuntematon yksikkö)", en: "(unknown unit)")

    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let scenariosStrings: [Str] = [
        scenarioTitle, scenarioIntro, scenarioSideBySide, scenarioList, scenarioNone, scenarioChangeCount(count: "{count}"), scenarioAppliedOn(date: "{date}"),
        scenarioNewName, scenarioCreate, scenarioComparisonCaption, scenarioNow, scenarioNoLongerApplies, scenarioManagersWithSpan(band: "{band}"),
        scenarioBelowTarget, scenarioAboveTarget, scenarioWasApplied(date: "{date}", name: "{name}"), scenarioChanges, scenarioNoChanges, scenarioRemoveChange,
        scenarioRemoveChangeNumbered(number: "{number}"), scenarioBeforeAfter, scenarioAfter, scenarioAffected(count: "{count}"), scenarioNoneAffected,
        scenarioSpanBefore, scenarioSpanAfter, scenarioNoLongerManager, scenarioApplyTitle, scenarioApplyWarning, scenarioApplyConfirm, scenarioApply,
        scenarioAddChangeTitle, scenarioAddChange, scenarioMerge, scenarioMergeUnit, scenarioMergeInto, scenarioMove, scenarioMoveUnit, scenarioMoveParent,
        scenarioChangeManager, scenarioManagerUnit, scenarioNewManager, scenarioNoManager, scenarioSplit, scenarioSplitUnit, scenarioSplitName,
        scenarioSplitHeadcount, scenarioDescribeMerge(unit: "{unit}", target: "{target}"),
        scenarioDescribeSplit(unit: "{unit}", count: "{count}", name: "{name}"), scenarioDescribeMove(unit: "{unit}", target: "{target}"),
        scenarioDescribeManager(unit: "{unit}", name: "{name}"), scenarioDescribeNoManager(unit: "{unit}"),
        scenarioErrorStep(number: "{number}", reason: "{reason}"), scenarioErrorUnknownUnit, scenarioErrorMergeIntoItself, scenarioErrorIntoOwnSubtree,
        scenarioErrorSplit(count: "{count}"), scenarioErrorUnknownPerson, scenarioNameRequired, scenarioSplitNameRequired, scenarioApplied,
        scenarioConfirmRequired, auditScenarioApplied(subject: "{subject}", after: "{after}"), unknownUnitName,
    ]
}

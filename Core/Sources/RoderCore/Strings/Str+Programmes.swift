/// Programmes, development areas, initiatives, periods and the archive.
/// Part of the interface string catalogue: see `Str`.
extension Str {
    public static let mgNextMilestone = Str(sv: "Nästa delmål:", fi: "Seuraava välitavoite:", en: "Next milestone:")
    public static let milestoneOverdue = Str(sv: "försenat", fi: "myöhässä", en: "overdue")
    public static let initiativePlanned = Str(sv: "Planerat", fi: "Suunniteltu", en: "Planned")
    public static let initiativeUnderway = Str(sv: "Pågår", fi: "Käynnissä", en: "Underway")
    public static let initiativePaused = Str(sv: "Pausat", fi: "Keskeytetty", en: "Paused")
    public static let initiativeDone = Str(sv: "Klart", fi: "Valmis", en: "Done")
    public static let initiativesTitle = Str(sv: "Initiativ", fi: "Hankkeet", en: "Initiatives")
    public static let initiativeColumn = Str(sv: "Initiativ", fi: "Hanke", en: "Initiative")
    public static let initiativeOwner = Str(sv: "Ansvarig", fi: "Vastuuhenkilö", en: "Owner")
    public static let programmeSettings = Str(sv: "Programmets inställningar", fi: "Ohjelman asetukset", en: "Programme settings")
    public static let archiveTitle = Str(sv: "Arkiv", fi: "Arkisto", en: "Archive")
    public static let mgAreaProgressTitle = Str(
        sv: "Framsteg per utvecklingsområde", fi: "Edistyminen kehittämisalueittain", en: "Progress by development area")
    public static let mgAreaProgressDescription = Str(
        sv: "Varje utvecklingsområdes framsteg som medeltal av dess resultatmål, från utgångsvärde till målvärde.",
        fi: "Kunkin kehittämisalueen edistyminen sen tulostavoitteiden keskiarvona, lähtötasosta tavoitetasoon.",
        en: "Each development area's progress as the average of its result goals, from baseline to target.")
    public static func mgThresholdsLegend(green: String, amber: String) -> Str {
        Str(
            sv: "Grönt från \(green) %, gult från \(amber) %, under det rött. Framsteget räknas från utgångsvärdet till målvärdet.",
            fi: "Vihreä alkaen \(green) %, keltainen alkaen \(amber) %, sitä alempi punainen. Edistyminen lasketaan lähtötasosta tavoitetasoon.",
            en: "Green from \(green) %, amber from \(amber) %, red below. Progress runs from the baseline to the target.")
    }
    public static let programmeDetails = Str(sv: "Programmet", fi: "Ohjelma", en: "The programme")
    public static let programmeName = Str(sv: "Programmets namn", fi: "Ohjelman nimi", en: "Programme name")
    public static let programmeStartYear = Str(sv: "Första år", fi: "Ensimmäinen vuosi", en: "First year")
    public static let programmeEndYear = Str(sv: "Sista år", fi: "Viimeinen vuosi", en: "Last year")
    public static let programmeThresholds = Str(sv: "Färggränser för framsteg", fi: "Edistymisen värirajat", en: "Colour thresholds for progress")
    public static let programmeThresholdsHint = Str(
        sv: "I procent av vägen från utgångsvärde till målvärde. Gult kan inte vara högre än grönt.",
        fi: "Prosentteina matkasta lähtötasosta tavoitetasoon. Keltainen ei voi olla vihreää korkeampi.",
        en: "As a percentage of the way from baseline to target. Amber cannot be higher than green.")
    public static let programmeGreenFrom = Str(sv: "Grönt från (%)", fi: "Vihreä alkaen (%)", en: "Green from (%)")
    public static let programmeAmberFrom = Str(sv: "Gult från (%)", fi: "Keltainen alkaen (%)", en: "Amber from (%)")
    public static let programmeRollUp = Str(
        sv: "Hur ett måls framsteg räknas", fi: "Miten tavoitteen edistyminen lasketaan", en: "How a goal's progress is counted")
    public static let rollUpAverage = Str(sv: "Medeltal av målets indikatorer", fi: "Tavoitteen mittareiden keskiarvo", en: "Average of the goal's indicators")
    public static let rollUpWeighted = Str(
        sv: "Vägt medeltal, med varje indikators vikt", fi: "Painotettu keskiarvo kunkin mittarin painolla", en: "Weighted average, by each indicator's weight")
    public static let programmeAreas = Str(sv: "Utvecklingsområden", fi: "Kehittämisalueet", en: "Development areas")
    public static func programmeAreaGoals(count: String) -> Str {
        Str(sv: "\(count) resultatmål", fi: "\(count) tulostavoitetta", en: "\(count) result goals")
    }
    public static let programmeRenameArea = Str(sv: "Byt namn", fi: "Muuta nimeä", en: "Rename")
    public static let programmeAreaTitle = Str(sv: "Områdets namn", fi: "Alueen nimi", en: "Area name")
    public static let moveUp = Str(sv: "Flytta upp", fi: "Siirrä ylös", en: "Move up")
    public static let moveDown = Str(sv: "Flytta ner", fi: "Siirrä alas", en: "Move down")
    public static let archiveAction = Str(sv: "Arkivera", fi: "Arkistoi", en: "Archive")
    public static let programmeNewArea = Str(sv: "Lägg till ett utvecklingsområde", fi: "Lisää kehittämisalue", en: "Add a development area")
    public static let programmeAddArea = Str(sv: "Lägg till området", fi: "Lisää alue", en: "Add the area")
    public static let programmeYears = Str(sv: "År och låsning", fi: "Vuodet ja lukitus", en: "Years and locking")
    public static let programmeYearsHint = Str(
        sv:
            "När ett år är slut låses dess mätvärden, så att siffrorna ledningsgruppen såg står kvar. Du kan låsa upp ett år för rättelser; det syns i ändringsloggen. Mål som skulle nås under året men inte är klara kan föras över till nästa år med sina indikatorer.",
        fi:
            "Kun vuosi päättyy, sen mittaukset lukitaan, jotta johtoryhmän näkemät luvut säilyvät. Voit avata vuoden korjauksia varten; se näkyy muutoslokissa. Vuoden aikana saavutettaviksi tarkoitetut keskeneräiset tavoitteet voi siirtää mittareineen seuraavalle vuodelle.",
        en:
            "When a year ends its measurements lock, so the figures the management group saw stay as they were. You can unlock a year for corrections; the audit log shows it. Goals meant to be reached in the year that are not done can be carried into the next year with their indicators."
    )
    public static let programmeYear = Str(sv: "År", fi: "Vuosi", en: "Year")
    public static let programmeMeasurements = Str(sv: "Mätvärden", fi: "Mittaukset", en: "Measurements")
    public static let programmeCarryOver = Str(sv: "Ofärdiga mål", fi: "Keskeneräiset tavoitteet", en: "Unfinished goals")
    public static let programmeNothingToCarry = Str(sv: "Inga att föra över", fi: "Ei siirrettävää", en: "None to carry over")
    public static func programmeCarryButton(count: String, year: String) -> Str {
        Str(sv: "För över \(count) mål till \(year)", fi: "Siirrä \(count) tavoitetta vuodelle \(year)", en: "Carry \(count) goals over to \(year)")
    }
    public static func programmeCarryNeedsYear(count: String, year: String) -> Str {
        Str(
            sv: "\(count) mål – förläng programmet till \(year) för att föra över dem",
            fi: "\(count) tavoitetta – jatka ohjelmaa vuoteen \(year) siirtääksesi ne",
            en: "\(count) goals – extend the programme to \(year) to carry them over")
    }
    public static let programmeNew = Str(sv: "Andra program", fi: "Muut ohjelmat", en: "Other programmes")
    public static let programmeNewStart = Str(sv: "Starta ett nytt program", fi: "Aloita uusi ohjelma", en: "Start a new programme")
    public static let programmeNewHint = Str(
        sv: "Ett nytt program börjar med artikelns fem utvecklingsområden, som du sedan kan ändra.",
        fi: "Uusi ohjelma alkaa artikkelin viidellä kehittämisalueella, joita voit muokata.",
        en: "A new programme starts with the article's five development areas, which you can then change.")
    public static let programmeCreate = Str(sv: "Skapa programmet", fi: "Luo ohjelma", en: "Create the programme")
    public static let periodOpen = Str(sv: "Öppet", fi: "Avoin", en: "Open")
    public static let periodLockedState = Str(sv: "Låst", fi: "Lukittu", en: "Locked")
    public static let periodUnlock = Str(sv: "Lås upp", fi: "Avaa lukitus", en: "Unlock")
    public static func periodUnlockedBy(name: String, date: String) -> Str {
        Str(sv: "Upplåst av \(name) \(date)", fi: "Lukitus avattu: \(name) \(date)", en: "Unlocked by \(name) on \(date)")
    }
    public static let periodLockAgain = Str(sv: "Lås igen", fi: "Lukitse uudelleen", en: "Lock again")
    public static let archiveIntro = Str(
        sv: "Det som arkiverats försvinner ur listor och beräkningar men raderas inte. Återställ det så kommer det tillbaka som det var.",
        fi: "Arkistoidut poistuvat listoista ja laskelmista, mutta niitä ei poisteta. Palauta, niin ne palaavat ennallaan.",
        en: "Archived items leave lists and calculations but are not deleted. Restore one and it comes back as it was.")
    public static let archiveEmpty = Str(sv: "Inget är arkiverat.", fi: "Mitään ei ole arkistoitu.", en: "Nothing is archived.")
    public static let archiveWhat = Str(sv: "Vad", fi: "Mikä", en: "What")
    public static let archiveKind = Str(sv: "Typ", fi: "Tyyppi", en: "Kind")
    public static let archiveWhen = Str(sv: "Arkiverat", fi: "Arkistoitu", en: "Archived")
    public static let archiveRestore = Str(sv: "Återställ", fi: "Palauta", en: "Restore")
    public static let initiativesIntro = Str(
        sv: "Synliga satsningar som för målen framåt, med delmål och datum. Försenade delmål markeras.",
        fi: "Näkyvät hankkeet, jotka vievät tavoitteita eteenpäin, välitavoitteineen ja päivämäärineen. Myöhässä olevat välitavoitteet merkitään.",
        en: "Visible pieces of work that move the goals forward, with milestones and dates. Overdue milestones are marked.")
    public static let initiativeNone = Str(sv: "Inga initiativ ännu.", fi: "Ei vielä hankkeita.", en: "No initiatives yet.")
    public static let initiativeGoals = Str(sv: "Resultatmål som initiativet stöder", fi: "Tulostavoitteet, joita hanke tukee", en: "Result goals it serves")
    public static func initiativeOverdueCount(count: String) -> Str {
        Str(sv: "\(count) delmål försenade", fi: "\(count) välitavoitetta myöhässä", en: "\(count) milestones overdue")
    }
    public static let initiativeNew = Str(sv: "Nytt initiativ", fi: "Uusi hanke", en: "New initiative")
    public static let initiativeCreate = Str(sv: "Skapa initiativet", fi: "Luo hanke", en: "Create the initiative")
    public static let initiativeTitle = Str(sv: "Namn", fi: "Nimi", en: "Name")
    public static let initiativeEdit = Str(sv: "Ändra initiativet", fi: "Muokkaa hanketta", en: "Change the initiative")
    public static let archivedNote = Str(
        sv: "Det här är arkiverat och syns inte i översikterna.", fi: "Tämä on arkistoitu eikä näy yhteenvedoissa.",
        en: "This is archived and does not show in the overviews.")
    public static let milestonesTitle = Str(sv: "Delmål", fi: "Välitavoitteet", en: "Milestones")
    public static let milestonesNone = Str(sv: "Inga delmål ännu.", fi: "Ei vielä välitavoitteita.", en: "No milestones yet.")
    public static func milestoneDoneOn(date: String) -> Str {
        Str(sv: "klart \(date)", fi: "valmis \(date)", en: "done \(date)")
    }
    public static let milestoneOpen = Str(sv: "öppet", fi: "avoin", en: "open")
    public static let milestoneMarkDone = Str(sv: "Markera klart", fi: "Merkitse valmiiksi", en: "Mark done")
    public static let milestoneReopen = Str(sv: "Öppna igen", fi: "Avaa uudelleen", en: "Reopen")
    public static let milestoneNew = Str(sv: "Lägg till ett delmål", fi: "Lisää välitavoite", en: "Add a milestone")
    public static let milestoneTitle = Str(sv: "Delmål", fi: "Välitavoite", en: "Milestone")
    public static let milestoneDue = Str(sv: "Datum", fi: "Päivämäärä", en: "Due date")
    public static let milestoneAdd = Str(sv: "Lägg till delmålet", fi: "Lisää välitavoite", en: "Add the milestone")
    public static let milestoneInvalid = Str(
        sv: "Delmålet behöver ett namn och ett datum.", fi: "Välitavoitteella on oltava nimi ja päivämäärä.", en: "A milestone needs a name and a date.")
    public static let archiveGoalHint = Str(
        sv: "Ett arkiverat mål försvinner ur översikten och beräkningarna men raderas inte; det kan återställas från arkivet.",
        fi: "Arkistoitu tavoite poistuu yhteenvedosta ja laskelmista, mutta sitä ei poisteta; sen voi palauttaa arkistosta.",
        en: "An archived goal leaves the overview and the calculations but is not deleted; it can be restored from the archive.")
    public static let goalEdit = Str(sv: "Ändra resultatmålet", fi: "Muokkaa tulostavoitetta", en: "Change the result goal")
    public static let goalPeriod = Str(sv: "Tid", fi: "Aikaväli", en: "Period")
    public static func indicatorWeightIs(weight: String) -> Str {
        Str(sv: "vikt \(weight)", fi: "paino \(weight)", en: "weight \(weight)")
    }
    public static func measurementCorrectedFrom(values: String) -> Str {
        Str(sv: "rättat från \(values)", fi: "korjattu arvosta \(values)", en: "corrected from \(values)")
    }
    public static let measurementLocked = Str(sv: "låst", fi: "lukittu", en: "locked")
    public static let measurementCorrect = Str(sv: "Rätta", fi: "Korjaa", en: "Correct")
    public static let measurementCorrectionReason = Str(sv: "Varför rättas värdet?", fi: "Miksi arvo korjataan?", en: "Why is the value corrected?")
    public static let measurementCorrectionInvalid = Str(
        sv: "Skriv det rätta värdet som ett tal och varför det rättas.", fi: "Kirjoita oikea arvo lukuna ja syy korjaukseen.",
        en: "Enter the right value as a number and why it is corrected.")
    public static let indicatorWeight = Str(sv: "Vikt", fi: "Paino", en: "Weight")
    public static let indicatorWeightHint = Str(
        sv: "Räknas bara om programmet väger indikatorerna. 1 = normal.", fi: "Vaikuttaa vain, jos ohjelma painottaa mittareita. 1 = tavallinen.",
        en: "Counts only if the programme weighs indicators. 1 = normal.")
    public static func programmeNameRequired(language: String) -> Str {
        Str(sv: "Skriv programmets namn på \(language).", fi: "Kirjoita ohjelman nimi kielellä \(language).", en: "Enter the programme's name in \(language).")
    }
    public static let programmeYearsInvalid = Str(
        sv: "Skriv första och sista år som årtal (t.ex. 2025 och 2027); programmet kan vara högst tio år.",
        fi: "Kirjoita ensimmäinen ja viimeinen vuosi vuosilukuina (esim. 2025 ja 2027); ohjelma voi kestää enintään kymmenen vuotta.",
        en: "Enter the first and last year as years (e.g. 2025 and 2027); a programme lasts at most ten years.")
    public static let programmeThresholdsInvalid = Str(
        sv: "Färggränserna ska vara procent mellan 0 och 100, och gult får inte vara högre än grönt.",
        fi: "Värirajojen on oltava prosentteja 0–100, eikä keltainen saa olla vihreää korkeampi.",
        en: "The thresholds must be percentages from 0 to 100, and amber may not be higher than green.")
    public static func initiativeTitleRequired(language: String) -> Str {
        Str(
            sv: "Skriv initiativets namn på \(language).", fi: "Kirjoita hankkeen nimi kielellä \(language).", en: "Enter the initiative's name in \(language)."
        )
    }
    public static let noticeSaved = Str(sv: "Ändringarna har sparats.", fi: "Muutokset on tallennettu.", en: "The changes have been saved.")
    public static let noticeArchived = Str(
        sv: "Arkiverat. Du hittar det här i arkivet.", fi: "Arkistoitu. Löydät sen täältä arkistosta.", en: "Archived. You find it here in the archive.")
    public static let noticeRestored = Str(sv: "Återställt.", fi: "Palautettu.", en: "Restored.")
    public static let noticeCarriedOver = Str(
        sv: "De ofärdiga målen har förts över till nästa år med sina indikatorer.",
        fi: "Keskeneräiset tavoitteet on siirretty mittareineen seuraavalle vuodelle.",
        en: "The unfinished goals have been carried over to the next year with their indicators.")
    public static let noticeCarryOverNeedsYear = Str(
        sv: "Nästa år hör inte till programmet. Förläng programmet först.", fi: "Seuraava vuosi ei kuulu ohjelmaan. Jatka ohjelmaa ensin.",
        en: "The next year is not part of the programme. Extend the programme first.")
    public static let noticeProgrammeInvalid = Str(
        sv: "Programmet skapades inte: skriv ett namn och första och sista år.", fi: "Ohjelmaa ei luotu: kirjoita nimi sekä ensimmäinen ja viimeinen vuosi.",
        en: "The programme was not created: enter a name and the first and last year.")
    public static let noticeAreaTitleMissing = Str(
        sv: "Området sparades inte: det behöver ett namn.", fi: "Aluetta ei tallennettu: sillä on oltava nimi.", en: "The area was not saved: it needs a name.")
    public static func auditGoalChanged(subject: String) -> Str {
        Str(sv: "Ändrade resultatmålet \(subject)", fi: "Muokkasi tulostavoitetta \(subject)", en: "Changed the result goal \(subject)")
    }
    public static func auditMeasurementCorrected(subject: String, before: String, after: String) -> Str {
        Str(
            sv: "Rättade ett mätvärde för \(subject): \(before) → \(after)", fi: "Korjasi mittarin \(subject) arvon: \(before) → \(after)",
            en: "Corrected a value of \(subject): \(before) → \(after)")
    }
    public static func auditProgrammeCreated(subject: String, after: String) -> Str {
        Str(sv: "Skapade programmet \(subject) (\(after))", fi: "Loi ohjelman \(subject) (\(after))", en: "Created the programme \(subject) (\(after))")
    }
    public static func auditProgrammeChanged(subject: String, before: String, after: String) -> Str {
        Str(
            sv: "Ändrade programmet \(subject): \(before) → \(after)", fi: "Muokkasi ohjelmaa \(subject): \(before) → \(after)",
            en: "Changed the programme \(subject): \(before) → \(after)")
    }
    public static func auditAreaChanged(subject: String) -> Str {
        Str(sv: "Ändrade utvecklingsområdet \(subject)", fi: "Muokkasi kehittämisaluetta \(subject)", en: "Changed the development area \(subject)")
    }
    public static func auditPeriodUnlocked(subject: String) -> Str {
        Str(sv: "Låste upp mätvärdena för \(subject)", fi: "Avasi mittausten lukituksen: \(subject)", en: "Unlocked the measurements of \(subject)")
    }
    public static func auditPeriodLocked(subject: String) -> Str {
        Str(sv: "Låste mätvärdena för \(subject)", fi: "Lukitsi mittaukset: \(subject)", en: "Locked the measurements of \(subject)")
    }
    public static func auditGoalsCarriedOver(after: String, subject: String) -> Str {
        Str(
            sv: "Förde över \(after) ofärdiga mål: \(subject)", fi: "Siirsi \(after) keskeneräistä tavoitetta: \(subject)",
            en: "Carried over \(after) unfinished goals: \(subject)")
    }
    public static func auditItemArchived(subject: String) -> Str {
        Str(sv: "Arkiverade \(subject)", fi: "Arkistoi kohteen \(subject)", en: "Archived \(subject)")
    }
    public static func auditItemRestored(subject: String) -> Str {
        Str(sv: "Återställde \(subject)", fi: "Palautti kohteen \(subject)", en: "Restored \(subject)")
    }
    public static func auditInitiativeChanged(subject: String) -> Str {
        Str(sv: "Ändrade initiativet \(subject)", fi: "Muokkasi hanketta \(subject)", en: "Changed the initiative \(subject)")
    }
    public static func auditMilestoneChanged(subject: String, after: String) -> Str {
        Str(sv: "Ändrade delmålet \(subject): \(after)", fi: "Muokkasi välitavoitetta \(subject): \(after)", en: "Changed the milestone \(subject): \(after)")
    }
    public static let indicatorFrequency = Str(sv: "Hur ofta mäts den?", fi: "Kuinka usein mitataan?", en: "How often is it measured?")
    public static let frequencyMonthly = Str(sv: "mäts varje månad", fi: "mitataan kuukausittain", en: "measured monthly")
    public static let frequencyQuarterly = Str(sv: "mäts varje kvartal", fi: "mitataan neljännesvuosittain", en: "measured quarterly")
    public static let frequencyHalfYearly = Str(sv: "mäts varje halvår", fi: "mitataan puolivuosittain", en: "measured half-yearly")
    public static let frequencyYearly = Str(sv: "mäts varje år", fi: "mitataan vuosittain", en: "measured yearly")
    public static let indicatorValueDue = Str(sv: "Ett nytt värde borde ha registrerats.", fi: "Uusi arvo olisi pitänyt kirjata.", en: "A new value is due.")

    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let programmesStrings: [Str] = [
        mgNextMilestone, milestoneOverdue, initiativePlanned, initiativeUnderway, initiativePaused, initiativeDone, initiativesTitle, initiativeColumn,
        initiativeOwner, programmeSettings, archiveTitle, mgAreaProgressTitle, mgAreaProgressDescription,
        mgThresholdsLegend(green: "{green}", amber: "{amber}"), programmeDetails, programmeName, programmeStartYear, programmeEndYear, programmeThresholds,
        programmeThresholdsHint, programmeGreenFrom, programmeAmberFrom, programmeRollUp, rollUpAverage, rollUpWeighted, programmeAreas,
        programmeAreaGoals(count: "{count}"), programmeRenameArea, programmeAreaTitle, moveUp, moveDown, archiveAction, programmeNewArea, programmeAddArea,
        programmeYears, programmeYearsHint, programmeYear, programmeMeasurements, programmeCarryOver, programmeNothingToCarry,
        programmeCarryButton(count: "{count}", year: "{year}"), programmeCarryNeedsYear(count: "{count}", year: "{year}"), programmeNew, programmeNewStart,
        programmeNewHint, programmeCreate, periodOpen, periodLockedState, periodUnlock, periodUnlockedBy(name: "{name}", date: "{date}"), periodLockAgain,
        archiveIntro, archiveEmpty, archiveWhat, archiveKind, archiveWhen, archiveRestore, initiativesIntro, initiativeNone, initiativeGoals,
        initiativeOverdueCount(count: "{count}"), initiativeNew, initiativeCreate, initiativeTitle, initiativeEdit, archivedNote, milestonesTitle,
        milestonesNone, milestoneDoneOn(date: "{date}"), milestoneOpen, milestoneMarkDone, milestoneReopen, milestoneNew, milestoneTitle, milestoneDue,
        milestoneAdd, milestoneInvalid, archiveGoalHint, goalEdit, goalPeriod, indicatorWeightIs(weight: "{weight}"),
        measurementCorrectedFrom(values: "{values}"), measurementLocked, measurementCorrect, measurementCorrectionReason, measurementCorrectionInvalid,
        indicatorWeight, indicatorWeightHint, programmeNameRequired(language: "{language}"), programmeYearsInvalid, programmeThresholdsInvalid,
        initiativeTitleRequired(language: "{language}"), noticeSaved, noticeArchived, noticeRestored, noticeCarriedOver, noticeCarryOverNeedsYear,
        noticeProgrammeInvalid, noticeAreaTitleMissing, auditGoalChanged(subject: "{subject}"),
        auditMeasurementCorrected(subject: "{subject}", before: "{before}", after: "{after}"), auditProgrammeCreated(subject: "{subject}", after: "{after}"),
        auditProgrammeChanged(subject: "{subject}", before: "{before}", after: "{after}"), auditAreaChanged(subject: "{subject}"),
        auditPeriodUnlocked(subject: "{subject}"), auditPeriodLocked(subject: "{subject}"), auditGoalsCarriedOver(after: "{after}", subject: "{subject}"),
        auditItemArchived(subject: "{subject}"), auditItemRestored(subject: "{subject}"), auditInitiativeChanged(subject: "{subject}"),
        auditMilestoneChanged(subject: "{subject}", after: "{after}"), indicatorFrequency, frequencyMonthly, frequencyQuarterly, frequencyHalfYearly,
        frequencyYearly, indicatorValueDue,
    ]
}

/// The programme owner's comments in the demo's report for its first year.
public enum DemoReport {
    public static let year = 2025

    public static let summary = LocalizedText(
        sv:
            "Programmets första år: fyra forum och seminarier med i genomsnitt över fyra av fem chefer närvarande, och de flesta resultatmål enligt plan.\nUtredningen av enhetsstorlekar blev dyrare än planerat, så området Uppdatering av strategin gick över sin budget. Nästa år håller vi forumen kortare och ger mer tid för samtal i grupper.",
        fi:
            "Ohjelman ensimmäinen vuosi: neljä foorumia ja seminaaria, joissa keskimäärin yli neljä viidestä esihenkilöstä oli läsnä, ja useimmat tulostavoitteet suunnitelmassa.\nYksikkökokojen selvitys tuli suunniteltua kalliimmaksi, joten strategian päivittämisen alue ylitti budjettinsa. Ensi vuonna pidämme foorumit lyhyempinä ja annamme enemmän aikaa ryhmäkeskusteluille."
    )

    /// By 1-based development area.
    public static let areas: [Int: LocalizedText] = [
        1: LocalizedText(
            sv: "Två enheter i norra distriktet slogs samman i mars. Chefsrollerna är harmoniserade i 55 % av enheterna.",
            fi: "Kaksi pohjoisen piirin yksikköä yhdistettiin maaliskuussa. Esihenkilöroolit on yhtenäistetty 55 %:ssa yksiköistä."),
        2: LocalizedText(
            sv: "Fullmäktige godkände strategin i november. Utredningen av enhetsstorlekar kostade 14 900 € och förklarar att området gick över budget.",
            fi: "Valtuusto hyväksyi strategian marraskuussa. Yksikkökokojen selvitys maksoi 14 900 € ja selittää alueen budjetin ylityksen."),
    ]
}

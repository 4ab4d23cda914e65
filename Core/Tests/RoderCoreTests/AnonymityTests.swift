import Foundation
import Testing

@testable import RoderCore

@Suite("Anonymity: threshold and back-calculation")
struct AnonymityTests {
    let three = try! AnonymityThreshold(3)

    @Test("k is 5 unless set, and never below 3")
    func threshold() throws {
        #expect(AnonymityThreshold.standard.k == 5)
        #expect(throws: AnonymityThreshold.ThresholdTooLow.self) { try AnonymityThreshold(2) }
        #expect(try AnonymityThreshold(3).allows(3))
        #expect(!(try AnonymityThreshold(3).allows(2)))
    }

    @Test("6 answers in groups of 4 and 2: both groups are hidden, not only the group of 2")
    func subtraction() {
        let plan = Suppression.plan(groups: [("Sjöbacka", 4), ("Bergvik", 2)], threshold: three)
        #expect(plan.totalVisible)
        #expect(plan.hidden == ["Sjöbacka", "Bergvik"])
    }

    @Test("Groups all at or above k show; the total shows from k")
    func nothingHidden() {
        let plan = Suppression.plan(groups: [("a", 3), ("b", 5)], threshold: three)
        #expect(plan.hidden.isEmpty && plan.totalVisible)
        #expect(!Suppression.plan(groups: [("a", 2)], threshold: three).totalVisible)
    }

    @Test("Two small groups that together reach k are hidden alone; the big ones stay visible")
    func unionReachesK() {
        let plan = Suppression.plan(groups: [("a", 2), ("b", 2), ("c", 10), ("d", 7)], threshold: three)
        #expect(plan.hidden == ["a", "b"])
    }

    @Test("One small group and the next smallest is hidden with it, not the largest")
    func smallestNext() {
        let plan = Suppression.plan(groups: [("a", 1), ("b", 4), ("c", 9)], threshold: three)
        #expect(plan.hidden == ["a", "b"])
    }

    @Test(
        "No hidden group can be worked out from what shows",
        arguments: [
            [1, 4, 9], [2, 2, 10, 7], [4, 2], [3, 3, 3], [1, 1, 1, 8], [2, 5, 5, 5], [6], [1, 2], [0, 2, 9],
        ])
    func noBackCalculation(counts: [Int]) {
        let groups = counts.enumerated().map { (key: "g\($0.offset)", respondents: $0.element) }
        let plan = Suppression.plan(groups: groups, threshold: three)
        let hiddenTotal = groups.filter { plan.hidden.contains($0.key) }.map(\.respondents).reduce(0, +)
        // Every group below k is hidden; what subtraction reveals (the union of the hidden
        // groups) is either nothing or at least k people.
        for group in groups where group.respondents > 0 && group.respondents < 3 { #expect(plan.hidden.contains(group.key)) }
        #expect(hiddenTotal == 0 || hiddenTotal >= 3, "\(counts) reveals a union of \(hiddenTotal)")
    }
}

@Suite("Feedback answers and summaries")
struct FeedbackSummaryTests {
    let questions = QuestionSet.standard
    let three = try! AnonymityThreshold(3)

    func answer(_ score: Int, _ comment: String? = nil) -> FeedbackAnswer {
        FeedbackAnswer(scores: ["relevance": score, "importance": score, "suitability": score, "worth_time": score], comment: comment)
    }

    @Test("Every scale question needs 1–5; the comment is optional")
    func validation() throws {
        let full = ["relevance": "4", "importance": "5", "suitability": "3", "worth_time": "4", "comment": "  Bra  "]
        #expect(try FeedbackAnswer.validate(full, questions: questions).get().comment == "Bra")
        var missing = full
        missing["suitability"] = "6"
        #expect(FeedbackAnswer.validate(missing, questions: questions) == .failure(.missingScore(questionKey: "suitability")))
    }

    @Test("Below k only the count and rate show; from k the distribution, mean and comments")
    func threshold() {
        let two = FeedbackSummary.summarise([answer(4), answer(5, "Nyttigt")], eligible: 4, questions: questions, threshold: three)
        #expect(!two.isShown && two.comments == nil && two.respondents == 2 && two.responseRate == 0.5)
        let three = FeedbackSummary.summarise(
            [answer(4), answer(5, "Nyttigt"), answer(3, "Allt för långt")], eligible: 4,
            questions: questions, threshold: self.three)
        #expect(three.isShown)
        #expect(three.scales?.first?.distribution == [0, 0, 1, 1, 1])
        #expect(three.scales?.first?.mean == 4)
        #expect(three.comments == ["Allt för långt", "Nyttigt"])
        #expect(
            !FeedbackSummary.summarise(
                [answer(4), answer(5), answer(3)], eligible: 3, questions: questions, threshold: self.three,
                visible: false
            ).isShown)
    }

    static let added = FeedbackQuestion(key: "added", text: LocalizedText(sv: "Tillagd senare"), kind: .scale)

    func withAdded(_ score: Int, _ added: Int?) -> FeedbackAnswer {
        var scores = ["relevance": score]
        if let added { scores["added"] = added }
        return FeedbackAnswer(scores: scores, comment: nil)
    }

    @Test("A question added after the first answers shows from its own k-th answer, not from the event's")
    func perQuestionThreshold() {
        let questions = [QuestionSet.standard[0], Self.added]
        let answers = [withAdded(4, nil), withAdded(5, nil), withAdded(3, nil), withAdded(4, 2), withAdded(5, 1)]
        let summary = FeedbackSummary.summarise(answers, eligible: 6, questions: questions, threshold: three)
        #expect(summary.isShown)
        let added = summary.scales?.first { $0.questionKey == "added" }
        #expect(added?.isShown == false && added?.mean == nil && added?.answered == 2)
        #expect(summary.scales?.first { $0.questionKey == "relevance" }?.isShown == true)
        // Once k answered it, it shows.
        let more = FeedbackSummary.summarise(answers + [withAdded(4, 3)], eligible: 6, questions: questions, threshold: three)
        #expect(more.scales?.first { $0.questionKey == "added" }?.distribution == [1, 1, 1, 0, 0])
    }

    @Test("A question one organisation added is pooled over those who asked it, and suppressed as pooled")
    func pooledPerQuestion() {
        let questions = [QuestionSet.standard[0], Self.added]
        let k5 = AnonymityThreshold.standard
        // Bergvik asked the added question of its 2 respondents, Sjöbacka of its 5; Norrvik (6) did not ask it.
        let bergvik = PooledFeedback.Group(key: "b", name: "Bergvik", eligible: 3, answers: (0..<2).map { _ in withAdded(4, 1) })
        let sjobacka = PooledFeedback.Group(key: "s", name: "Sjöbacka", eligible: 6, answers: (0..<5).map { _ in withAdded(4, 5) })
        let norrvik = PooledFeedback.Group(key: "n", name: "Norrvik", eligible: 6, answers: (0..<6).map { _ in withAdded(3, nil) })
        let pool = PooledFeedback(groups: [bergvik, sjobacka, norrvik], questions: questions, threshold: k5)
        // The pool of the added question is 7: it shows. Sjöbacka's 5 alone would show, but
        // the pool minus Sjöbacka would be Bergvik's 2: so Sjöbacka's is hidden too.
        #expect(pool.pooled.scales?.first { $0.questionKey == "added" }?.isShown == true)
        let sjobackaRow = pool.rows.first { $0.key == "s" }
        #expect(sjobackaRow?.summary.scales?.first { $0.questionKey == "added" }?.isShown != true)
        // With Norrvik's 6 the whole group of Sjöbacka is hidden or shown by the overall plan;
        // its added question never shows on its own next to the pool.
        let onlyTwo = PooledFeedback(groups: [bergvik, norrvik], questions: questions, threshold: k5)
        #expect(onlyTwo.pooled.scales?.first { $0.questionKey == "added" }?.isShown == false)
    }

    @Test("Results are released when k more have answered since the last release")
    func releaseSteps() {
        #expect(!ResultRelease.isDue(stored: 2, released: 0, threshold: three))
        #expect(ResultRelease.isDue(stored: 3, released: 0, threshold: three))
        #expect(!ResultRelease.isDue(stored: 5, released: 3, threshold: three))
        #expect(ResultRelease.isDue(stored: 6, released: 3, threshold: three))
        // The answers not yet released are counted, not shown.
        let summary = FeedbackSummary.summarise([answer(4), answer(4), answer(4)], eligible: 9, questions: questions, threshold: three, respondents: 5)
        #expect(summary.respondents == 5 && summary.scales?.first?.mean == 4)
    }

    @Test("The overview counts a question from an event only where k answered it")
    func overviewPerQuestion() {
        let questions = [QuestionSet.standard[0], Self.added]
        let answers = [withAdded(4, nil), withAdded(5, nil), withAdded(3, nil), withAdded(4, 1), withAdded(5, 1)]
        let overview = FeedbackOverview(
            events: [.init(areaID: nil, start: Date(timeIntervalSince1970: 1_790_000_000), eligible: 6, answers: answers)],
            questions: questions, threshold: three, timeZone: .helsinki)
        #expect(overview.overall.means["relevance"] == 4.2)
        #expect(overview.overall.means["added"] == nil)
    }
}

@Suite("Check-in and attendance")
struct AttendanceTests {
    @Test("Self check-in is accepted from half an hour before until half an hour after the event")
    func window() {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let window = CheckInWindow(start: start, end: start.addingTimeInterval(3 * 3600))
        #expect(!window.isOpen(at: start.addingTimeInterval(-31 * 60)))
        #expect(window.isOpen(at: start.addingTimeInterval(-29 * 60)))
        #expect(window.isOpen(at: start.addingTimeInterval(3 * 3600 + 29 * 60)))
        #expect(!window.isOpen(at: start.addingTimeInterval(3 * 3600 + 31 * 60)))
    }

    @Test("Codes have six unambiguous characters; typing is forgiving")
    func codes() {
        var generator = SplitMix(seed: 7)
        let code = CheckInCode.generate(using: &generator)
        #expect(code.count == 6 && code.allSatisfy(CheckInCode.alphabet.contains))
        #expect(!code.contains("0") && !code.contains("O") && !code.contains("I"))
        #expect(CheckInCode.normalise(" ab3-k7m ") == "AB3K7M")
    }

    @Test("Falling attendance: the last three well below the ones before")
    func falling() {
        #expect(AttendanceTrend.isFalling([true, true, true, false, true, false]))
        #expect(!AttendanceTrend.isFalling([true, false, true, true, false, true]))
        #expect(!AttendanceTrend.isFalling([true, true, true, true, true, false, true]), "one miss is not a trend")
        #expect(!AttendanceTrend.isFalling([true, false, false]))
        #expect(AttendanceTrend.rate(attended: 3, expected: 4) == 0.75)
        #expect(AttendanceTrend.rate(attended: 0, expected: 0) == nil)
    }
}

@Suite("iCalendar")
struct ICalendarTests {
    @Test("An event as iCalendar: UTC times, escaped text, folded lines, CRLF")
    func event() {
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        let text = ICalendar.calendar(
            [
                ICalendar.Entry(
                    uid: "abc@roder", title: "Seminarium; arbetssätt, del 1", description: "Rad ett\nRad två",
                    location: "Stadshuset", start: start, end: start.addingTimeInterval(7200))
            ],
            name: "Roder", stamp: start)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.contains("DTSTART:20261118T"))
        #expect(text.contains("SUMMARY:Seminarium\\; arbetssätt\\, del 1"))
        #expect(text.contains("DESCRIPTION:Rad ett\\nRad två"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let long = ICalendar.fold("SUMMARY:" + String(repeating: "ä", count: 60))
        #expect(long.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        #expect(long.replacingOccurrences(of: "\r\n ", with: "") == "SUMMARY:" + String(repeating: "ä", count: 60))
    }
}

@Suite("Attendance report")
struct AttendanceReportTests {
    @Test("From counts as the database adds them up, the report is the one made from every invitation")
    func countsSameAsInvitations() {
        var random = SplitMix(seed: 7)
        let areas = [UUID(), UUID(), nil]
        for _ in 0..<50 {
            let events = (0..<Int(random.next() % 12)).map { index in
                AttendanceReport.EventInput(
                    id: UUID(), start: Date(timeIntervalSince1970: 1_767_225_600 + Double(index) * 86_400 * 20),
                    areaID: areas[Int(random.next() % 3)])
            }
            let people = (0..<6).map { _ in UUID() }
            let invitations = events.flatMap { event in
                people.filter { _ in random.next() % 3 != 0 }.map {
                    AttendanceReport.Invitation(eventID: event.id, personID: $0, attended: random.next() % 4 != 0)
                }
            }
            let fromInvitations = AttendanceReport(events: events, invitations: invitations, timeZone: .helsinki)
            // What the SQL adds up: per event, and per person with their last three events.
            let order = Dictionary(uniqueKeysWithValues: events.enumerated().map { ($1.id, $0) })
            let counts = AttendanceReport(
                events: events.reversed().map { event in
                    let own = invitations.filter { $0.eventID == event.id }
                    return .init(event: event, invited: own.count, attended: own.filter(\.attended).count)
                },
                people: people.map { person in
                    let own = invitations.filter { $0.personID == person }.sorted { order[$0.eventID]! > order[$1.eventID]! }
                    return .init(
                        personID: person, invited: own.count, attended: own.filter(\.attended).count,
                        recentlyAttended: own.prefix(AttendanceReport.recent).filter(\.attended).count)
                }, timeZone: .helsinki)
            #expect(counts.byEvent == fromInvitations.byEvent && counts.people == fromInvitations.people)
            #expect(counts.byArea == fromInvitations.byArea && counts.overall == fromInvitations.overall)
            #expect(counts.overallIsFalling == fromInvitations.overallIsFalling)
            #expect(counts.byHalfYear.map { "\($0.year)-\($0.half)-\($0.rate)" } == fromInvitations.byHalfYear.map { "\($0.year)-\($0.half)-\($0.rate)" })
        }
    }

    @Test("Rates per event, person, area and half-year; a person who stopped coming is flagged")
    func report() {
        let area = UUID()
        let events = (0..<6).map {
            AttendanceReport.EventInput(
                id: UUID(), start: Date(timeIntervalSince1970: 1_740_000_000 + Double($0) * 60 * 86_400),
                areaID: $0 % 2 == 0 ? area : nil)
        }
        let steady = UUID(), leaving = UUID()
        var invitations: [AttendanceReport.Invitation] = []
        for (index, event) in events.enumerated() {
            invitations.append(.init(eventID: event.id, personID: steady, attended: true))
            invitations.append(.init(eventID: event.id, personID: leaving, attended: index < 3))
        }
        let report = AttendanceReport(events: events, invitations: invitations, timeZone: .helsinki)
        #expect(report.overall.attended == 9 && report.overall.invited == 12)
        #expect(report.byEvent[events[0].id]?.rate == 1 && report.byEvent[events[5].id]?.rate == 0.5)
        #expect(report.people.first?.personID == leaving && report.people.first?.isFalling == true)
        #expect(report.people.last?.isFalling == false)
        #expect(report.byArea[area]?.invited == 6)
        #expect(report.byHalfYear.first?.year == 2025 && report.byHalfYear.first?.half == 1)
        #expect(report.overallIsFalling)
        #expect(!AttendanceTrend.isFalling(rates: [0.8, 0.8, 0.8, 0.8, 0.75]))
    }
}

@Suite("Registration and the waiting list")
struct RegistrationTests {
    @Test("A place while there is one, then the waiting list; no limit, always a place")
    func signUp() {
        #expect(Registration.signUp(capacity: 2, registered: 1) == .registered)
        #expect(Registration.signUp(capacity: 2, registered: 2) == .waitlisted)
        #expect(Registration.signUp(capacity: nil, registered: 500) == .registered)
    }

    @Test("When a place frees, the first on the waiting list gets it")
    func promote() {
        #expect(Registration.promote(waiting: ["a", "b", "c"], capacity: 2, registered: 1) == ["a"])
        #expect(Registration.promote(waiting: ["a", "b"], capacity: 2, registered: 2) == [])
        #expect(Registration.promote(waiting: ["a", "b"], capacity: nil, registered: 9) == ["a", "b"])
    }
}

@Suite("Feedback over time and areas")
struct FeedbackOverviewTests {
    let tz = TimeZone(identifier: "Europe/Helsinki")!
    let area = UUID(), other = UUID()

    func answers(_ score: Int, _ count: Int) -> [FeedbackAnswer] {
        (0..<count).map { _ in FeedbackAnswer(scores: ["relevance": score, "importance": score, "suitability": score, "worth_time": score], comment: nil) }
    }

    func date(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: text + "T10:00:00Z")!
    }

    @Test("An event below k is counted but left out of every mean, so no mean minus the shown events gives it away")
    func belowThresholdLeftOut() throws {
        let k = try AnonymityThreshold(3)
        let events = [
            FeedbackOverview.EventInput(areaID: area, start: date("2026-02-10"), eligible: 6, answers: answers(4, 5)),
            FeedbackOverview.EventInput(areaID: area, start: date("2026-03-10"), eligible: 3, answers: answers(1, 2)),
            FeedbackOverview.EventInput(areaID: other, start: date("2026-09-10"), eligible: 4, answers: answers(2, 3)),
        ]
        let overview = FeedbackOverview(events: events, questions: QuestionSet.standard, threshold: k, timeZone: tz)
        #expect(overview.overall.respondents == 10 && overview.overall.eligible == 13 && overview.overall.leftOut == 2)
        // (5 × 4 + 3 × 2) / 8, the two answers of 1 nowhere.
        #expect(abs((overview.overall.means["relevance"] ?? 0) - 26.0 / 8.0) < 0.0001)
        let spring = HalfYear(year: 2026, half: 1)
        #expect(overview.periods == [spring, HalfYear(year: 2026, half: 2)])
        #expect(overview.byAreaAndHalfYear[area]?[spring]?.means["relevance"] == 4)
        #expect(overview.byAreaAndHalfYear[area]?[spring]?.respondents == 7)
        #expect(overview.byArea[other]?.overall == 2)
    }

    @Test("A group with only small events shows its count and no mean")
    func onlySmall() throws {
        let overview = FeedbackOverview(
            events: [.init(areaID: nil, start: date("2026-05-01"), eligible: 2, answers: answers(5, 2))],
            questions: QuestionSet.standard, threshold: .standard, timeZone: tz)
        #expect(overview.overall.respondents == 2 && overview.overall.means.isEmpty && overview.overall.overall == nil)
    }

    @Test("Half-years have stable keys and labels")
    func halfYears() {
        #expect(HalfYear(key: "2026-2") == HalfYear(year: 2026, half: 2))
        #expect(HalfYear(key: "2026-3") == nil && HalfYear(key: "x") == nil)
        #expect(HalfYear(year: 2026, half: 2).label == "7–12/2026")
        #expect(HalfYear(date("2026-06-30"), timeZone: tz).half == 1)
    }

    @Test("A half-year's dates run from its first moment to the next one's, in the town's time zone")
    func halfYearDates() throws {
        let helsinki = try #require(TimeZone(identifier: "Europe/Helsinki"))
        let spring = HalfYear(year: 2026, half: 1).dates(in: helsinki), autumn = HalfYear(year: 2026, half: 2).dates(in: helsinki)
        #expect(spring.upperBound == autumn.lowerBound)
        #expect(HalfYear(spring.lowerBound, timeZone: helsinki) == HalfYear(year: 2026, half: 1))
        #expect(HalfYear(spring.upperBound.addingTimeInterval(-1), timeZone: helsinki) == HalfYear(year: 2026, half: 1))
        #expect(HalfYear(autumn.upperBound, timeZone: helsinki) == HalfYear(year: 2027, half: 1))
    }

    @Test("The half-years of sorted dates are those of each date, each once — boundaries and any order too")
    func halfYearsOfDates() throws {
        var random = SystemRandomNumberGenerator()
        for zone in ["Europe/Stockholm", "Europe/Helsinki", "UTC", "Pacific/Kiritimati"] {
            let timeZone = try #require(TimeZone(identifier: zone))
            for _ in 0..<50 {
                // Dates around the boundaries (a minute either side of midnight) and anywhere in ten years.
                var dates = (0..<Int.random(in: 0...80, using: &random)).map { _ in
                    Date(timeIntervalSince1970: Double.random(in: 1.6e9...1.92e9, using: &random))
                }
                for year in 2026...2028 {
                    for half in 1...2 {
                        let start = HalfYear(year: year, half: half).dates(in: timeZone).lowerBound
                        dates += [start.addingTimeInterval(-60), start, start.addingTimeInterval(60)]
                    }
                }
                let expected = Set(dates.map { HalfYear($0, timeZone: timeZone) })
                let sorted = HalfYear.periods(ofAscending: dates.sorted(), timeZone: timeZone)
                #expect(Set(sorted) == expected && sorted.count == expected.count && sorted == sorted.sorted())
                let shuffled = HalfYear.periods(ofAscending: dates.shuffled(), timeZone: timeZone)
                #expect(Set(shuffled) == expected && shuffled.count == expected.count)
            }
        }
    }
}

@Suite("Pooled feedback of a shared event")
struct PoolingTests {
    func answers(_ count: Int, score: Int = 4) -> [FeedbackAnswer] {
        (0..<count).map { _ in FeedbackAnswer(scores: ["relevance": score, "importance": score, "suitability": score, "worth_time": score], comment: "c") }
    }

    @Test("Three and two answers from two towns: the pool of five shows, neither town does (the smaller would be pool minus the larger)")
    func smallGroupsTogether() throws {
        let pooled = PooledFeedback(
            groups: [
                .init(key: "a", name: "Sjöbacka", eligible: 4, answers: answers(3)),
                .init(key: "b", name: "Bergvik", eligible: 2, answers: answers(2, score: 2)),
            ],
            questions: QuestionSet.standard, threshold: .standard)
        #expect(pooled.pooled.isShown && pooled.pooled.respondents == 5 && pooled.pooled.eligible == 6)
        #expect(abs((pooled.pooled.scales?.first?.mean ?? 0) - 3.2) < 0.0001)
        #expect(pooled.rows.allSatisfy { !$0.summary.isShown })
        // Counts show for every town.
        #expect(pooled.rows.map(\.summary.respondents) == [3, 2])
    }

    @Test("A large town shows when what is hidden together reaches k")
    func largeVisible() throws {
        let k = try AnonymityThreshold(3)
        let pooled = PooledFeedback(
            groups: [
                .init(key: "a", name: "A", eligible: 12, answers: answers(10)),
                .init(key: "b", name: "B", eligible: 3, answers: answers(2)),
                .init(key: "c", name: "C", eligible: 3, answers: answers(2)),
            ],
            questions: QuestionSet.standard, threshold: k)
        #expect(pooled.rows.map(\.summary.isShown) == [true, false, false])
        let alone = PooledFeedback(groups: [.init(key: "a", name: "A", eligible: 12, answers: answers(10))], questions: QuestionSet.standard, threshold: k)
        #expect(alone.pooled.isShown && !alone.rows[0].summary.isShown)
    }
}

@Suite("Editing a programme's questions")
struct QuestionSetTests {
    let standard = QuestionSet.standard

    @Test("Texts change, keys stay; a removed question goes; a new one gets a fresh key before the comment")
    func edit() throws {
        var edits = standard.map { QuestionSet.Edit(key: $0.key, text: $0.text) }
        edits[0] = .init(key: "relevance", text: LocalizedText(sv: "Hur relevant var ämnet?", fi: "Kuinka merkityksellinen aihe oli?"))
        edits[2] = .init(key: "suitability", text: standard[2].text, remove: true)
        edits.append(.init(key: nil, text: LocalizedText(sv: "Lärde jag mig något nytt?", fi: "Opinko jotain uutta?")))
        edits.append(.init(key: nil, text: LocalizedText()))
        let result = try QuestionSet.edited(standard, edits: edits, required: .swedish, newKey: { "q-new" }).get()
        #expect(result.map(\.key) == ["relevance", "importance", "worth_time", "q-new", "comment"])
        #expect(result[0].text[.swedish] == "Hur relevant var ämnet?")
        #expect(result.last?.kind == .comment)
    }

    @Test("At least one scale question, at most eight, each written in the first language")
    func problems() {
        let removeAll = standard.map { QuestionSet.Edit(key: $0.key, text: $0.text, remove: $0.kind == .scale) }
        #expect(QuestionSet.edited(standard, edits: removeAll, required: .swedish) == .failure(.noScaleQuestion))
        let many =
            standard.map { QuestionSet.Edit(key: $0.key, text: $0.text) }
            + (0..<5).map { _ in QuestionSet.Edit(key: nil, text: LocalizedText(sv: "Extra?")) }
        #expect(QuestionSet.edited(standard, edits: many, required: .swedish) == .failure(.tooMany))
        let finnishOnly = [QuestionSet.Edit(key: "relevance", text: LocalizedText(fi: "Vain suomeksi"))]
        #expect(QuestionSet.edited(standard, edits: finnishOnly, required: .swedish) == .failure(.textMissing(number: 1, language: .swedish)))
    }
}

@Suite("Event materials")
struct MaterialTests {
    @Test("Documents and pictures pass when name and first bytes agree; HTML, SVG, programs and disguised files do not")
    func types() {
        #expect(MaterialFile.check(fileName: "Agenda.pdf", content: Array("%PDF-1.7 …".utf8)) == .success(.pdf))
        #expect(MaterialFile.check(fileName: "bild.PNG", content: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]) == .success(.png))
        #expect(MaterialFile.check(fileName: "Presentation.pptx", content: [0x50, 0x4B, 0x03, 0x04, 1, 2]) == .success(.pptx))
        #expect(MaterialFile.check(fileName: "anteckningar.txt", content: Array("Hej\nHei\tå".utf8)) == .success(.text))
        #expect(MaterialFile.check(fileName: "virus.pdf", content: [0x4D, 0x5A, 0x90, 0]) == .failure(.typeNotAllowed))
        #expect(MaterialFile.check(fileName: "sida.html", content: Array("<script>".utf8)) == .failure(.typeNotAllowed))
        #expect(MaterialFile.check(fileName: "logo.svg", content: Array("<svg>".utf8)) == .failure(.typeNotAllowed))
        #expect(MaterialFile.check(fileName: "binär.txt", content: [0x41, 0x00, 0x42]) == .failure(.typeNotAllowed))
        #expect(MaterialFile.check(fileName: "tom.pdf", content: []) == .failure(.empty))
        #expect(
            MaterialFile.check(fileName: "stor.pdf", content: Array("%PDF-".utf8) + [UInt8](repeating: 0, count: MaterialFile.largestSize))
                == .failure(.tooLarge))
        #expect(MaterialFile.downloadName("Årsplan 2026 \"final\".pdf") == "_rsplan_2026__final_.pdf")
    }

    @Test("Links must be web addresses")
    func links() {
        #expect(MaterialLink.validated(" https://www.kommunforbundet.fi/ledarskap ") != nil)
        #expect(MaterialLink.validated("javascript:alert(1)") == nil)
        #expect(MaterialLink.validated("ftp://x.example/file") == nil)
        #expect(MaterialLink.validated("kommun.fi") == nil)
    }
}

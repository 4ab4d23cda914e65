import Foundation
import Testing

@testable import RoderCore

@Suite("Coaching")
struct CoachingTests {
    let coach = UUID(), anna = UUID(), bo = UUID(), annaUser = UUID(), someoneElse = UUID()

    @Test("The coach reads their private and shared notes; a participant shared notes and their own reflections; nobody else any")
    func readers() {
        let group: Set<UUID> = [anna, bo]
        let asCoach = CoachingReader(userID: coach, personID: nil, coachUserID: coach, participantPersonIDs: group)
        let asAnna = CoachingReader(userID: annaUser, personID: anna, coachUserID: coach, participantPersonIDs: group)
        let asOther = CoachingReader(userID: someoneElse, personID: UUID(), coachUserID: coach, participantPersonIDs: group)
        let unlinked = CoachingReader(userID: someoneElse, personID: nil, coachUserID: coach, participantPersonIDs: group)
        #expect(asCoach == .coach && asAnna == .participant(personID: anna) && asOther == .outsider && unlinked == .outsider)

        #expect(asCoach.mayRead(.coachPrivate, authorPersonID: nil) && asCoach.mayRead(.shared, authorPersonID: anna))
        #expect(!asCoach.mayRead(.reflection, authorPersonID: anna))
        #expect(asAnna.mayRead(.shared, authorPersonID: nil) && asAnna.mayRead(.reflection, authorPersonID: anna))
        #expect(!asAnna.mayRead(.reflection, authorPersonID: bo) && !asAnna.mayRead(.coachPrivate, authorPersonID: nil))
        for kind in CoachingNoteKind.allCases {
            #expect(!asOther.mayRead(kind, authorPersonID: anna) && !asOther.mayRead(kind, authorPersonID: nil))
        }
        #expect(asOther.readableKinds.isEmpty && asOther.writableKinds.isEmpty && !asOther.sharesActions)
        // What may be written may be read back by its writer.
        for reader in [asCoach, asAnna] {
            for kind in reader.writableKinds { #expect(reader.mayRead(kind, authorPersonID: anna), "\(reader) \(kind)") }
        }
    }

    @Test("A coach who is also in the group reads as the coach")
    func coachInTheGroup() {
        #expect(CoachingReader(userID: coach, personID: anna, coachUserID: coach, participantPersonIDs: [anna]) == .coach)
    }

    @Test("A proposal waits for the programme owner; an ended engagement stays ended")
    func states() {
        #expect(EngagementState.proposed.next(by: .coach).isEmpty)
        #expect(EngagementState.proposed.next(by: .programmeOwner) == [.planned, .ended])
        #expect(EngagementState.planned.next(by: .coach) == [.active, .ended])
        #expect(EngagementState.active.next(by: .programmeOwner) == [.ended])
        #expect(EngagementState.ended.next(by: .programmeOwner).isEmpty && EngagementState.ended.next(by: .coach).isEmpty)
    }

    @Test("Figures count sessions by how they went and add the hours held, without overflowing")
    func figures() {
        let figures = CoachingFigures(sessions: [
            .init(.held, minutes: 90, tookPart: 3), .init(.held, minutes: 60, tookPart: 2), .init(.missed, minutes: 60, tookPart: 4),
            .init(.planned, minutes: 60),
        ])
        #expect(figures.held == 2 && figures.missed == 1 && figures.planned == 1 && figures.hoursHeld == 2.5)
        // Only held sessions count who took part: 90 × 3 + 60 × 2 minutes of the coachees' time.
        #expect(figures.attendances == 5 && figures.participantMinutes == 390 && figures.participantHours == 6.5)
        let huge = CoachingFigures(sessions: [
            .init(.held, minutes: Int.max, tookPart: Int.max), .init(.held, minutes: Int.max, tookPart: 2), .init(.held, minutes: -5, tookPart: -5),
        ])
        #expect(huge.minutesHeld == Int.max && (huge + huge).minutesHeld == Int.max)
        #expect(huge.attendances == Int.max && huge.participantMinutes == Int.max && (huge + huge).participantMinutes == Int.max)
        #expect((figures + figures).held == 4 && (figures + figures).attendances == 10)
    }

    @Test("Attendance is the share of the possible places taken at held sessions, never above all of them")
    func attendanceShare() {
        let figures = CoachingFigures(sessions: [.init(.held, minutes: 60, tookPart: 5), .init(.held, minutes: 60, tookPart: 4), .init(.planned, minutes: 60)])
        #expect(figures.attendanceShare(groupSize: 6) == 0.75)
        // The group shrank after the sessions: never more than everyone.
        #expect(figures.attendanceShare(groupSize: 2) == 1)
        #expect(figures.attendanceShare(groupSize: 0) == nil)
        #expect(CoachingFigures(sessions: [.init(.planned, minutes: 60)]).attendanceShare(groupSize: 6) == nil)
        #expect(CoachingFigures(sessions: [.init(.held, minutes: 1, tookPart: 1)]).attendanceShare(groupSize: Int.max) != nil)
        var many = CoachingFigures()
        many.held = Int.max
        #expect(many.attendanceShare(groupSize: 2) == nil)
    }

    @Test("A group's session is held by those ticked who are in the group; one coachee's session is theirs")
    func whoTookPart() {
        let anna = UUID(), bo = UUID(), cai = UUID(), stranger = UUID()
        #expect(SessionAttendance.tookPart(chosen: [anna, stranger], participants: [anna, bo, cai]) == [anna])
        #expect(SessionAttendance.tookPart(chosen: [stranger], participants: [anna, bo]) == nil)
        #expect(SessionAttendance.tookPart(chosen: [], participants: [anna, bo]) == nil)
        #expect(SessionAttendance.tookPart(chosen: [], participants: [anna]) == [anna])
        #expect(SessionAttendance.tookPart(chosen: [stranger], participants: [anna]) == [anna])
        #expect(SessionAttendance.tookPart(chosen: [anna], participants: []) == nil)
    }
}

@Suite("Usefulness of coaching")
struct UsefulnessTests {
    let petra = UUID(), jonas = UUID()

    private func ratings(_ coach: UUID, _ values: [Int]) -> [UsefulnessSummary.Rating] {
        values.map { UsefulnessSummary.Rating(coachID: coach, rating: $0, comment: "c\($0)") }
    }

    @Test("Nothing shows below k; a coach's group shows from k unless the rest could be worked out")
    func suppression() {
        let k = AnonymityThreshold.standard
        let few = UsefulnessSummary(ratings(petra, [4, 5, 3]), threshold: k)
        #expect(few.total == .hidden(count: 3) && few.byCoach[petra] == .hidden(count: 3))

        // Six for Petra, two for Jonas: the total shows, and both coaches hide, or Jonas = total − Petra.
        let mixed = UsefulnessSummary(ratings(petra, [4, 4, 5, 3, 4, 4]) + ratings(jonas, [1, 2]), threshold: k)
        guard case .shown(let mean, let count, let comments) = mixed.total else {
            Issue.record("the total of 8 should show")
            return
        }
        #expect(count == 8 && abs(mean - 27.0 / 8) < 1e-9 && comments == comments.sorted())
        #expect(mixed.byCoach[petra] == .hidden(count: 6) && mixed.byCoach[jonas] == .hidden(count: 2))

        let both = UsefulnessSummary(ratings(petra, [4, 4, 5, 3, 4]) + ratings(jonas, [1, 2, 2, 3, 3]), threshold: k)
        #expect(both.byCoach[jonas] == .shown(mean: 2.2, count: 5, comments: ["c1", "c2", "c2", "c3", "c3"]))
    }

    @Test("Ratings outside 1–5 are not counted")
    func outOfScale() {
        let summary = UsefulnessSummary(ratings(petra, [0, 6, -1, Int.max]), threshold: try! AnonymityThreshold(3))
        #expect(summary.total == .none)
    }
}

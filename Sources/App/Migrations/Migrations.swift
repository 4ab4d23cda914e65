import Fluent
import SQLKit

// One type per change, one file each (`NN_Name.swift`), in the order they landed. Never edit
// one that has landed: add a new file and a line below. Schema builder only, so SQLite and
// PostgreSQL run the same ones; what only SQLite needs is in `SQLiteFeedbackTables.swift`, and
// the triggers that keep each event's counts (`AddEventCounts`) are written per engine.

enum Migrations {
    static let all: [any Migration] = [
        CreateOrganisations(),
        CreateUsers(),
        CreatePeopleAndUnits(),
        CreateMemberships(),
        CreateSessions(),
        CreateAuditLog(),
        CreateProgrammes(),
        AddLookupIndexes(),
        ExtendOrganisationStructure(),
        CreateScenarios(),
        CreateRoleProfiles(),
        AddGoalStatus(),
        CreateIndicators(),
        AddGoalDetails(),
        ExtendStrategy(),
        AddIndicatorFrequency(),
        CreateEvents(),
        AddRegistration(),
        AddRemindersAndOutbox(),
        AddCalendarFeed(),
        CreateFeedbackLoopNotes(),
        CreateSharedEvents(),
        AddFeedbackQuestions(),
        CreateEventMaterials(),
        AddEventDetails(),
        ClusterFeedbackByEvent(),
        AddStructureEditingAndHistory(),
        CreateSignInAttempts(),
        AddEventCoaches(),
        AddOnePersonOneAccount(),
        CreateFeedbackReleases(),
        CreateCoaching(),
        CreateCompetence(),
        CreateDevelopmentPlans(),
        CreateCoachingRatings(),
        AddCoachingLinks(),
        CountSelfAssessmentsByProfile(),
        CreateCoachingAttendance(),
        CreateWorkingTime(),
        CreateCosts(),
        CreateReportTexts(),
        AddYearReadIndexes(),
        AddReleaseScoreTotals(),
        AddAuditSubjectIndex(),
        AddEventCounts(),
        CreateAccountLinks(),
        AddPeopleAbsentSince(),
        CreateDirectorySignIn(),
    ]
}

import Fluent
import SQLKit

// One type per change, in the order they landed. Never edit one that has landed: add a
// new one. Schema builder only, so SQLite and PostgreSQL both run them.

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
    ]
}

struct CreateOrganisations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Organisation.schema)
            .id()
            .field("name", .json, .required)
            .field("slug", .string, .required)
            .field("content_languages", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "slug")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Organisation.schema).delete()
    }
}

struct CreateUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .id()
            .field("email", .string, .required)
            .field("name", .string, .required)
            .field("password_hash", .string, .required)
            .field("language", .string)
            .field("is_active", .bool, .required)
            .field("is_programme_operator", .bool, .required)
            .field("last_sign_in_at", .datetime)
            .field("created_at", .datetime, .required)
            .unique(on: "email")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(User.schema).delete()
    }
}

struct CreatePeopleAndUnits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Person.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("title", .string)
            .field("email", .string)
            .field("management_level", .string, .required)
            .create()
        try await database.schema(OrganisationUnit.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("parent_id", .uuid, .references(OrganisationUnit.schema, .id, onDelete: .restrict))
            .field("kind", .string, .required)
            .field("name", .json, .required)
            .field("code", .string)
            .field("headcount", .int, .required)
            .field("manager_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrganisationUnit.schema).delete()
        try await database.schema(Person.schema).delete()
    }
}

struct CreateMemberships: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Membership.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("roles", .string, .required)
            .field("person_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .unique(on: "organisation_id", "user_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Membership.schema).delete()
    }
}

struct CreateSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(UserSession.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .references(User.schema, .id, onDelete: .cascade))
            .field("organisation_id", .uuid)
            .field("csrf_token", .string, .required)
            .field("notice", .string)
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UserSession.schema).delete()
    }
}

struct CreateAuditLog: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditRecord.schema)
            .id()
            .field("organisation_id", .uuid)
            .field("actor_user_id", .uuid)
            .field("actor_name", .string)
            .field("action", .string, .required)
            .field("subject", .string, .required)
            .field("subject_id", .uuid)
            .field("before", .string)
            .field("after", .string)
            .field("at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditRecord.schema).delete()
    }
}

struct CreateProgrammes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Programme.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("name", .json, .required)
            .field("start_year", .int, .required)
            .field("end_year", .int, .required)
            .create()
        try await database.schema(DevelopmentArea.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("programme_id", .uuid, .required, .references(Programme.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("title", .json, .required)
            .create()
        try await database.schema(ResultGoal.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("area_id", .uuid, .required, .references(DevelopmentArea.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("title", .json, .required)
            .create()
        try await database.schema(GoalResponsible.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("goal_id", .uuid, .required, .references(ResultGoal.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .unique(on: "goal_id", "person_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [GoalResponsible.schema, ResultGoal.schema, DevelopmentArea.schema, Programme.schema] {
            try await database.schema(schema).delete()
        }
    }
}

/// Indexes for the lookups every request makes (a user's memberships and sessions) and for
/// the audit log page. SQLKit's index builder writes SQL that both databases accept.
struct AddLookupIndexes: AsyncMigration {
    static let indexes: [(name: String, table: String, columns: [String])] = [
        ("memberships_user", Membership.schema, ["user_id"]),
        ("sessions_user", UserSession.schema, ["user_id"]),
        ("sessions_last_seen", UserSession.schema, ["last_seen_at"]),
        ("audit_log_organisation_at", AuditRecord.schema, ["organisation_id", "at"]),
        ("people_organisation", Person.schema, ["organisation_id"]),
        ("units_organisation", OrganisationUnit.schema, ["organisation_id"]),
        ("goal_responsibles_person", GoalResponsible.schema, ["person_id"]),
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes {
            var builder = sql.create(index: index.name).on(index.table)
            for column in index.columns { builder = builder.column(column) }
            try await builder.run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes { try await sql.drop(index: index.name).run() }
    }
}

/// External ids for re-imports, the person's unit, the span target, the remembered import
/// mapping and uploaded drafts (the organisation issue).
struct ExtendOrganisationStructure: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds one column per ALTER TABLE.
        try await database.schema(Person.schema).field("external_id", .string).update()
        try await database.schema(Person.schema).field("unit_id", .uuid).update()
        try await database.schema(Organisation.schema).field("span_target_min", .int).update()
        try await database.schema(Organisation.schema).field("span_target_max", .int).update()
        try await database.schema(Organisation.schema).field("import_mapping", .json).update()
        try await database.schema(ImportDraft.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("user_id", .uuid, .required)
            .field("file_name", .string, .required)
            .field("content", .data, .required)
            .field("created_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "people_external_id").unique().on(Person.schema).column("organisation_id").column("external_id").run()
        try await sql.create(index: "units_code").unique().on(OrganisationUnit.schema).column("organisation_id").column("code").run()
        try await sql.create(index: "people_unit").on(Person.schema).column("unit_id").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            for index in ["people_external_id", "units_code", "people_unit"] { try await sql.drop(index: index).run() }
        }
        try await database.schema(ImportDraft.schema).delete()
        for field in ["span_target_min", "span_target_max", "import_mapping"] {
            try await database.schema(Organisation.schema).deleteField(.string(field)).update()
        }
        for field in ["external_id", "unit_id"] { try await database.schema(Person.schema).deleteField(.string(field)).update() }
    }
}

struct CreateScenarios: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ScenarioRecord.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("changes", .json, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .field("applied_at", .datetime)
            .field("applied_by", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ScenarioRecord.schema).delete()
    }
}

struct CreateRoleProfiles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RoleProfile.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("name", .json, .required)
            .field("responsibilities", .json, .required)
            .field("competences", .json, .required)
            .create()
        try await database.schema(Person.schema).field("role_profile_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Person.schema).deleteField("role_profile_id").update()
        try await database.schema(RoleProfile.schema).delete()
    }
}

import Fluent
import RoderCore
import Vapor

/// `roder create-admin --email … --name … --organisation slug [--organisation-name "Name"]`
/// creates an administrator, and the organisation too if it does not exist yet.
/// With `--operator` it creates a programme operator instead (no organisation).
struct CreateAdminCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email", help: "The administrator's e-mail address (their sign-in name).")
        var email: String?
        @Option(name: "name", help: "The administrator's full name.")
        var name: String?
        @Option(name: "organisation", help: "Short name of the organisation, e.g. norrvik.")
        var organisation: String?
        @Option(name: "organisation-name", help: "The organisation's name, when creating it, e.g. \"Norrvik stad\".")
        var organisationName: String?
        @Option(name: "languages", help: "The organisation's content languages, e.g. sv,fi (default sv).")
        var languages: String?
        @Option(name: "password", help: "The password; asked for when left out.")
        var password: String?
        @Flag(name: "operator", help: "Create a programme operator instead of an organisation administrator.")
        var isOperator: Bool
    }

    var help: String { "Creates an administrator (and their organisation if it is new), or a programme operator." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let console = context.console
        try await app.autoMigrate()
        let now = app.config.clock.now()

        guard let email = signature.email.map(EmailAddress.normalised), EmailAddress.isPlausible(email) else {
            throw CommandError("Give a valid --email, e.g. --email hr@norrvik.fi")
        }
        guard let name = signature.name, !name.isEmpty else { throw CommandError("Give the person's --name, e.g. --name \"Anna Berg\"") }
        if try await User.query(on: app.db).filter(\.$email == email).first() != nil {
            throw CommandError("There is already a user with the e-mail address \(email).")
        }
        let password =
            signature.password ?? console.ask("Password for \(email) (at least \(PasswordPolicy.minimumLength) characters):".consoleText(), isSecure: true)
        if let problem = PasswordPolicy.problems(password: password, confirmation: password, email: email).first {
            throw CommandError("The password is not acceptable: \(problem.message(Localizer(language: .english)))")
        }

        var organisation: Organisation?
        if !signature.isOperator {
            guard let slug = signature.organisation?.lowercased(), !slug.isEmpty else {
                throw CommandError("Give the --organisation (a short name such as norrvik), or --operator for a programme operator.")
            }
            organisation = try await Organisation.query(on: app.db).filter(\.$slug == slug).first()
            if organisation == nil {
                guard let organisationName = signature.organisationName, !organisationName.isEmpty else {
                    throw CommandError("There is no organisation \"\(slug)\" yet. To create it, also give --organisation-name \"Its name\".")
                }
                guard let languages = Language.list(from: signature.languages ?? "sv") else {
                    throw CommandError("--languages must be a list of sv, fi and en, e.g. sv,fi")
                }
                let created = Organisation(
                    name: LocalizedText([languages[0]: organisationName]), slug: slug,
                    contentLanguages: languages, createdAt: now)
                try await created.create(on: app.db)
                try await AuditRecord(
                    organisationID: created.id, actorUserID: nil, actorName: nil, action: .organisationCreated,
                    subject: organisationName, subjectID: created.id, before: nil, after: nil, at: now
                ).create(on: app.db)
                organisation = created
            }
        }

        let user = User(
            email: email, name: name, passwordHash: try Bcrypt.hash(password, cost: app.config.bcryptCost),
            language: nil, isProgrammeOperator: signature.isOperator, createdAt: now)
        try await user.create(on: app.db)
        if let organisation {
            let organisationID = try organisation.requireID()
            try await TenantDatabase(organisationID: organisationID, database: app.db)
                .create(Membership(organisationID: organisationID, userID: user.requireID(), roles: [.administrator]))
        }
        try await AuditRecord(
            organisationID: organisation?.id, actorUserID: nil, actorName: nil, action: .userCreated,
            subject: name, subjectID: user.id, before: nil,
            after: signature.isOperator ? nil : Role.administrator.rawValue, at: now
        ).create(on: app.db)
        console.success(
            signature.isOperator
                ? "Created the programme operator \(email)."
                : "Created the administrator \(email) in \(organisation?.slug ?? "").")
    }
}

/// A command that cannot go on, with the message to print and the exit status: 1 when the
/// work failed (a file with errors), 2 when the command was used wrongly.
struct CommandError: Error, CustomStringConvertible, Equatable {
    let description: String
    let exitCode: Int32

    init(_ description: String) {
        self.description = description
        exitCode = 1
    }

    init(usage description: String) {
        self.description = description
        exitCode = 2
    }
}

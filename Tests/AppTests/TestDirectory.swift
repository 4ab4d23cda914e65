import Foundation
import JWTKit
import NIOConcurrencyHelpers
import Vapor

/// A small OpenID Connect provider for the tests, on a real port of this machine: discovery, an
/// authorisation endpoint that signs in whoever the test says, a token endpoint that checks the
/// client, the code and PKCE, and its keys. Roder talks to it over HTTP as to Entra ID. `fault`
/// makes it send an ID token that must be refused.
final class TestDirectory: Sendable {
    enum Fault: Sendable {
        case wrongIssuer, wrongAudience, expired, wrongNonce, foreignKey, unverifiedEmail
    }

    struct Settings: Sendable {
        var email = "maija.aaltonen@kivikoski.fi"
        var fault: Fault?
    }

    private struct Grant: Sendable {
        var clientID: String
        var redirectURI: String
        var nonce: String
        var challenge: String
    }

    static let clientID = "roder-test-client"
    static let clientSecret = "test-directory-secret"

    let app: Application
    let clock: TestClock
    /// Known once the server listens; the routes are registered before (Vapor reads them at start).
    private let boundPort = NIOLockedValueBox(0)
    private let key = ES256PrivateKey()
    private let settings = NIOLockedValueBox(Settings())
    private let grants = NIOLockedValueBox([String: Grant]())

    var port: Int { boundPort.withLockedValue { $0 } }
    var issuer: String { "http://127.0.0.1:\(port)" }

    func configure(_ change: (inout Settings) -> Void) { settings.withLockedValue { change(&$0) } }

    private init(app: Application, clock: TestClock) {
        self.app = app
        self.clock = clock
    }

    static func start(clock: TestClock) async throws -> TestDirectory {
        let app = try await Application.make(.testing)
        let directory = TestDirectory(app: app, clock: clock)
        directory.routes()
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        guard let port = app.http.server.shared.localAddress?.port else { throw Abort(.internalServerError, reason: "no port") }
        directory.boundPort.withLockedValue { $0 = port }
        return directory
    }

    func stop() async throws {
        await app.server.shutdown()
        try await app.asyncShutdown()
    }

    private func routes() {
        app.get(".well-known", "openid-configuration") { [self] _ in
            [
                "issuer": issuer, "authorization_endpoint": issuer + "/authorize", "token_endpoint": issuer + "/token", "jwks_uri": issuer + "/jwks",
            ]
        }
        // Signs in whoever `settings.email` is; answers with where the browser is sent back to.
        app.get("authorize") { [self] request -> String in
            let query = try request.query.decode([String: String].self)
            guard query["response_type"] == "code", query["code_challenge_method"] == "S256", let clientID = query["client_id"],
                let redirect = query["redirect_uri"], let state = query["state"], let nonce = query["nonce"], let challenge = query["code_challenge"]
            else { throw Abort(.badRequest) }
            let code = UUID().uuidString
            grants.withLockedValue { $0[code] = Grant(clientID: clientID, redirectURI: redirect, nonce: nonce, challenge: challenge) }
            var components = URLComponents(string: redirect)!
            components.queryItems = [URLQueryItem(name: "code", value: code), URLQueryItem(name: "state", value: state)]
            return components.string!
        }
        app.post("token") { [self] request -> Response in
            struct Form: Content {
                var grant_type: String
                var code: String
                var redirect_uri: String
                var client_id: String
                var client_secret: String
                var code_verifier: String
            }
            let form = try request.content.decode(Form.self)
            // A code is used once.
            guard let grant = grants.withLockedValue({ $0.removeValue(forKey: form.code) }), form.grant_type == "authorization_code",
                form.client_id == Self.clientID, form.client_secret == Self.clientSecret, form.client_id == grant.clientID,
                form.redirect_uri == grant.redirectURI, Self.challenge(form.code_verifier) == grant.challenge
            else { return Response(status: .badRequest) }
            let response = Response(status: .ok)
            try response.content.encode(["id_token": try await idToken(nonce: grant.nonce), "token_type": "Bearer"], as: .json)
            return response
        }
        app.get("jwks") { [self] _ -> Response in
            let parameters = key.parameters!
            let body = #"{"keys":[{"kty":"EC","crv":"P-256","use":"sig","alg":"ES256","kid":"test-key","x":"\#(parameters.x)","y":"\#(parameters.y)"}]}"#
            return Response(status: .ok, headers: ["Content-Type": "application/json"], body: .init(string: body))
        }
    }

    struct Claims: JWTPayload {
        var iss: String
        var aud: String
        var sub: String
        var exp: Double
        var iat: Double
        var nonce: String
        var email: String
        var email_verified: Bool
        func verify(using algorithm: some JWTAlgorithm) async throws {}
    }

    private func idToken(nonce: String) async throws -> String {
        let settings = settings.withLockedValue { $0 }
        let now = clock.now.timeIntervalSince1970
        let claims = Claims(
            iss: settings.fault == .wrongIssuer ? "https://evil.example" : issuer,
            aud: settings.fault == .wrongAudience ? "someone-else" : Self.clientID, sub: "subject-1",
            exp: settings.fault == .expired ? now - 3600 : now + 600, iat: settings.fault == .expired ? now - 4200 : now,
            nonce: settings.fault == .wrongNonce ? "another-nonce" : nonce, email: settings.email, email_verified: settings.fault != .unverifiedEmail)
        let keys = JWTKeyCollection()
        // A foreign key under the directory's key id: the signature cannot be verified.
        await keys.add(ecdsa: settings.fault == .foreignKey ? ES256PrivateKey() : key, kid: "test-key")
        return try await keys.sign(claims, kid: "test-key")
    }

    static func challenge(_ verifier: String) -> String {
        Data(SHA256.hash(data: Data(verifier.utf8))).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// Asks the authorisation endpoint, as the browser would after Roder sent it there; returns
    /// the path and query of Roder's callback it sends the browser back to.
    func authorize(_ address: String) async throws -> String {
        let response = try await app.client.get(URI(string: address))
        guard response.status == .ok, let back = response.body.map({ String(buffer: $0) }), let url = URLComponents(string: back) else {
            throw Abort(.badGateway, reason: "authorize answered \(response.status.code)")
        }
        return url.path + "?" + (url.percentEncodedQuery ?? "")
    }
}

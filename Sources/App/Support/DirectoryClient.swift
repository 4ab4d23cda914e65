import Foundation
import JWTKit
import RoderCore
import Vapor

/// Talks OpenID Connect to an organisation's directory: where its endpoints are (discovery), the
/// authorisation request (code flow with PKCE, state and nonce), the code exchange, and the ID
/// token's signature against the directory's published keys. The claims are then judged by
/// `DirectorySignIn.email(from:…)`.
struct DirectoryClient {
    struct Discovery: Decodable {
        var issuer: String
        var authorizationEndpoint: String
        var tokenEndpoint: String
        var jwksURI: String

        enum CodingKeys: String, CodingKey {
            case issuer
            case authorizationEndpoint = "authorization_endpoint"
            case tokenEndpoint = "token_endpoint"
            case jwksURI = "jwks_uri"
        }
    }

    /// Why the directory's answer could not be used; the page says it plainly, the log in full.
    enum Failure: Error {
        /// Discovery, the token endpoint or the keys did not answer as the protocol says.
        case unreachable(String)
        /// The token's signature, algorithm or form is not acceptable.
        case badToken(String)
    }

    /// Signature algorithms accepted: asymmetric only, so that nobody can sign with a shared secret.
    static let algorithms: Set<String> = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"]

    let client: any Client

    /// An issuer address Roder will talk to: https, or http on this machine (the tests' own provider).
    static func isAcceptableIssuer(_ text: String) -> Bool {
        guard let url = URL(string: text), let host = url.host, !host.isEmpty, url.user == nil, url.query == nil, url.fragment == nil else { return false }
        switch url.scheme {
        case "https": return true
        case "http": return host == "127.0.0.1" || host == "localhost"
        default: return false
        }
    }

    func discover(issuer: String) async throws -> Discovery {
        let address = (issuer.hasSuffix("/") ? String(issuer.dropLast()) : issuer) + "/.well-known/openid-configuration"
        let response = try await client.get(URI(string: address))
        guard response.status == .ok, let discovery = try? response.content.decode(Discovery.self, using: JSONDecoder()) else {
            throw Failure.unreachable("discovery at \(address) answered \(response.status.code)")
        }
        // The document must be the issuer's own (OpenID Connect Discovery 1.0, 4.3).
        guard discovery.issuer == issuer else { throw Failure.unreachable("discovery names the issuer \(discovery.issuer), not \(issuer)") }
        for endpoint in [discovery.authorizationEndpoint, discovery.tokenEndpoint, discovery.jwksURI] where !Self.isAcceptableIssuer(endpoint) {
            throw Failure.unreachable("discovery names an endpoint Roder will not use: \(endpoint)")
        }
        return discovery
    }

    /// The address the browser is sent to, to sign in at the directory.
    static func authorizationURL(
        _ discovery: Discovery, clientID: String, redirectURI: String, state: String, nonce: String, codeChallenge: String, loginHint: String?
    ) -> String {
        var components = URLComponents(string: discovery.authorizationEndpoint) ?? URLComponents()
        components.queryItems =
            (components.queryItems ?? []) + [
                URLQueryItem(name: "response_type", value: "code"), URLQueryItem(name: "client_id", value: clientID),
                URLQueryItem(name: "redirect_uri", value: redirectURI), URLQueryItem(name: "scope", value: "openid email profile"),
                URLQueryItem(name: "state", value: state), URLQueryItem(name: "nonce", value: nonce),
                URLQueryItem(name: "code_challenge", value: codeChallenge), URLQueryItem(name: "code_challenge_method", value: "S256"),
            ] + (loginHint.map { [URLQueryItem(name: "login_hint", value: $0)] } ?? [])
        // `+` is a space to a form decoder; URLComponents leaves it as it is.
        components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        return components.string ?? discovery.authorizationEndpoint
    }

    /// PKCE's S256 challenge for a verifier (RFC 7636, 4.2).
    static func codeChallenge(for verifier: String) -> String {
        SessionStore.base64URL(Data(SHA256.hash(data: Data(verifier.utf8))))
    }

    /// Exchanges the code for the ID token.
    func idToken(
        code: String, codeVerifier: String, redirectURI: String, clientID: String, clientSecret: String, discovery: Discovery
    ) async throws -> String {
        struct TokenRequest: Content {
            var grant_type = "authorization_code"
            var code: String
            var redirect_uri: String
            var client_id: String
            var client_secret: String
            var code_verifier: String
        }
        struct TokenResponse: Decodable { var id_token: String? }
        let response = try await client.post(URI(string: discovery.tokenEndpoint)) { request in
            try request.content.encode(
                TokenRequest(code: code, redirect_uri: redirectURI, client_id: clientID, client_secret: clientSecret, code_verifier: codeVerifier),
                as: .urlEncodedForm)
        }
        guard response.status == .ok, let token = (try? response.content.decode(TokenResponse.self, using: JSONDecoder()))?.id_token else {
            throw Failure.unreachable("the token endpoint answered \(response.status.code)")
        }
        return token
    }

    /// The ID token's claims, once its signature is verified with one of the directory's keys.
    func verifiedClaims(of token: String, discovery: Discovery) async throws -> DirectorySignIn.Claims {
        guard let algorithm = Self.algorithm(of: token), Self.algorithms.contains(algorithm) else {
            throw Failure.badToken("signed with an algorithm Roder does not accept")
        }
        let response = try await client.get(URI(string: discovery.jwksURI))
        guard response.status == .ok, let body = response.body.map({ String(buffer: $0) }) else {
            throw Failure.unreachable("the keys at \(discovery.jwksURI) answered \(response.status.code)")
        }
        let keys: JWTKeyCollection
        do { keys = try await JWTKeyCollection().add(jwksJSON: body) } catch { throw Failure.unreachable("the directory's keys could not be read") }
        let claims: IDTokenClaims
        do { claims = try await keys.verify(token, as: IDTokenClaims.self) } catch { throw Failure.badToken("signature not valid: \(error)") }
        return DirectorySignIn.Claims(
            issuer: claims.iss, audience: claims.aud?.values ?? [], expiresAt: claims.exp.map { Date(timeIntervalSince1970: $0) },
            issuedAt: claims.iat.map { Date(timeIntervalSince1970: $0) }, notBefore: claims.nbf.map { Date(timeIntervalSince1970: $0) },
            nonce: claims.nonce, email: claims.email, emailVerified: claims.email_verified?.value, preferredUsername: claims.preferred_username)
    }

    /// The `alg` of a compact JWS's header, read before anything is trusted.
    static func algorithm(of token: String) -> String? {
        guard let header = token.split(separator: ".", omittingEmptySubsequences: false).first else { return nil }
        var base64 = header.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64), let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return object["alg"] as? String
    }
}

/// The claims of an ID token as they come; judged by `DirectorySignIn`, not here.
struct IDTokenClaims: JWTPayload {
    /// `aud` is one string or a list of them.
    struct Audience: Codable {
        var values: [String]

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let one = try? container.decode(String.self) { values = [one] } else { values = try container.decode([String].self) }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(values)
        }
    }

    /// `email_verified` is a boolean, or by some directories the text "true".
    struct Flag: Codable {
        var value: Bool

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) { value = flag } else { value = (try container.decode(String.self)).lowercased() == "true" }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(value)
        }
    }

    var iss: String?
    var aud: Audience?
    var exp: Double?
    var iat: Double?
    var nbf: Double?
    var nonce: String?
    var email: String?
    var email_verified: Flag?
    var preferred_username: String?

    /// The claims are judged together by `DirectorySignIn.email(from:…)`, with their own messages.
    func verify(using algorithm: some JWTAlgorithm) async throws {}
}

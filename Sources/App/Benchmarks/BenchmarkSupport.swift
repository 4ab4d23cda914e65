import Foundation
import Vapor

/// The real application for a benchmark: configured, migrated, SQLite tuned, quiet logs.
/// Shut down on failure; the caller shuts it down after use.
func makeBenchmarkApplication(_ config: AppConfig) async throws -> Application {
    var environment = Environment.production
    environment.arguments = ["roder"]
    let app = try await Application.make(environment)
    app.logger.logLevel = .warning
    do {
        try await configure(app, with: config)
        try await app.autoMigrate()
        try await DatabaseSetup.tuneSQLite(app)
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    return app
}

/// Timing pages over real HTTP on loopback, signed in through the form as a browser
/// would: what the benchmark commands share.
struct HTTPBenchmark {
    let app: Application
    let base: String
    let requests: Int
    private(set) var cookie = ""

    init(app: Application, port: Int, requests: Int) {
        self.app = app
        self.base = "http://127.0.0.1:\(port)"
        self.requests = requests
    }

    /// Signs in through the form and keeps the session cookie for `timings`.
    mutating func signIn(email: String, password: String) async throws {
        let form = try await app.client.get(URI(string: base + "/sign-in"))
        guard let setCookie = form.headers.first(name: .setCookie), let body = form.body.map({ String(buffer: $0) }),
            let range = body.range(of: #"name="_csrf" value=""#)
        else { throw CommandError("No sign-in form") }
        let anonymous = String(setCookie.split(separator: ";")[0])
        let token = String(body[range.upperBound...].prefix { $0 != "\"" })
        let response = try await app.client.post(URI(string: base + "/sign-in"), headers: ["Cookie": anonymous]) { request in
            try request.content.encode(["email": email, "password": password, "_csrf": token], as: .urlEncodedForm)
        }
        guard response.status == .seeOther, let session = response.headers.first(name: .setCookie) else {
            throw CommandError("Sign-in failed: \(response.status.code)")
        }
        cookie = String(session.split(separator: ";")[0])
    }

    /// `requests` timed GETs after 5 that warm caches, sorted fastest first.
    func timings(_ path: String) async throws -> [Duration] {
        let clock = ContinuousClock()
        var durations: [Duration] = []
        for index in 0..<(requests + 5) {
            var response: ClientResponse!
            let duration = try await clock.measure {
                response = try await app.client.get(URI(string: base + path), headers: ["Cookie": cookie])
            }
            guard response.status == .ok else { throw CommandError("GET \(path) answered \(response.status.code)") }
            if index >= 5 { durations.append(duration) }
        }
        return durations.sorted()
    }

    /// The size of one answer to `path`, in kB: what a page's time is spent producing.
    func kilobytes(_ path: String) async throws -> Int {
        let response = try await app.client.get(URI(string: base + path), headers: ["Cookie": cookie])
        return (response.body?.readableBytes ?? 0) / 1_024
    }

    static func milliseconds(_ duration: Duration) -> String {
        String(format: "%.1f ms", Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000)
    }

    /// "name   p50 … p95 … max …" for sorted durations.
    static func row(_ name: String, _ durations: [Duration]) -> String {
        "\(name.padding(toLength: 34, withPad: " ", startingAt: 0)) p50 \(milliseconds(durations[durations.count / 2]))"
            + "  p95 \(milliseconds(durations[durations.count * 95 / 100]))  max \(milliseconds(durations.last!))"
    }
}

/// The memory allocator serving this process, for a benchmark's heading: jemalloc when the
/// build links it (`--traits Jemalloc`) or it is preloaded, otherwise the C library's.
var memoryAllocator: String {
    #if os(Linux)
        // `mallctl` is jemalloc's own entry point; glibc has nothing of that name.
        dlsym(nil, "mallctl") != nil ? "jemalloc" : "glibc malloc"
    #else
        "the system allocator"
    #endif
}

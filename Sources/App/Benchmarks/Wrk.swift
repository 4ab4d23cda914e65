import Foundation

/// `wrk` (Debian package) loading one page: one thread, `connections` connections, for
/// `seconds`, pinned to `cpu` with `taskset` when given so that it does not share the server's.
struct WrkRun {
    let seconds: Int
    let connections: Int
    let cpu: Int?

    var isAvailable: Bool { Self.executable("wrk") != nil }

    func run(url: String, cookie: String) async throws -> WrkReport {
        guard let wrk = Self.executable("wrk") else { throw WrkError.missing }
        // A long timeout: a slow page's latency is measured, not dropped as a socket error.
        var arguments = ["-t1", "-c\(connections)", "-d\(seconds)s", "--timeout", "30s", "--latency", "-H", "Cookie: \(cookie)", url]
        var executable = wrk
        if let cpu, let taskset = Self.executable("taskset") {
            arguments = ["-c", String(cpu), wrk] + arguments
            executable = taskset
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        // Waited for without blocking a thread: the server answering wrk runs in this process.
        try await withCheckedThrowingContinuation { (finished: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in finished.resume() }
            do { try process.run() } catch { finished.resume(throwing: error) }
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard process.terminationStatus == 0 else { throw WrkError.failed(text) }
        return try WrkReport(parsing: text)
    }

    private static func executable(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

enum WrkError: Error, CustomStringConvertible {
    case missing
    case failed(String)
    case unreadable(String)

    var description: String {
        switch self {
        case .missing: "wrk is not installed"
        case .failed(let output): "wrk failed: \(output)"
        case .unreadable(let output): "wrk's report could not be read: \(output)"
        }
    }
}

/// What `wrk --latency` reports about one run, read from its text.
struct WrkReport: Equatable {
    var requestsPerSecond: Double
    /// Milliseconds.
    var p50: Double
    var p99: Double
    /// Responses other than 2xx and 3xx, and socket errors: a page that fails is not fast.
    var failures: Int

    init(requestsPerSecond: Double, p50: Double, p99: Double, failures: Int) {
        self.requestsPerSecond = requestsPerSecond
        self.p50 = p50
        self.p99 = p99
        self.failures = failures
    }

    init(parsing output: String) throws {
        var rate: Double?, p50: Double?, p99: Double?, failures = 0
        for line in output.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            if line.hasPrefix("Requests/sec:"), words.count >= 2 { rate = Double(words[1]) }
            if words.count == 2, words[0] == "50%" { p50 = Self.milliseconds(words[1]) }
            if words.count == 2, words[0] == "99%" { p99 = Self.milliseconds(words[1]) }
            if line.hasPrefix("Non-2xx or 3xx responses:"), let count = words.last.flatMap({ Int($0) }) { failures += count }
            if line.hasPrefix("Socket errors:") {
                // "Socket errors: connect 0, read 0, write 0, timeout 12"
                failures += words.compactMap { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: ","))) }.reduce(0, +)
            }
        }
        guard let rate, let p50, let p99 else { throw WrkError.unreadable(output) }
        self.init(requestsPerSecond: rate, p50: p50, p99: p99, failures: failures)
    }

    /// "812.00us", "15.32ms", "1.02s", "2.00m" in milliseconds.
    static func milliseconds(_ text: String) -> Double? {
        for (unit, factor) in [("us", 0.001), ("ms", 1.0), ("s", 1_000.0), ("m", 60_000.0)] where text.hasSuffix(unit) {
            return Double(text.dropLast(unit.count)).map { $0 * factor }
        }
        return nil
    }

    static let tableHead =
        "page (role)".padding(toLength: 46, withPad: " ", startingAt: 0) + "   req/s     p50 ms    p99 ms   share of /account"

    func tableRow(_ name: String, floor: WrkReport?) -> String {
        let share = floor.map { $0.requestsPerSecond > 0 ? String(format: "%5.0f %%", 100 * requestsPerSecond / $0.requestsPerSecond) : "" } ?? ""
        return name.padding(toLength: 46, withPad: " ", startingAt: 0)
            + String(format: "%8.0f %10.1f %9.1f   ", requestsPerSecond, p50, p99) + share
            + (failures > 0 ? "   \(failures) FAILED" : "")
    }
}

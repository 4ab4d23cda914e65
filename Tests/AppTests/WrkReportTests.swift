import Testing

@testable import App

/// The page benchmark reads wrk's text report: its figures must be read as wrk meant them.
@Suite struct WrkReportTests {
    @Test("wrk's report is read with its units, and failures are counted")
    func parsesReport() throws {
        let output = """
            Running 3s test @ http://127.0.0.1:18298/account
              1 threads and 32 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    15.32ms    2.10ms  30.00ms   90.00%
                Req/Sec     2.10k   100.00     2.30k    80.00%
              Latency Distribution
                 50%  812.00us
                 75%   16.00ms
                 90%   17.00ms
                 99%    1.02s
              6300 requests in 3.00s, 10.00MB read
              Socket errors: connect 0, read 2, write 0, timeout 12
              Non-2xx or 3xx responses: 5
            Requests/sec:   2100.50
            Transfer/sec:      3.33MB
            """
        let report = try WrkReport(parsing: output)
        #expect(report == WrkReport(requestsPerSecond: 2_100.5, p50: 0.812, p99: 1_020, failures: 19))
        #expect(report.tableRow("a page", floor: WrkReport(requestsPerSecond: 4_201, p50: 1, p99: 2, failures: 0)).contains("50 %"))
        #expect(report.tableRow("a page", floor: nil).contains("19 FAILED"))
    }

    @Test("A report without its figures is an error, not zeros")
    func rejectsIncompleteReport() {
        #expect(throws: WrkError.self) { try WrkReport(parsing: "unable to connect to 127.0.0.1:18298 Connection refused") }
        #expect(WrkReport.milliseconds("2.00m") == 120_000)
        #expect(WrkReport.milliseconds("fast") == nil)
    }
}

import Foundation
import Testing

@testable import RoderCore

/// The QR codes are read back with zbar (`zbarimg`, installed by ./scripts/test): a code that
/// a real scanner cannot read fails here.
@Suite("QR codes")
struct QRCodeTests {
    static func scan(_ code: QRCode) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("roder-qr-\(UUID().uuidString).pbm")
        try code.pbm().write(to: file, atomically: true, encoding: .ascii)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/zbarimg")
        process.arguments = ["--quiet", "--raw", file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    @Test(
        "zbar reads back what was encoded, from version 1 to 10",
        arguments: [
            "ROD",
            "http://127.0.0.1:8080/check-in?code=QWA3KX",
            "https://roder.sjobacka.fi/check-in?code=QWA3KX&lang=sv",
            "https://roder.example.fi/events/0f8fad5b-d9cb-469f-a165-70867728950e?code=QWA3KX#check-in-and-more-text-to-reach-a-larger-version",
            String(repeating: "Ledarforum ", count: 19),
        ])
    func roundTrip(text: String) throws {
        #expect(FileManager.default.isExecutableFile(atPath: "/usr/bin/zbarimg"), "zbar-tools is missing: ./scripts/test installs it")
        let code = try QRCode.encode(text)
        #expect(code.size == code.version * 4 + 17)
        #expect(try Self.scan(code) == text)
    }

    @Test("The smallest version that holds the text, and a clear refusal beyond version 10")
    func versions() throws {
        #expect(try QRCode.encode(String(repeating: "a", count: 14)).version == 1)
        #expect(try QRCode.encode(String(repeating: "a", count: 15)).version == 2)
        #expect(try QRCode.encode(String(repeating: "a", count: 213)).version == 10)
        #expect(throws: QRCode.Problem.tooLong) { try QRCode.encode(String(repeating: "a", count: 214)) }
    }

    @Test("Reed–Solomon matches the standard's worked example (version 1-M, \"01234567\")")
    func errorCorrection() {
        let data: [UInt8] = [0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11]
        #expect(QRCode.ReedSolomon.remainder(data, degree: 10) == [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55])
    }

    @Test("The SVG has the quiet zone and a label for screen readers")
    func svg() throws {
        let code = try QRCode.encode("ROD")
        let svg = code.svg(label: "QR-kod för incheckning")
        #expect(svg.contains(#"viewBox="0 0 29 29""#) && svg.contains(#"aria-label="QR-kod för incheckning""#) && svg.contains(#"role="img""#))
    }
}

import Fluent
import Foundation
import Testing

@testable import App

@Suite("Migrations")
struct MigrationListTests {
    @Test("Every migration has a file of its own, numbered in the order Migrations.all runs them, and every file is in the list")
    func oneFileEachInOrder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/App/Migrations").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.first?.isNumber == true && $0.hasSuffix(".swift") }.sorted()
        let named = files.map { String($0.dropFirst(3).dropLast(6)) }
        let listed = Migrations.all.map { String(describing: type(of: $0)) }
        #expect(named == listed)
        #expect(files.enumerated().allSatisfy { index, file in file.hasPrefix(String(format: "%02d_", index + 1)) })
    }
}

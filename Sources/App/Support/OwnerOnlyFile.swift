import Foundation

/// The database and its backups hold people's names and feedback: readable and writable by
/// the account Roder runs as and no one else on the machine, whatever the umask.
enum OwnerOnlyFile {
    /// Creates the folder (0700) and an empty file (0600) if they are missing, and narrows the
    /// modes of a file, its write-ahead log and shared-memory index if they exist already
    /// (SQLite gives the log and index the mode of the database file).
    static func prepare(_ path: String) throws {
        let files = FileManager.default
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !files.fileExists(atPath: folder) {
            try files.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        if !files.fileExists(atPath: path) {
            guard files.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
        }
        for file in [path, path + "-wal", path + "-shm"] where files.fileExists(atPath: file) {
            try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        }
    }
}

import Foundation

extension UUID {
    /// A random (version 4) UUID from the system's generator in one call. `UUID()` in
    /// Foundation on Linux opens and reads `/dev/urandom` for every identifier, and Swift's
    /// `SystemRandomNumberGenerator` asks the kernel once per eight bytes; an answer makes two.
    static func random() -> UUID {
        var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &bytes) { buffer in
            arc4random_buf(buffer.baseAddress!, buffer.count)
            buffer[6] = (buffer[6] & 0x0F) | 0x40  // version 4
            buffer[8] = (buffer[8] & 0x3F) | 0x80  // variant RFC 4122
        }
        return UUID(uuid: bytes)
    }
}

import Foundation

/// A QR code (ISO/IEC 18004) for short texts such as the check-in address shown in the room:
/// byte mode, error correction level M (15 % of the code may be covered or dirty), versions
/// 1–10 (up to 213 bytes). Written here rather than taken from a package: the encoder is
/// small, and the server draws it as SVG like every other picture.
public struct QRCode: Sendable, Hashable {
    /// Modules per side (21 for version 1, +4 per version).
    public let size: Int
    /// `modules[row][column]`, true = dark.
    public let modules: [[Bool]]
    public let version: Int
    public let mask: Int

    public enum Problem: Error, Hashable {
        /// Longer than version 10 at level M holds.
        case tooLong
    }

    public static func encode(_ text: String) throws(Problem) -> QRCode {
        let bytes = Array(text.utf8)
        guard let version = (1...10).first(where: { bytes.count <= capacity(version: $0) }) else { throw .tooLong }
        let codewords = interleaved(dataCodewords(bytes, version: version), version: version)
        var matrix = Matrix(version: version)
        matrix.drawFunctionPatterns()
        matrix.place(codewords)
        // The mask that leaves the fewest patterns a scanner could mistake (lowest penalty).
        var best: Matrix?, bestPenalty = Int.max
        for mask in 0..<8 {
            var candidate = matrix
            candidate.apply(mask: mask)
            candidate.drawFormatBits(mask: mask)
            let penalty = candidate.penalty()
            if penalty < bestPenalty { best = candidate; bestPenalty = penalty }
        }
        return QRCode(size: matrix.size, modules: best!.modules, version: version, mask: best!.mask)
    }

    // MARK: - Capacity and blocks (level M)

    /// Error-correction codewords per block, and the blocks' data codewords, for versions 1–10.
    static let blocks: [(ecPerBlock: Int, data: [Int])] = [
        (10, [16]), (16, [28]), (26, [44]), (18, [32, 32]), (24, [43, 43]),
        (16, [27, 27, 27, 27]), (18, [31, 31, 31, 31]), (22, [38, 38, 39, 39]),
        (22, [36, 36, 36, 37, 37]), (26, [43, 43, 43, 43, 44]),
    ]

    static func dataCodewordCount(version: Int) -> Int { blocks[version - 1].data.reduce(0, +) }

    /// Bytes that fit: data bits less the mode (4) and the length (8 bits up to version 9, 16 from 10).
    static func capacity(version: Int) -> Int {
        (dataCodewordCount(version: version) * 8 - 4 - lengthBits(version: version)) / 8
    }

    static func lengthBits(version: Int) -> Int { version <= 9 ? 8 : 16 }

    static func dataCodewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        var bits: [Bool] = []
        func append(_ value: Int, _ count: Int) {
            for index in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> index) & 1 == 1) }
        }
        append(0b0100, 4)
        append(bytes.count, lengthBits(version: version))
        for byte in bytes { append(Int(byte), 8) }
        let capacityBits = dataCodewordCount(version: version) * 8
        append(0, min(4, capacityBits - bits.count))
        append(0, (8 - bits.count % 8) % 8)
        var result = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
        }
        var pad: UInt8 = 0xEC
        while result.count < dataCodewordCount(version: version) {
            result.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return result
    }

    /// Splits the data into blocks, adds each block's Reed–Solomon codewords, and interleaves.
    static func interleaved(_ data: [UInt8], version: Int) -> [UInt8] {
        let layout = blocks[version - 1]
        var offset = 0
        var dataBlocks: [[UInt8]] = [], ecBlocks: [[UInt8]] = []
        for length in layout.data {
            let block = Array(data[offset..<offset + length])
            offset += length
            dataBlocks.append(block)
            ecBlocks.append(ReedSolomon.remainder(block, degree: layout.ecPerBlock))
        }
        var result: [UInt8] = []
        for index in 0..<(layout.data.max() ?? 0) {
            for block in dataBlocks where index < block.count { result.append(block[index]) }
        }
        for index in 0..<layout.ecPerBlock {
            for block in ecBlocks { result.append(block[index]) }
        }
        return result
    }

    // MARK: - Reed–Solomon over GF(256), polynomial x⁸ + x⁴ + x³ + x² + 1

    enum ReedSolomon {
        static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
            var result = 0
            for bit in stride(from: 7, through: 0, by: -1) {
                result = (result << 1) ^ ((result >> 7) * 0x11D)
                result ^= ((Int(y) >> bit) & 1) * Int(x)
            }
            return UInt8(result & 0xFF)
        }

        /// The generator (x − α⁰)(x − α¹)…(x − α^(degree−1)), leading 1 left out.
        static func divisor(degree: Int) -> [UInt8] {
            var result = [UInt8](repeating: 0, count: degree)
            result[degree - 1] = 1
            var root: UInt8 = 1
            for _ in 0..<degree {
                for index in 0..<degree {
                    result[index] = multiply(result[index], root)
                    if index + 1 < degree { result[index] ^= result[index + 1] }
                }
                root = multiply(root, 0x02)
            }
            return result
        }

        static func remainder(_ data: [UInt8], degree: Int) -> [UInt8] {
            let generator = divisor(degree: degree)
            var result = [UInt8](repeating: 0, count: degree)
            for byte in data {
                let factor = byte ^ result.removeFirst()
                result.append(0)
                for index in 0..<degree { result[index] ^= multiply(generator[index], factor) }
            }
            return result
        }
    }

    // MARK: - The module grid

    struct Matrix: Hashable {
        let version: Int
        let size: Int
        var modules: [[Bool]]
        var isFunction: [[Bool]]
        var mask = 0

        init(version: Int) {
            self.version = version
            size = version * 4 + 17
            modules = Array(repeating: Array(repeating: false, count: size), count: size)
            isFunction = modules
        }

        mutating func set(column x: Int, row y: Int, _ dark: Bool) {
            modules[y][x] = dark
            isFunction[y][x] = true
        }

        mutating func drawFunctionPatterns() {
            for index in 0..<size {
                set(column: 6, row: index, index % 2 == 0)
                set(column: index, row: 6, index % 2 == 0)
            }
            for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] {
                for dy in -4...4 {
                    for dx in -4...4 where (0..<size).contains(x + dx) && (0..<size).contains(y + dy) {
                        let distance = max(abs(dx), abs(dy))
                        set(column: x + dx, row: y + dy, distance != 2 && distance != 4)
                    }
                }
            }
            let positions = alignmentPositions
            for (i, x) in positions.enumerated() {
                for (j, y) in positions.enumerated() {
                    // Not on the three finders.
                    if (i == 0 && j == 0) || (i == 0 && j == positions.count - 1) || (i == positions.count - 1 && j == 0) { continue }
                    for dy in -2...2 {
                        for dx in -2...2 { set(column: x + dx, row: y + dy, max(abs(dx), abs(dy)) != 1) }
                    }
                }
            }
            drawFormatBits(mask: 0)
            drawVersionBits()
        }

        var alignmentPositions: [Int] {
            guard version > 1 else { return [] }
            let count = version / 7 + 2
            let step = (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2
            return [6] + (0..<(count - 1)).map { size - 7 - $0 * step }.reversed()
        }

        /// Level M (format bits 00) and the mask, BCH-protected, in both copies; and the dark module.
        mutating func drawFormatBits(mask: Int) {
            let data = 0b00 << 3 | mask
            var remainder = data
            for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
            let bits = (data << 10 | remainder) ^ 0x5412
            func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
            for index in 0...5 { set(column: 8, row: index, bit(index)) }
            set(column: 8, row: 7, bit(6))
            set(column: 8, row: 8, bit(7))
            set(column: 7, row: 8, bit(8))
            for index in 9..<15 { set(column: 14 - index, row: 8, bit(index)) }
            for index in 0..<8 { set(column: size - 1 - index, row: 8, bit(index)) }
            for index in 8..<15 { set(column: 8, row: size - 15 + index, bit(index)) }
            set(column: 8, row: size - 8, true)
        }

        mutating func drawVersionBits() {
            guard version >= 7 else { return }
            var remainder = version
            for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
            let bits = version << 12 | remainder
            for index in 0..<18 {
                let dark = (bits >> index) & 1 == 1
                let a = size - 11 + index % 3, b = index / 3
                set(column: a, row: b, dark)
                set(column: b, row: a, dark)
            }
        }

        /// The codewords' bits in the zigzag order, two columns at a time from the bottom right.
        mutating func place(_ codewords: [UInt8]) {
            var bitIndex = 0
            var right = size - 1
            while right >= 1 {
                if right == 6 { right = 5 }
                for vertical in 0..<size {
                    for offset in 0..<2 {
                        let x = right - offset
                        let upward = (right + 1) & 2 == 0
                        let y = upward ? size - 1 - vertical : vertical
                        guard !isFunction[y][x], bitIndex < codewords.count * 8 else { continue }
                        modules[y][x] = (codewords[bitIndex >> 3] >> (7 - (bitIndex & 7))) & 1 == 1
                        bitIndex += 1
                    }
                }
                right -= 2
            }
        }

        mutating func apply(mask: Int) {
            self.mask = mask
            for y in 0..<size {
                for x in 0..<size where !isFunction[y][x] {
                    let invert =
                        switch mask {
                        case 0: (x + y) % 2 == 0
                        case 1: y % 2 == 0
                        case 2: x % 3 == 0
                        case 3: (x + y) % 3 == 0
                        case 4: (x / 3 + y / 2) % 2 == 0
                        case 5: x * y % 2 + x * y % 3 == 0
                        case 6: (x * y % 2 + x * y % 3) % 2 == 0
                        default: ((x + y) % 2 + x * y % 3) % 2 == 0
                        }
                    if invert { modules[y][x].toggle() }
                }
            }
        }

        /// The standard's four penalties: long runs, 2×2 blocks, finder look-alikes, imbalance.
        func penalty() -> Int {
            var score = 0
            let lines = modules + (0..<size).map { x in modules.map { $0[x] } }
            let finderLike: [[Bool]] = [
                [true, false, true, true, true, false, true, false, false, false, false],
                [false, false, false, false, true, false, true, true, true, false, true],
            ]
            for line in lines {
                var run = 1
                for index in 1..<size {
                    if line[index] == line[index - 1] { run += 1 } else { run = 1 }
                    if run == 5 { score += 3 } else if run > 5 { score += 1 }
                }
                for start in 0...(size - 11) where finderLike.contains(where: { Array(line[start..<start + 11]) == $0 }) { score += 40 }
            }
            for y in 0..<(size - 1) {
                for x in 0..<(size - 1) {
                    let colour = modules[y][x]
                    if modules[y][x + 1] == colour, modules[y + 1][x] == colour, modules[y + 1][x + 1] == colour { score += 3 }
                }
            }
            let dark = modules.reduce(0) { $0 + $1.filter { $0 }.count }
            let percent = dark * 100 / (size * size)
            score += abs(percent - 50) / 5 * 10
            return score
        }
    }

    /// The code as an SVG picture: one path of dark squares on white, with the quiet zone of four
    /// modules the standard asks for. `label` is what a screen reader says.
    public func svg(label: String) -> String {
        let quiet = 4, side = size + quiet * 2
        var path = ""
        for (y, row) in modules.enumerated() {
            for (x, dark) in row.enumerated() where dark { path += "M\(x + quiet) \(y + quiet)h1v1h-1z" }
        }
        let escaped = Markup.attribute(label)
        return
            #"<svg class="qr-code" viewBox="0 0 \#(side) \#(side)" role="img" aria-label="\#(escaped)" xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">"#
            + ##"<rect width="\##(side)" height="\##(side)" fill="#fff"/><path d="\##(path)" fill="#000"/></svg>"##
    }

    /// The code as a plain PBM bitmap, `scale` pixels per module: for checking it with a scanner.
    public func pbm(scale: Int = 4) -> String {
        let quiet = 4, side = (size + quiet * 2) * scale
        var lines = ["P1", "\(side) \(side)"]
        for y in 0..<side {
            let row = (0..<side).map { x -> String in
                let mx = x / scale - quiet, my = y / scale - quiet
                return (0..<size).contains(mx) && (0..<size).contains(my) && modules[my][mx] ? "1" : "0"
            }
            lines.append(row.joined(separator: " "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

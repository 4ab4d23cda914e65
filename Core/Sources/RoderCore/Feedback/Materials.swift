import Foundation

/// What may be uploaded as an event's material: documents and pictures people open every day,
/// recognised by their first bytes as well as their name, so a renamed program or a web page
/// with script (HTML, SVG) is refused. At most `largestSize`.
public enum MaterialFile {
    public static let largestSize = 10 * 1024 * 1024

    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case pdf, png, jpeg, docx, xlsx, pptx, text

        public var contentType: String {
            switch self {
            case .pdf: "application/pdf"
            case .png: "image/png"
            case .jpeg: "image/jpeg"
            case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            case .pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            case .text: "text/plain; charset=utf-8"
            }
        }

        var extensions: Set<String> {
            switch self {
            case .pdf: ["pdf"]
            case .png: ["png"]
            case .jpeg: ["jpg", "jpeg"]
            case .docx: ["docx"]
            case .xlsx: ["xlsx"]
            case .pptx: ["pptx"]
            case .text: ["txt"]
            }
        }
    }

    /// For the file chooser's `accept`.
    public static let acceptedExtensions = Kind.allCases.flatMap { $0.extensions.sorted() }.map { "." + $0 }.joined(separator: ",")

    public enum Problem: Error, Hashable {
        case empty
        case tooLarge
        case typeNotAllowed
    }

    /// The file's kind if its name and content agree on an allowed one.
    public static func check(fileName: String, content: [UInt8]) -> Result<Kind, Problem> {
        guard !content.isEmpty else { return .failure(.empty) }
        guard content.count <= largestSize else { return .failure(.tooLarge) }
        let name = fileName.lowercased()
        guard let dot = name.lastIndex(of: "."), let kind = Kind.allCases.first(where: { $0.extensions.contains(String(name[name.index(after: dot)...])) })
        else { return .failure(.typeNotAllowed) }
        func starts(with magic: [UInt8]) -> Bool { content.starts(with: magic) }
        let matches: Bool =
            switch kind {
            case .pdf: starts(with: Array("%PDF-".utf8))
            case .png: starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            case .jpeg: starts(with: [0xFF, 0xD8, 0xFF])
            // Office files are zip archives.
            case .docx, .xlsx, .pptx: starts(with: [0x50, 0x4B, 0x03, 0x04])
            // Text: UTF-8 without control characters other than tab and line breaks.
            case .text:
                String(validating: content, as: UTF8.self).map { text in
                    !text.unicodeScalars.contains { $0.value < 0x20 && ![0x09, 0x0A, 0x0D].contains($0.value) }
                } ?? false
            }
        return matches ? .success(kind) : .failure(.typeNotAllowed)
    }

    /// A safe name for the download: letters, digits, dot, dash and underscore only.
    public static func downloadName(_ fileName: String) -> String {
        let cleaned = String(
            fileName.unicodeScalars.map { scalar in
                CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII || "._-".unicodeScalars.contains(scalar) ? Character(scalar) : "_"
            })
        return cleaned.isEmpty ? "material" : String(cleaned.suffix(120))
    }
}

/// A link given as material: only web addresses, so a `javascript:` link cannot be planted.
public enum MaterialLink {
    public static func validated(_ text: String) -> URL? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count <= 2_000, let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(),
            scheme == "https" || scheme == "http", url.host?.isEmpty == false
        else { return nil }
        return url
    }
}

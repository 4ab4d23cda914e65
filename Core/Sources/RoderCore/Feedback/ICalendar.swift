import Foundation

/// iCalendar (RFC 5545) for events: one file per event, and a personal feed of many.
public enum ICalendar {
    public struct Entry: Sendable, Hashable {
        public let uid: String
        public let title: String
        public let description: String?
        public let location: String?
        public let start: Date
        public let end: Date
        public let url: String?

        public init(uid: String, title: String, description: String? = nil, location: String? = nil, start: Date, end: Date, url: String? = nil) {
            self.uid = uid
            self.title = title
            self.description = description
            self.location = location
            self.start = start
            self.end = end
            self.url = url
        }
    }

    /// A calendar with `entries`; times in UTC, lines folded at 75 octets, CRLF line ends.
    public static func calendar(_ entries: [Entry], name: String, stamp: Date) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Roder//Roder//SV", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escape(name),
        ]
        for entry in entries {
            lines += [
                "BEGIN:VEVENT", "UID:" + singleLine(entry.uid), "DTSTAMP:" + utc(stamp), "DTSTART:" + utc(entry.start), "DTEND:" + utc(entry.end),
                "SUMMARY:" + escape(entry.title),
            ]
            if let location = entry.location, !location.isEmpty { lines.append("LOCATION:" + escape(location)) }
            if let description = entry.description, !description.isEmpty { lines.append("DESCRIPTION:" + escape(description)) }
            if let url = entry.url { lines.append("URL:" + singleLine(url)) }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!)
    }

    /// Backslash, semicolon and comma escaped as the standard asks; every form of line break
    /// (CRLF, CR, LF, vertical tab, form feed, NEL, the Unicode line and paragraph separators)
    /// written as `\n`, so no text can end its line and start a property of its own; other
    /// control characters, which the standard does not allow, dropped.
    static func escape(_ text: String) -> String {
        var escaped = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\\": escaped.append(contentsOf: "\\\\".unicodeScalars)
            case ";": escaped.append(contentsOf: "\\;".unicodeScalars)
            case ",": escaped.append(contentsOf: "\\,".unicodeScalars)
            case "\n" where previous == "\r": continue  // the second half of CRLF
            case "\r", "\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": escaped.append(contentsOf: "\\n".unicodeScalars)
            case "\t": escaped.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }

    /// A value that is not text (an identifier, an address): nothing that could end its line.
    static func singleLine(_ value: String) -> String {
        String(
            String.UnicodeScalarView(value.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && !["\u{85}", "\u{2028}", "\u{2029}"].contains($0) }))
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a
    /// UTF-8 character (Swedish and Finnish letters are two octets). Counted by scalar, as a
    /// letter with a thousand combining marks is one `Character` but many octets.
    static func fold(_ line: String) -> String {
        var result = String.UnicodeScalarView(), count = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if count + size > 75 {
                result.append(contentsOf: "\r\n ".unicodeScalars)
                count = 1
            }
            result.append(scalar)
            count += size
        }
        return String(result)
    }
}

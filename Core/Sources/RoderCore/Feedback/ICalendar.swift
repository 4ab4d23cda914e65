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
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Roder//Roder//SV", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                     "X-WR-CALNAME:" + escape(name)]
        for entry in entries {
            lines += ["BEGIN:VEVENT", "UID:" + entry.uid, "DTSTAMP:" + utc(stamp), "DTSTART:" + utc(entry.start), "DTEND:" + utc(entry.end),
                      "SUMMARY:" + escape(entry.title)]
            if let location = entry.location, !location.isEmpty { lines.append("LOCATION:" + escape(location)) }
            if let description = entry.description, !description.isEmpty { lines.append("DESCRIPTION:" + escape(description)) }
            if let url = entry.url { lines.append("URL:" + url) }
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

    /// Backslash, semicolon, comma and newline escaped as the standard asks.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\r\n", with: "\\n").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a
    /// UTF-8 character (Swedish and Finnish letters are two octets).
    static func fold(_ line: String) -> String {
        var result = "", count = 0
        for character in line {
            let size = String(character).utf8.count
            if count + size > 75 {
                result += "\r\n "
                count = 1
            }
            result.append(character)
            count += size
        }
        return result
    }
}

import Foundation

/// Charts drawn on the server as SVG: no script, printable, readable by screen readers
/// through their title and description (every chart also has its numbers in a table).
public enum SVGChart {
    public struct Bar: Sendable, Hashable {
        public let label: String
        public let value: Int
        /// Drawn in the accent colour (e.g. the target band).
        public let highlighted: Bool
        /// What is written on the bar, when not the value itself (e.g. "4,2" for 420).
        public let text: String?

        public init(label: String, value: Int, highlighted: Bool = false, text: String? = nil) {
            self.label = label
            self.value = value
            self.highlighted = highlighted
            self.text = text
        }
    }

    /// Vertical bars with their values on top and labels below; `maximum` fixes the scale
    /// (a 1–5 score), otherwise the tallest bar fills the height.
    public static func bars(_ bars: [Bar], title: String, description: String, id: String, maximum fixedMaximum: Int? = nil) -> String {
        let width = 560, height = 240, left = 16, bottom = 40, top = 24
        let plotHeight = height - bottom - top
        let slot = Double(width - left * 2) / Double(max(bars.count, 1))
        let barWidth = min(64, slot * 0.7)
        let maximum = fixedMaximum ?? max(bars.map(\.value).max() ?? 0, 1)
        var svg =
            #"<svg class="chart" viewBox="0 0 \#(width) \#(height)" role="img" aria-labelledby="\#(id)-title \#(id)-desc" xmlns="http://www.w3.org/2000/svg">"#
        svg += #"<title id="\#(id)-title">\#(escape(title))</title><desc id="\#(id)-desc">\#(escape(description))</desc>"#
        svg += #"<line x1="\#(left)" y1="\#(height - bottom)" x2="\#(width - left)" y2="\#(height - bottom)" class="axis"/>"#
        for (index, bar) in bars.enumerated() {
            let barHeight = Double(plotHeight) * Double(bar.value) / Double(maximum)
            let x = Double(left) + slot * Double(index) + (slot - barWidth) / 2
            let y = Double(height - bottom) - barHeight
            svg +=
                #"<rect x="\#(format(x))" y="\#(format(y))" width="\#(format(barWidth))" height="\#(format(barHeight))" class="\#(bar.highlighted ? "bar highlighted" : "bar")"/>"#
            svg +=
                #"<text x="\#(format(x + barWidth / 2))" y="\#(format(y - 6))" text-anchor="middle" class="value">\#(escape(bar.text ?? String(bar.value)))</text>"#
            svg += #"<text x="\#(format(x + barWidth / 2))" y="\#(height - bottom + 20)" text-anchor="middle" class="label">\#(escape(bar.label))</text>"#
        }
        return svg + "</svg>"
    }

    /// Levels 1–4 as one stacked bar, light to dark, each part as wide as its share. Hidden
    /// from screen readers: the counts are in the table beside it.
    public static func levelBar(_ counts: [Int]) -> String {
        let width = 120.0, height = 14.0
        let total = Double(max(counts.reduce(0) { $0 + max(0, $1) }, 1))
        var svg =
            #"<svg class="level-bar" viewBox="0 0 120 14" width="120" height="14" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">"#
        var x = 0.0
        for (index, count) in counts.enumerated() where count > 0 {
            let part = width * Double(count) / total
            svg += #"<rect x="\#(format(x))" y="0" width="\#(format(part))" height="\#(format(height))" class="level-\#(index + 1)"/>"#
            x += part
        }
        return svg + "</svg>"
    }

    /// An indicator's values over time as a line, with its target as a dashed line.
    public static func line(_ points: [(date: Date, value: Double)], target: Double, baseline: Double, title: String, description: String, id: String) -> String
    {
        let width = 560, height = 220, left = 44, right = 16, top = 16, bottom = 28
        let values = points.map(\.value) + [target, baseline]
        let low = values.min() ?? 0, high = values.max() ?? 1
        let padding = (high - low) * 0.1 + (high == low ? 1 : 0)
        let minimum = low - padding, maximum = high + padding
        let dates = points.map { $0.date.timeIntervalSince1970 }
        let first = dates.min() ?? 0, last = max(dates.max() ?? 1, first + 1)
        func x(_ date: Date) -> Double { Double(left) + (date.timeIntervalSince1970 - first) / (last - first) * Double(width - left - right) }
        func y(_ value: Double) -> Double { Double(top) + (maximum - value) / (maximum - minimum) * Double(height - top - bottom) }
        var svg =
            #"<svg class="chart line-chart" viewBox="0 0 \#(width) \#(height)" role="img" aria-labelledby="\#(id)-title \#(id)-desc" xmlns="http://www.w3.org/2000/svg">"#
        svg += #"<title id="\#(id)-title">\#(escape(title))</title><desc id="\#(id)-desc">\#(escape(description))</desc>"#
        svg += #"<line x1="\#(left)" y1="\#(height - bottom)" x2="\#(width - right)" y2="\#(height - bottom)" class="axis"/>"#
        svg += #"<line x1="\#(left)" y1="\#(format(y(target)))" x2="\#(width - right)" y2="\#(format(y(target)))" class="target"/>"#
        svg += #"<text x="\#(left - 6)" y="\#(format(y(target) + 4))" text-anchor="end" class="label">\#(escape(shortNumber(target)))</text>"#
        svg += #"<text x="\#(left - 6)" y="\#(format(y(baseline) + 4))" text-anchor="end" class="label">\#(escape(shortNumber(baseline)))</text>"#
        let sorted = points.sorted { $0.date < $1.date }
        if sorted.count > 1 {
            svg += #"<polyline class="series" points="\#(sorted.map { "\(format(x($0.date))),\(format(y($0.value)))" }.joined(separator: " "))"/>"#
        }
        for point in sorted {
            svg += #"<circle cx="\#(format(x(point.date)))" cy="\#(format(y(point.value)))" r="4" class="point"/>"#
        }
        return svg + "</svg>"
    }

    /// One row per item: its label above a 0–100 % track filled to its progress, in its
    /// threshold colour, with the percentage at the end. Items without progress show a dash.
    public static func progress(
        _ items: [(label: String, progress: Double?, colour: String)], percent: (Double) -> String,
        title: String, description: String, id: String
    ) -> String {
        let width = 560, row = 44, left = 8, right = 64
        let height = max(1, items.count) * row + 8
        let track = Double(width - left - right)
        var svg =
            #"<svg class="chart progress-chart" viewBox="0 0 \#(width) \#(height)" role="img" aria-labelledby="\#(id)-title \#(id)-desc" xmlns="http://www.w3.org/2000/svg">"#
        svg += #"<title id="\#(id)-title">\#(escape(title))</title><desc id="\#(id)-desc">\#(escape(description))</desc>"#
        for (index, item) in items.enumerated() {
            let y = index * row + 4
            svg += #"<text x="\#(left)" y="\#(y + 14)" class="label">\#(escape(truncate(item.label, 64)))</text>"#
            svg += #"<rect x="\#(left)" y="\#(y + 20)" width="\#(format(track))" height="14" rx="3" class="track"/>"#
            if let progress = item.progress {
                svg +=
                    #"<rect x="\#(left)" y="\#(y + 20)" width="\#(format(track * min(1, max(0, progress))))" height="14" rx="3" class="fill fill-\#(item.colour)"/>"#
            }
            svg += #"<text x="\#(width - right + 8)" y="\#(y + 32)" class="value">\#(escape(item.progress.map(percent) ?? "–"))</text>"#
        }
        return svg + "</svg>"
    }

    /// Counts over time, one line per series with a dot per point, the scale fitted to the
    /// values (a change of a few units in forty must show), the first and last dates under
    /// the axis and a legend below. For the structure's history: units and managers.
    public static func history(
        _ series: [(name: String, points: [(date: Date, value: Int)])], dateLabel: (Date) -> String,
        title: String, description: String, id: String
    ) -> String {
        let width = 560, height = 250, left = 44, right = 24, top = 16, bottom = 70
        let allPoints = series.flatMap(\.points)
        let dates = allPoints.map(\.date.timeIntervalSince1970)
        let first = dates.min() ?? 0, last = max(dates.max() ?? 1, first + 1)
        let values = allPoints.map(\.value)
        let low = values.min() ?? 0, high = values.max() ?? 1
        let padding = max(1, (high - low) / 5)
        let minimum = max(0, low - padding), maximum = max(high + padding, minimum + 1)
        func x(_ date: Date) -> Double {
            dates.count < 2 || last - first <= 1
                ? Double(left + (width - left - right) / 2)
                : Double(left) + (date.timeIntervalSince1970 - first) / (last - first) * Double(width - left - right)
        }
        func y(_ value: Int) -> Double {
            Double(top) + Double(maximum - value) / Double(maximum - minimum) * Double(height - top - bottom)
        }
        let axisY = height - bottom
        var svg =
            #"<svg class="chart line-chart history-chart" viewBox="0 0 \#(width) \#(height)" role="img" aria-labelledby="\#(id)-title \#(id)-desc" xmlns="http://www.w3.org/2000/svg">"#
        svg += #"<title id="\#(id)-title">\#(escape(title))</title><desc id="\#(id)-desc">\#(escape(description))</desc>"#
        svg += #"<line x1="\#(left)" y1="\#(axisY)" x2="\#(width - right)" y2="\#(axisY)" class="axis"/>"#
        svg += #"<text x="\#(left - 6)" y="\#(format(y(maximum) + 4))" text-anchor="end" class="label">\#(maximum)</text>"#
        svg += #"<text x="\#(left - 6)" y="\#(format(y(minimum) + 4))" text-anchor="end" class="label">\#(minimum)</text>"#
        if let firstDate = allPoints.map(\.date).min(), let lastDate = allPoints.map(\.date).max() {
            svg += #"<text x="\#(left)" y="\#(axisY + 18)" class="label">\#(escape(dateLabel(firstDate)))</text>"#
            if lastDate > firstDate {
                svg += #"<text x="\#(width - right)" y="\#(axisY + 18)" text-anchor="end" class="label">\#(escape(dateLabel(lastDate)))</text>"#
            }
        }
        for (index, line) in series.enumerated() {
            let sorted = line.points.sorted { $0.date < $1.date }
            let style = "series-\(index % 2)"
            if sorted.count > 1 {
                svg +=
                    #"<polyline class="series \#(style)" points="\#(sorted.map { "\(format(x($0.date))),\(format(y($0.value)))" }.joined(separator: " "))"/>"#
            }
            for point in sorted {
                svg += #"<circle cx="\#(format(x(point.date)))" cy="\#(format(y(point.value)))" r="4" class="point \#(style)"/>"#
            }
            // The legend: a piece of the line and its name, side by side under the dates.
            let legendX = left + index * 170, legendY = axisY + 46
            svg += #"<line x1="\#(legendX)" y1="\#(legendY - 4)" x2="\#(legendX + 28)" y2="\#(legendY - 4)" class="series \#(style)"/>"#
            svg += #"<text x="\#(legendX + 36)" y="\#(legendY)" class="label">\#(escape(truncate(line.name, 18)))</text>"#
        }
        return svg + "</svg>"
    }

    static func shortNumber(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// A small tree: one box for the unit and one row of boxes for its sub-units.
    public struct Box: Sendable, Hashable {
        public let title: String
        public let lines: [String]
        public let link: String?

        public init(title: String, lines: [String], link: String? = nil) {
            self.title = title
            self.lines = lines
            self.link = link
        }
    }

    /// A group rather than an image: the sub-unit boxes are links.
    public static func tree(root: Box, children: [Box], title: String, id: String) -> String {
        let boxWidth = 184, boxHeight = 74, gap = 16
        let columns = max(1, min(children.count, 6))
        let rows = children.isEmpty ? 0 : (children.count + columns - 1) / columns
        let width = max(boxWidth + 32, columns * (boxWidth + gap) + gap)
        let height = 24 + boxHeight + (rows > 0 ? 40 + rows * (boxHeight + gap) : 16)
        var svg =
            #"<svg class="org-chart" width="\#(width)" height="\#(height)" viewBox="0 0 \#(width) \#(height)" aria-labelledby="\#(id)-title" xmlns="http://www.w3.org/2000/svg">"#
        svg += #"<title id="\#(id)-title">\#(escape(title))</title>"#
        let rootX = (width - boxWidth) / 2
        svg += box(root, x: rootX, y: 16, width: boxWidth, height: boxHeight, root: true)
        if rows > 0 {
            let busY = 16 + boxHeight + 20
            svg += #"<line x1="\#(width / 2)" y1="\#(16 + boxHeight)" x2="\#(width / 2)" y2="\#(busY)" class="link"/>"#
            for (index, child) in children.enumerated() {
                let column = index % columns, row = index / columns
                let x = gap + column * (boxWidth + gap)
                let y = busY + 20 + row * (boxHeight + gap)
                if row == 0 {
                    svg += #"<line x1="\#(x + boxWidth / 2)" y1="\#(busY)" x2="\#(x + boxWidth / 2)" y2="\#(y)" class="link"/>"#
                }
                svg += box(child, x: x, y: y, width: boxWidth, height: boxHeight, root: false)
            }
            if columns > 1 {
                svg +=
                    #"<line x1="\#(gap + boxWidth / 2)" y1="\#(busY)" x2="\#(gap + (columns - 1) * (boxWidth + gap) + boxWidth / 2)" y2="\#(busY)" class="link"/>"#
            }
        }
        return svg + "</svg>"
    }

    private static func box(_ box: Box, x: Int, y: Int, width: Int, height: Int, root: Bool) -> String {
        var svg = ""
        if let link = box.link { svg += #"<a href="\#(escape(link))">"# }
        svg += #"<rect x="\#(x)" y="\#(y)" width="\#(width)" height="\#(height)" rx="6" class="\#(root ? "node root" : "node")"/>"#
        svg += #"<text x="\#(x + 10)" y="\#(y + 22)" class="node-title">\#(escape(truncate(box.title, 20)))</text>"#
        for (index, line) in box.lines.prefix(2).enumerated() {
            svg += #"<text x="\#(x + 10)" y="\#(y + 42 + index * 18)" class="node-line">\#(escape(truncate(line, 26)))</text>"#
        }
        if box.link != nil { svg += "</a>" }
        return svg
    }

    static func truncate(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Text and attribute values alike, escaped as every page's are.
    static func escape(_ text: String) -> String { escapedAttribute(text) }
}

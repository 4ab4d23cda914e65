extension StringProtocol {
    /// Without whitespace and line breaks at either end — what Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives, without the trip through
    /// NSString it takes on Linux (every feedback answer trims its five fields).
    public var trimmed: String {
        // Most stored text starts and ends with a visible ASCII character: nothing to trim,
        // and no grapheme to find (a Character ending in one cannot be whitespace).
        let text = String(self)
        if let head = text.utf8.first, let tail = text.utf8.last, (0x21...0x7E).contains(head), (0x21...0x7E).contains(tail) { return text }
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}

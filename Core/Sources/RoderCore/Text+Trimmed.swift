extension StringProtocol {
    /// Without whitespace and line breaks at either end — what Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives, without the trip through
    /// NSString it takes on Linux (every feedback answer trims its five fields).
    public var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}

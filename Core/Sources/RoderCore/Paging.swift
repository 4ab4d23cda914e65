/// A page of a long list, from what the request asked for. Any number is taken — missing,
/// zero, negative or as large as `Int` goes — and brought into range, so the offsets worked
/// out from it can never overflow.
public struct Paging: Sendable, Hashable {
    /// No list in Roder has more pages; beyond it the last pages are shown empty.
    public static let maximumPage = 100_000

    public let page: Int
    public let size: Int

    public init(requested: Int?, size: Int) {
        self.page = min(max(requested ?? 1, 1), Self.maximumPage)
        self.size = max(1, min(size, 1_000))
    }

    /// The rows of this page and one more, which tells whether there is a next page.
    public var rangeWithOneMore: Range<Int> { (page - 1) * size..<(page * size + 1) }
}

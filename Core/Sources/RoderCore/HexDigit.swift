extension UInt8 {
    /// The value of an ASCII hexadecimal digit ("0"–"9", "a"–"f", "A"–"F"), nil for any other
    /// byte: for percent escapes in redirect paths (`SiteRoute.isSafeRedirect`) and identifiers read by hand.
    /// Inlinable: identifiers are parsed 32 digits at a time, from another module.
    @inlinable public var hexDigitValue: UInt8? {
        switch self {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): self - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): self - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): self - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}

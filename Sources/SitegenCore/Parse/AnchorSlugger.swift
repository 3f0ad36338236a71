/// Turns heading text into unique, URL-safe anchors (`What is a Thread?` → `what-is-a-thread`).
struct AnchorSlugger {
    /// Ids the page frame itself uses (`<main id="main">`): a heading never takes them.
    static let reserved = ["main"]

    private var used = Dictionary(uniqueKeysWithValues: reserved.map { ($0, 1) })

    mutating func anchor(for text: String) -> String {
        let base = Self.slug(text)
        let count = used[base, default: 0]
        used[base] = count + 1
        return count == 0 ? base : "\(base)-\(count + 1)"
    }

    static func slug(_ text: String) -> String {
        if let slug = asciiSlug(text) { return slug }
        var slug = ""
        var pendingDash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber, character.isASCII {
                if pendingDash && !slug.isEmpty { slug += "-" }
                slug.append(character)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }

    /// The same slug for ASCII text, byte by byte (nearly every heading): the Character path
    /// cost ~20,000 instructions a heading (issue 22). Nil for other text, which lowercasing can
    /// change in ways only the Character path knows (the Kelvin sign becomes `k`).
    private static func asciiSlug(_ text: String) -> String? {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var slug: [UInt8] = []
            slug.reserveCapacity(bytes.count)
            var pendingDash = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                var lower = byte
                if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { lower = byte + 32 }
                if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
                    || (lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9"))
                {
                    if pendingDash && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                    slug.append(lower)
                    pendingDash = false
                } else {
                    pendingDash = true
                }
            }
            return slug.isEmpty ? "section" : String(decoding: slug, as: UTF8.self)
        } ?? nil
    }
}

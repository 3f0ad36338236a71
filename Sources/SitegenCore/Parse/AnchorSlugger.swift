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
}

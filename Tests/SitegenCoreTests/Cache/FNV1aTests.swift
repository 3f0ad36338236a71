import Foundation
import Testing

@testable import SitegenCore

/// FNV-1a 64 against the published test vectors, through every kind of byte sequence.
@Suite struct FNV1aTests {
    @Test func matchesThePublishedVectors() {
        // From the FNV reference (isthe.com/chongo/tech/comp/fnv, test vectors of FNV-1a 64).
        #expect(FNV1a.hex("".utf8) == "cbf29ce484222325")
        #expect(FNV1a.hex("a".utf8) == "af63dc4c8601ec8c")
        #expect(FNV1a.hex("foobar".utf8) == "85944171f73967e8")
    }

    @Test func contiguousAndOtherSequencesHashAlike() {
        let text = "sitegen — a page body with ünïcode\n"
        let expected = FNV1a.hash(text.utf8)
        #expect(FNV1a.hash(Data(text.utf8)) == expected)
        #expect(FNV1a.hash(Array(text.utf8)) == expected)
        #expect(FNV1a.hash(text.utf8.lazy.map { $0 }) == expected)
        #expect(FNV1a.hash(AnySequence(text.utf8)) == expected)
    }
}

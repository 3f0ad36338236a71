/// FNV-1a, 64 bits: a fast, stable hash for naming cache files (not for security: the file
/// holds the full key, compared on load).
enum FNV1a {
    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        // Contiguous bytes (Data, [UInt8], a String's UTF-8) are hashed through a pointer:
        // `Data`'s iterator costs ~25 instructions a byte, and the content folder is hashed on
        // every build (issue 22).
        if let hashed = bytes.withContiguousStorageIfAvailable({ Self.hash(buffer: $0) }) {
            return hashed
        }
        var hash = offsetBasis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= prime
        }
        return hash
    }

    /// The hash as 16 lowercase hex digits.
    static func hex<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        let text = String(hash(bytes), radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    private static func hash(buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in buffer {
            hash ^= UInt64(byte)
            hash &*= prime
        }
        return hash
    }
}

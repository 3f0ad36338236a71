import Foundation

extension String {
    /// Every occurrence of `target` replaced by `replacement`, scanning UTF-8 bytes with
    /// `memchr`/`memcmp` and copying the runs between matches whole. (Foundation's
    /// `replacingOccurrences` goes through NSString and dominated render time.)
    func replacingAll(_ target: String, with replacement: String) -> String {
        var text = self
        text.makeContiguousUTF8()
        var target = target
        target.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> String in
            var output: [UInt8] = []
            var copied = 0
            var from = 0
            while let match = Self.byteOffset(of: target, in: bytes, from: from) {
                if output.isEmpty { output.reserveCapacity(bytes.count) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<match]))
                output.append(contentsOf: replacement.utf8)
                copied = match + target.utf8.count
                from = copied
            }
            guard copied > 0 else { return self }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: output, as: UTF8.self)
        }!
    }

    /// The UTF-8 offset of the first `needle` at or after byte `from`, or nil.
    func utf8Offset(of needle: String, from: Int = 0) -> Int? {
        var text = self
        text.makeContiguousUTF8()
        var needle = needle
        needle.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable {
            Self.byteOffset(of: needle, in: $0, from: from)
        }!
    }

    /// `memchr` for the first byte, `memcmp` for the rest; `needle` must be contiguous UTF-8.
    static func byteOffset(
        of needle: String, in bytes: UnsafeBufferPointer<UInt8>, from: Int
    ) -> Int? {
        needle.utf8.withContiguousStorageIfAvailable { pattern -> Int? in
            guard let first = pattern.first, let base = bytes.baseAddress else { return nil }
            var start = from
            while bytes.count - start >= pattern.count {
                guard
                    let hit = memchr(
                        base + start, Int32(first), bytes.count - start - pattern.count + 1)
                else { return nil }
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + offset, pattern.baseAddress!, pattern.count) == 0 { return offset }
                start = offset + 1
            }
            return nil
        } ?? nil
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement`, scanning UTF-8 bytes once.
    /// (Foundation's `replacingOccurrences` goes through NSString and dominated render time.)
    func replacingAll(_ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return self }
        var output: [UInt8] = []
        var replaced = false
        var utf8 = self.utf8
        let count = utf8.withContiguousStorageIfAvailable { $0.count } ?? utf8.count
        output.reserveCapacity(count)
        let bytes = Array(utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == first, index + needle.count <= bytes.count,
                bytes[index..<(index + needle.count)].elementsEqual(needle)
            {
                output += replacement.utf8
                index += needle.count
                replaced = true
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        utf8 = "".utf8
        return replaced ? String(decoding: output, as: UTF8.self) : self
    }
}

/// Turns stamped chunks into lines per stream; a line's time is when its first byte arrived.
enum LineAssembler {
    static func lines(from chunks: [OutputChunk]) -> [OutputLine] {
        var pending: [OutputStream: (time: Double, bytes: [UInt8])] = [:]
        var lines: [OutputLine] = []
        for chunk in chunks {
            var rest = chunk.bytes[...]
            while !rest.isEmpty {
                var line = pending.removeValue(forKey: chunk.stream) ?? (chunk.time, [])
                guard let newline = rest.firstIndex(of: UInt8(ascii: "\n")) else {
                    line.bytes += rest
                    pending[chunk.stream] = line
                    break
                }
                line.bytes += rest[..<newline]
                lines.append(
                    OutputLine(time: line.time, stream: chunk.stream, text: decode(line.bytes)))
                rest = rest[(newline + 1)...]
            }
        }
        for stream in [OutputStream.stdout, .stderr] {
            if let line = pending[stream] {
                lines.append(OutputLine(time: line.time, stream: stream, text: decode(line.bytes)))
            }
        }
        return lines.sorted { ($0.time, $0.stream.rawValue) < ($1.time, $1.stream.rawValue) }
    }

    /// The bytes of both streams in arrival order, as a terminal would have received them.
    static func terminalText(from chunks: [OutputChunk]) -> String {
        var bytes: [UInt8] = []
        for chunk in chunks { bytes += chunk.bytes }
        return bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map(decode).joined(separator: "\n")
    }

    /// The terminal view with the colours and attributes SGR sequences set: one array of runs per
    /// line; the style carries over from line to line, as on a terminal. Its text is
    /// `terminalText(from:)`'s.
    static func styledTerminal(from chunks: [OutputChunk]) -> [[TerminalRun]] {
        var bytes: [UInt8] = []
        for chunk in chunks { bytes += chunk.bytes }
        var style = TerminalStyle.plain
        return bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
            TerminalLine.resolveStyled(String(decoding: $0, as: UTF8.self), style: &style)
        }
    }

    /// UTF-8 with invalid sequences replaced by U+FFFD, then resolved as a terminal shows it
    /// (`\r` overwrites, escape sequences removed; see `TerminalLine`).
    static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        TerminalLine.resolve(String(decoding: bytes, as: UTF8.self))
    }
}

/// Turns stamped chunks into lines per stream; a line's time is when its first byte arrived.
public enum LineAssembler {
    public static func lines(from chunks: [OutputChunk]) -> [OutputLine] {
        var pending: [OutputStream: (time: Double, bytes: [UInt8])] = [:]
        var lines: [OutputLine] = []
        for chunk in chunks {
            for byte in chunk.bytes {
                if pending[chunk.stream] == nil { pending[chunk.stream] = (chunk.time, []) }
                if byte == UInt8(ascii: "\n") {
                    let line = pending.removeValue(forKey: chunk.stream)!
                    lines.append(
                        OutputLine(time: line.time, stream: chunk.stream, text: decode(line.bytes)))
                } else {
                    pending[chunk.stream]!.bytes.append(byte)
                }
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
    public static func terminalText(from chunks: [OutputChunk]) -> String {
        var bytes: [UInt8] = []
        for chunk in chunks { bytes += chunk.bytes }
        return decode(bytes)
    }

    /// UTF-8 with invalid sequences replaced by U+FFFD; a trailing `\r` of a CRLF line dropped.
    static func decode(_ bytes: [UInt8]) -> String {
        var slice = bytes[...]
        if slice.last == UInt8(ascii: "\r") { slice = slice.dropLast() }
        return String(decoding: slice, as: UTF8.self)
    }
}

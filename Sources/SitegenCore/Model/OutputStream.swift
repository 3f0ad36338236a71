/// Which standard stream a piece of output came from.
enum OutputStream: String, Sendable, Hashable, Codable {
    case stdout
    case stderr
}

/// Bytes read from one stream in one `read`, stamped on arrival.
struct OutputChunk: Sendable, Hashable {
    /// Seconds since the process was started (CLOCK_MONOTONIC).
    let time: Double
    let stream: OutputStream
    let bytes: [UInt8]

}

/// One line of output with its arrival time and stream.
struct OutputLine: Sendable, Hashable, Codable {
    /// Seconds since start at which the line's first byte arrived.
    let time: Double
    let stream: OutputStream
    let text: String
    /// Who printed it, when the side channel said so; nil for stream-level attribution.
    let owner: LineOwner?

    init(time: Double, stream: OutputStream, text: String, owner: LineOwner? = nil) {
        self.time = time
        self.stream = stream
        self.text = text
        self.owner = owner
    }
}

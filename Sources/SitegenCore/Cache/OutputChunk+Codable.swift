import Foundation

/// A chunk as `{"t", "s", "text"}` when its bytes are UTF-8, else `{"t", "s", "base64"}`: far
/// smaller and faster to read back than an array of numbers.
extension OutputChunk: Codable {
    enum CodingKeys: String, CodingKey {
        case time = "t"
        case stream = "s"
        case text
        case base64
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        time = try container.decode(Double.self, forKey: .time)
        stream = try container.decode(OutputStream.self, forKey: .stream)
        if let text = try container.decodeIfPresent(String.self, forKey: .text) {
            bytes = Array(text.utf8)
        } else {
            let encoded = try container.decode(String.self, forKey: .base64)
            guard let data = Data(base64Encoded: encoded) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .base64, in: container, debugDescription: "not base64")
            }
            bytes = Array(data)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(time, forKey: .time)
        try container.encode(stream, forKey: .stream)
        if let text = String(validating: bytes, as: UTF8.self) {
            try container.encode(text, forKey: .text)
        } else {
            try container.encode(Data(bytes).base64EncodedString(), forKey: .base64)
        }
    }
}

import Foundation

/// Reads a `results.json` for `sitegen merge`: the schema version first, so a file of another
/// version is refused by name instead of half-decoded.
enum ResultsReader {
    /// The document in `file`, which must be of a schema this sitegen reads and hold `measured`.
    static func read(_ file: String, generator: String = SiteBuilder.generator) throws
        -> ResultsDocument
    {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw SitegenError(
                .options, path: file, "cannot be read", hint: "check the path and its permissions")
        }
        let version: Version
        do {
            version = try JSONDecoder().decode(Version.self, from: data)
        } catch {
            throw SitegenError(
                .options, path: file, "is not a results.json (not a JSON object: \(error))",
                hint: "pass the results.json that sitegen measure wrote")
        }
        guard let schema = version.schema else {
            throw SitegenError(
                .options, path: file, "has no \"schema\" version, so it is not a results.json",
                hint: "pass the results.json that sitegen measure wrote")
        }
        let readable = ResultsDocument.readableSchemas
        guard readable.contains(schema) else {
            let writer = version.generator.map { " (\($0))" } ?? ""
            throw SitegenError(
                .options, path: file,
                "is a results.json of schema \(schema)\(writer); this sitegen (\(generator)) reads schema \(readable.map(String.init).joined(separator: ", ")) only",
                hint:
                    "measure it again with this sitegen, or merge it with the sitegen that wrote it"
            )
        }
        let document: ResultsDocument
        do {
            document = try JSONDecoder().decode(ResultsDocument.self, from: data)
        } catch {
            throw SitegenError(
                .options, path: file,
                "is not a results.json of schema \(schema) that sitegen can read (\(Self.describe(error)))",
                hint: "pass the results.json that sitegen measure wrote, unchanged")
        }
        guard document.measured != nil else {
            throw SitegenError(
                .options, path: file, "holds no measured results",
                hint:
                    "write it with sitegen measure (sitegen build's results.json does not keep every run in full)"
            )
        }
        return document
    }

    /// The two fields every version has.
    private struct Version: Decodable {
        var schema: Int?
        var generator: String?
    }

    /// "missing key 'runs' at measured[0].results[1]" rather than Foundation's debug dump.
    static func describe(_ error: any Error) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                .trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            let at = path(context.codingPath)
            return "missing \"\(key.stringValue)\"" + (at.isEmpty ? "" : " at \(at)")
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return "wrong type at \(path(context.codingPath))"
        case .dataCorrupted(let context)?:
            return "not valid JSON at \(path(context.codingPath))"
        default:
            return "\(error)"
        }
    }
}

import Foundation

/// What the user asked the build to do.
public struct BuildOptions: Sendable, Hashable {
    public var contentFolder: String
    public var outputFolder: String

    public init(contentFolder: String = "content", outputFolder: String = "site") {
        self.contentFolder = contentFolder
        self.outputFolder = outputFolder
    }

    /// Problems with the options themselves, before anything runs.
    public func validate() throws {
        let content = Self.absolute(contentFolder)
        let output = Self.absolute(outputFolder)
        if output == content || output.hasPrefix(content + "/") {
            throw SitegenError(
                .options, path: outputFolder, "the output folder is inside the content folder",
                hint: "pass --output with a folder outside \(contentFolder)")
        }
        if content.hasPrefix(output + "/") {
            throw SitegenError(
                .options, path: outputFolder,
                "the content folder is inside the output folder, which a build replaces",
                hint: "pass --output with a folder that does not contain \(contentFolder)")
        }
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

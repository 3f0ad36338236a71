import Foundation

/// The stamp of every file below a folder, by relative path (symbolic links followed).
enum TreeStamps {
    static func of(_ folder: String) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return stamps }
        for case let relative as String in walker {
            if let stamp = FileStamp.of(folder + "/" + relative) { stamps[relative] = stamp }
        }
        return stamps
    }
}

import Foundation

/// Watches files and folders for changes by polling `stat` (mtime, size, inode): a folder of
/// thousands of files costs one `stat` each per poll, and the poll interval grows with the time
/// a scan takes, so watching never uses more than a few per cent of a core.
public struct ContentWatcher: Sendable {
    var roots: [String]
    private var stamps: [String: FileStamp]

    /// The scan interval: 100 ms, or 20 times the last scan's duration when that is longer.
    public private(set) var interval: Double = 0.1

    public init(roots: [String]) {
        self.roots = roots
        stamps = [:]
        stamps = scan()
    }

    /// The paths added, removed or changed since the last call (sorted).
    public mutating func changes() -> [String] {
        let start = DispatchTime.now().uptimeNanoseconds
        let now = scan()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        interval = max(0.1, 20 * seconds)
        guard now != stamps else { return [] }
        let paths = Set(now.keys).union(stamps.keys)
        let changed = paths.filter { now[$0] != stamps[$0] }.sorted()
        stamps = now
        return changed
    }

    func scan() -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for root in roots {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder) else {
                continue
            }
            if !isFolder.boolValue {
                if let stamp = FileStamp.of(root) { stamps[root] = stamp }
                continue
            }
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            for case let relative as String in walker {
                let path = root + "/" + relative
                if let stamp = FileStamp.of(path) { stamps[path] = stamp }
            }
        }
        return stamps
    }
}

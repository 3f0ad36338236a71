import Foundation

/// Watches files and folders for changes by polling `stat` (mtime, size, inode): a folder of
/// thousands of files costs one `stat` each per poll, and the poll interval grows with the time
/// a scan takes, so watching never uses more than a few per cent of a core.
public struct ContentWatcher: Sendable {
    var roots: [String]
    private var stamps: [String: FileStamp]

    /// The shortest interval between scans: a save is seen 12 ms later on average.
    static let shortestInterval = 0.025
    /// The interval is at least this many times the last scan's duration (≤ 2.5 % of a core).
    static let scanShare = 40.0

    /// The scan interval: 25 ms, or 40 times the last scan's duration when that is longer.
    public private(set) var interval: Double = ContentWatcher.shortestInterval

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
        interval = max(Self.shortestInterval, Self.scanShare * seconds)
        guard now != stamps else { return [] }
        let paths = Set(now.keys).union(stamps.keys)
        let changed = paths.filter { now[$0] != stamps[$0] }.sorted()
        stamps = now
        return changed
    }

    func scan() -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for root in roots {
            var info = stat()
            guard stat(root, &info) == 0 else { continue }
            guard info.st_mode & S_IFMT == S_IFDIR else {
                stamps[root] = FileStamp.of(root)
                continue
            }
            for (relative, stamp) in TreeStamps.of(root) { stamps[root + "/" + relative] = stamp }
        }
        return stamps
    }
}

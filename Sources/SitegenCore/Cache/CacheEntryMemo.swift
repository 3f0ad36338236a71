import Foundation

/// Cache entries already decoded in this process, each with the bytes it was decoded from: a
/// preview server's rebuild reads every entry file again (a file may have changed) but decodes
/// only those whose bytes differ from the last read. Shared by the builds of one process.
public final class CacheEntryMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (bytes: [UInt8], entry: CacheEntry)] = [:]

    public init() {}

    /// The entry decoded from exactly `bytes` in file `name`, if one was.
    func entry(_ name: String, bytes: [UInt8]) -> CacheEntry? {
        lock.withLock {
            guard let known = entries[name], known.bytes == bytes else { return nil }
            return known.entry
        }
    }

    func remember(_ entry: CacheEntry, _ name: String, bytes: [UInt8]) {
        lock.withLock { entries[name] = (bytes, entry) }
    }
}

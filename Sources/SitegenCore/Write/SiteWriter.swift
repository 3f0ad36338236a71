import CSitegenSys
import Foundation

/// The Write stage, the only code that touches the output folder: writes the whole site beside it,
/// then swaps it in. A failure before the swap leaves the previous site as it was.
public enum SiteWriter {
    /// Plain open/write/close: Foundation's `Data.write` syncs every file to disk, which made
    /// writing 10,000 pages take seconds. The swap below is what makes the site appear whole.
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes {
                posixWrite(fd, $0.baseAddress! + offset, $0.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            offset += written
        }
    }

    public static func write(_ files: [String: [UInt8]], to output: String) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL.path
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let staging = "\(parent)/.\(name).new-\(getpid())"
        let previous = "\(parent)/.\(name).old-\(getpid())"
        try? manager.removeItem(atPath: staging)
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            var folders: Set<String> = [staging]
            for path in files.keys.sorted() {
                let file = staging + "/" + path
                let folder = (file as NSString).deletingLastPathComponent
                if folders.insert(folder).inserted {
                    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                try writeFile(file, files[path]!)
            }
        } catch {
            try? manager.removeItem(atPath: staging)
            throw SitegenError(
                .write, path: parent,
                "could not write the new site (\(error.localizedDescription))",
                hint: "check that the folder is writable; the previous site is untouched")
        }
        if manager.fileExists(atPath: target) {
            // Swap in one step where the kernel can; else two renames.
            if sg_exchange(staging, target) == 0 {
                try? manager.removeItem(atPath: staging)
                return
            }
            do {
                try manager.moveItem(atPath: target, toPath: previous)
            } catch {
                try? manager.removeItem(atPath: staging)
                throw SitegenError(
                    .write, path: target,
                    "could not move the previous site aside (\(error.localizedDescription))",
                    hint: "check the permissions of \(parent)")
            }
        }
        do {
            try manager.moveItem(atPath: staging, toPath: target)
        } catch {
            try? manager.moveItem(atPath: previous, toPath: target)
            try? manager.removeItem(atPath: staging)
            throw SitegenError(
                .write, path: target,
                "could not install the new site (\(error.localizedDescription))",
                hint: "check the permissions of \(parent)")
        }
        try? manager.removeItem(atPath: previous)
    }
}

/// The C `write`, which `SiteWriter.write` would otherwise shadow.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}

import CSitegenSys
import Foundation

/// The Write stage, the only code that touches the output folder: writes the whole site beside it,
/// then swaps it in. A failure before the swap leaves the previous site as it was. The previous
/// site is kept hidden as `.NAME.old-PID` and recycled by the next build (`SpareTree`).
public enum SiteWriter {
    /// Writes `bytes` over the file at `path` (created if missing) with plain open/write: Foundation's
    /// `Data.write` syncs every file to disk, which made writing 10,000 pages take seconds. The
    /// swap is what makes the site appear whole. A file with other hard links is replaced, never
    /// written through; no `O_TRUNC`, which on ext4 starts writeback at close.
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        var fd = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var info = stat()
        if fstat(fd, &info) == 0, info.st_nlink > 1 {
            close(fd)
            unlink(path)
            fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            info.st_size = 0
        }
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
        if Int(info.st_size) > bytes.count, ftruncate(fd, off_t(bytes.count)) != 0 {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    public static func write(_ files: [String: [UInt8]], to output: String) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL.path
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var staging = "\(parent)/.\(name).new-\(getpid())"
        let previous = "\(parent)/.\(name).old-\(getpid())"
        do {
            do {
                try fill(staging, with: files, recycling: (parent, name))
            } catch {
                // A recycled tree the user changed (read-only files or folders): start afresh.
                try? manager.removeItem(atPath: staging)
                if manager.fileExists(atPath: staging) { staging += "-fresh" }
                try fill(staging, with: files, recycling: nil)
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
                if rename(staging, previous) != 0 { try? manager.removeItem(atPath: staging) }
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
    }

    /// Makes `staging` hold exactly `files`: a recycled previous tree pruned and overwritten (when
    /// `spare` names the output's parent and name), or a new folder; files are written on every core.
    static func fill(
        _ staging: String, with files: [String: [UInt8]], recycling spare: (String, String)?
    ) throws {
        let paths = files.keys.sorted()
        var folders: Set<String> = []
        for path in paths {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                if !folders.insert(String(folder)).inserted { break }
            }
        }
        if let spare, SpareTree.claim(parent: spare.0, name: spare.1, as: staging) {
            SpareTree.prune(staging, keeping: Set(paths), folders: folders)
        } else {
            try FileManager.default.createDirectory(
                atPath: staging, withIntermediateDirectories: true)
        }
        for folder in folders.sorted() {
            if mkdir(staging + "/" + folder, 0o755) != 0, errno != EEXIST {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        }
        _ = try paths.parallelMap { path in try writeFile(staging + "/" + path, files[path]!) }
    }
}

/// The C `write`, which `SiteWriter.write` would otherwise shadow.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}

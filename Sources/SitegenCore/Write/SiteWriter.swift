import CSitegenSys
import Foundation

/// The Write stage, the only code that touches the output folder: writes the whole site beside it,
/// then swaps it in. A failure before the swap leaves the previous site as it was.
public enum SiteWriter {
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
            for path in files.keys.sorted() {
                let file = staging + "/" + path
                try manager.createDirectory(
                    atPath: (file as NSString).deletingLastPathComponent,
                    withIntermediateDirectories: true)
                try Data(files[path]!).write(to: URL(fileURLWithPath: file))
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

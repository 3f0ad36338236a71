import Foundation

/// The Write stage, the only code that touches the output folder: writes the whole site into a
/// staging folder, then swaps it in. A failure before the swap leaves the previous site as it
/// was. Staging and the previous site live in the output's work folder in the cache
/// (`WorkFolder`); the previous site is recycled by the next build (`SpareTree`). Every file
/// operation goes through a `Folder` descriptor and follows no link.
enum SiteWriter {
    /// Installs `files` at `target.path` with sitegen's mark, replacing what is there only after
    /// the whole new site is written; returns where `--force` kept what it replaced. The staging
    /// folder and the previous site live in `work` (in the cache folder) when it shares the
    /// output's file system; otherwise the site is staged in a hidden folder beside the output
    /// that is removed however the write ends, and the previous site is deleted.
    @discardableResult
    static func write(
        _ files: [String: [UInt8]], into target: OutputFolder.Target, work: WorkFolder,
        besideOutput: Bool = false
    ) throws -> String? {
        let output = target.path
        let parentPath = Paths.parent(output)
        let name = Paths.name(output)
        let parent: Folder
        do {
            parent = try Folder.open(parentPath, create: true)
        } catch let error as SitegenError {
            throw SitegenError(
                .write, path: error.path ?? parentPath,
                "cannot create the folder that will hold the site: \(error.message)",
                hint: "choose an --output folder in a writable place")
        }
        let opened = try work.prepare()
        var site = files
        site[OutputFolder.markName] = OutputFolder.markBytes
        let local = !besideOutput && opened.root.device == parent.device
        let besideStaging = ".\(name).sitegen-staging"
        let old = ".\(name).sitegen-old"
        // The folder that holds the staging tree, and its name there.
        let home = local ? opened.root : parent
        let staging = local ? "staging" : besideStaging
        // Nothing of this build stays beside the output, however the write ends.
        defer {
            if !local {
                for leftover in [besideStaging, old]
                where OutputFolder.isMarked(in: parent, leftover) {
                    parent.remove(leftover)
                }
            }
        }
        if local { SpareTree.removeStrays(in: opened.root) }
        let spares =
            local
            ? SpareTree.candidates(in: opened.root)
            : [besideStaging, old].filter { OutputFolder.isMarked(in: parent, $0) }
        try stage(site, in: home, as: staging, recycling: spares, local: local)

        // What is at the output may have changed during the build: look again.
        let now = try OutputFolder.target(target.given, force: target.takesOver, cache: work.cache)
        guard now.path == output else {
            throw SitegenError(
                .write, path: target.given, "the output path changed during the build",
                hint: "build again; nothing was changed")
        }
        let again = { try write(files, into: target, work: work, besideOutput: true) }
        if now.found == .nothing {
            let moved = home.rename(staging, to: parent, name)
            guard moved == 0 else {
                if local, moved == EXDEV { return try again() }
                throw installError(output, parentPath, moved)
            }
            return nil
        }
        if now.takesOver {
            return try takeOver(
                name, in: parent, output: output, staging: (home, staging), work: work,
                opened: opened, local: local, old: old)
        }
        // Swap in one step where the kernel can; else two renames.
        // (What is swapped out is sitegen's previous site or an empty folder.)
        let swapped = home.exchange(staging, with: parent, name)
        if swapped == 0 {
            if !local || opened.root.rename(staging, to: opened.root, "previous") != 0 {
                home.remove(staging)
            }
            return nil
        }
        if local, swapped == EXDEV { return try again() }
        let (asideHome, aside) = local ? (opened.root, "previous") : (parent, old)
        let movedAside = parent.rename(name, to: asideHome, aside)
        guard movedAside == 0 else {
            if local, movedAside == EXDEV { return try again() }
            throw SitegenError(
                .write, path: output,
                "could not move the previous site aside (\(String(cString: strerror(movedAside))))",
                hint: "check the permissions of \(parentPath); the previous site is untouched")
        }
        let installed = home.rename(staging, to: parent, name)
        guard installed == 0 else {
            _ = asideHome.rename(aside, to: parent, name)
            throw installError(output, parentPath, installed)
        }
        if !local { parent.remove(old) }
        return nil
    }

    /// Replaces what `--force` takes over, after keeping it in the cache's `replaced/` folder:
    /// moved there when it is on the same file system, else copied first and then removed.
    private static func takeOver(
        _ name: String, in parent: Folder, output: String, staging: (Folder, String),
        work: WorkFolder, opened: WorkFolder.Opened, local: Bool, old: String
    ) throws -> String {
        let slot = work.replacedSlot(in: opened.replaced)
        let kept = Paths.join(work.replaced, slot)
        let (home, stagingName) = staging
        if local {
            let moved = parent.rename(name, to: opened.replaced, slot)
            guard moved == 0 else {
                throw SitegenError(
                    .write, path: output,
                    "could not move what is there into \(kept) (\(String(cString: strerror(moved))))",
                    hint: "check the permissions of \(parent.path); nothing was changed")
            }
            let installed = home.rename(stagingName, to: parent, name)
            guard installed == 0 else {
                _ = opened.replaced.rename(slot, to: parent, name)
                throw installError(output, parent.path, installed)
            }
            return kept
        }
        do {
            try parent.copy(name, to: opened.replaced, slot)
        } catch {
            opened.replaced.remove(slot)
            throw SitegenError(
                .write, path: output,
                "could not keep a copy of what is there in \(kept) (\(error))",
                hint:
                    "free space in \(work.cache) or pass --cache on the output's file system; nothing was changed"
            )
        }
        let aside = parent.rename(name, to: parent, old)
        guard aside == 0 else {
            throw SitegenError(
                .write, path: output,
                "could not move what is there aside (\(String(cString: strerror(aside))))",
                hint:
                    "check the permissions of \(parent.path); nothing was changed (a copy is in \(kept))"
            )
        }
        let installed = home.rename(stagingName, to: parent, name)
        guard installed == 0 else {
            _ = parent.rename(old, to: parent, name)
            throw installError(output, parent.path, installed)
        }
        parent.remove(old)
        return kept
    }

    private static func installError(_ output: String, _ parent: String, _ code: Int32)
        -> SitegenError
    {
        SitegenError(
            .write, path: output,
            "could not install the new site (\(String(cString: strerror(code))))",
            hint: "check the permissions of \(parent); the previous site is untouched")
    }

    /// Fills the staging folder `staging` of `home`, recycling the previous site (or a killed
    /// build's staging folder) so a rebuild overwrites files in place; a tree that cannot be
    /// recycled (read-only files) is replaced by a fresh one.
    private static func stage(
        _ site: [String: [UInt8]], in home: Folder, as staging: String, recycling spares: [String],
        local: Bool
    ) throws {
        // Beside the output only trees carrying sitegen's mark are ever reused or removed.
        if !local, home.kind(staging) != nil, !spares.contains(staging) {
            throw SitegenError(
                .write, path: home.path(staging),
                "a folder sitegen did not write is in the way of the new site",
                hint: "move it away, or pass --cache on the output's file system")
        }
        do {
            do {
                try fill(home, staging, with: site, recycling: spares)
            } catch {
                home.remove(staging)
                if home.kind(staging) != nil {
                    // Read-only leftovers: set them aside in the work folder for a later build.
                    guard local else { throw error }
                    _ = home.rename(staging, to: home, "staging-\(getpid())")
                }
                try fill(home, staging, with: site, recycling: [])
            }
        } catch {
            if !local { home.remove(staging) }
            let reason = (error as? SitegenError)?.message ?? "\(error)"
            throw SitegenError(
                .write, path: home.path(staging), "could not write the new site (\(reason))",
                hint: "check that the folder is writable; the previous site is untouched")
        }
    }

    /// Makes `staging` in `home` hold exactly `files`: a recycled previous tree pruned and
    /// overwritten, or a new folder; files are written on every core, each relative to its
    /// folder's descriptor.
    static func fill(
        _ home: Folder, _ staging: String, with files: [String: [UInt8]],
        recycling spares: [String]
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
        let tree: Folder
        if SpareTree.claim(spares, in: home, as: staging) {
            tree = try home.folder(staging)
            SpareTree.prune(tree, keeping: Set(paths), folders: folders)
        } else {
            tree = try home.folder(staging, create: true)
            // The mark first: a tree beside the output is only ever removed when it has it.
            if let mark = files[OutputFolder.markName] {
                try tree.write(OutputFolder.markName, mark)
            }
        }
        var handles: [String: Folder] = ["": tree]
        for folder in folders.sorted() {
            handles[folder] = try handles[Paths.parent(folder)]!.folder(
                Paths.name(folder), create: true)
        }
        let opened = handles
        _ = try paths.parallelMap { path in
            try opened[Paths.parent(path)]!.write(Paths.name(path), files[path]!)
        }
    }
}

import Foundation

/// Resolved interpreters and their facts (`InterpreterFacts`), kept in `<cache>/interpreters.json` so that a warm
/// rebuild spawns nothing (a pyenv shim costs ~126 ms a spawn). An entry is used only when the
/// launcher's fingerprint is equal and the interpreter it resolved to still has the same stamp.
final class InterpreterCache: @unchecked Sendable {
    struct Resolution: Codable, Hashable {
        var fingerprint: LauncherFingerprint
        var interpreter: Interpreter
        /// Stamp of the resolved executable (the compiler, for Swift).
        var stamp: FileStamp?
    }

    struct Facts: Codable, Hashable {
        var path: String
        /// The environment the facts were probed in (`PYTHON_GIL`, cores); nil before it was kept.
        var context: String?
        var stamp: FileStamp?
        var facts: InterpreterFacts
    }

    struct Contents: Codable, Hashable {
        var resolutions: [Resolution] = []
        var interpreterFacts: [Facts] = []

        init() {}

        /// A file written before `interpreterFacts` (Python's facts as `pythonFacts`) keeps its
        /// resolutions; its facts are probed again.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            resolutions =
                try container.decodeIfPresent([Resolution].self, forKey: .resolutions) ?? []
            interpreterFacts =
                try container.decodeIfPresent([Facts].self, forKey: .interpreterFacts) ?? []
        }
    }

    let file: String
    private let lock = NSLock()
    private let loaded: Contents
    private var usedContents = Contents()

    init(file: String) {
        self.file = file
        loaded =
            (try? Folder.open(Paths.parent(file)))?.read(Paths.name(file)).flatMap {
                try? JSONDecoder().decode(Contents.self, from: Data($0))
            } ?? Contents()
    }

    /// The launchers this build resolved and the executables they resolved to.
    var used: (launchers: [LauncherFingerprint], executables: [String]) {
        lock.withLock {
            (
                usedContents.resolutions.map(\.fingerprint),
                usedContents.resolutions.map { Self.executable($0.interpreter) }
            )
        }
    }

    /// The interpreter `fingerprint` resolved to before, if it still stands.
    func interpreter(for fingerprint: LauncherFingerprint) -> Interpreter? {
        lock.withLock {
            guard
                let hit = loaded.resolutions.first(where: { $0.fingerprint == fingerprint }),
                hit.stamp != nil, FileStamp.of(Self.executable(hit.interpreter)) == hit.stamp
            else { return nil }
            remember(hit)
            return hit.interpreter
        }
    }

    func record(_ interpreter: Interpreter, for fingerprint: LauncherFingerprint) {
        lock.withLock {
            remember(
                Resolution(
                    fingerprint: fingerprint, interpreter: interpreter,
                    stamp: FileStamp.of(Self.executable(interpreter))))
        }
    }

    /// The facts of the interpreter at `path` probed in `context`, if it has not changed since.
    func facts(for path: String, context: String) -> InterpreterFacts? {
        lock.withLock {
            let stamp = FileStamp.of(path)
            let matches = { (facts: Facts) in facts.path == path && facts.context == context }
            guard
                let hit = usedContents.interpreterFacts.first(where: matches)
                    ?? loaded.interpreterFacts.first(where: matches), stamp != nil,
                hit.stamp == stamp
            else { return nil }
            if !usedContents.interpreterFacts.contains(hit) {
                usedContents.interpreterFacts.append(hit)
            }
            return hit.facts
        }
    }

    func record(_ facts: InterpreterFacts, for path: String, context: String) {
        lock.withLock {
            usedContents.interpreterFacts.removeAll { $0.path == path && $0.context == context }
            usedContents.interpreterFacts.append(
                Facts(path: path, context: context, stamp: FileStamp.of(path), facts: facts))
        }
    }

    /// Writes the resolutions this build used and the facts still valid, when they differ from
    /// the file (facts are kept though unused: a build whose results all came from the cache
    /// does not ask for them).
    func save() {
        lock.withLock {
            for kept in loaded.interpreterFacts
            where !usedContents.interpreterFacts.contains(where: {
                $0.path == kept.path && $0.context == kept.context
            }) && kept.context != nil && FileStamp.of(kept.path) == kept.stamp {
                usedContents.interpreterFacts.append(kept)
            }
            usedContents.resolutions.sort {
                ($0.fingerprint.language, $0.fingerprint.launcher) < (
                    $1.fingerprint.language, $1.fingerprint.launcher
                )
            }
            usedContents.interpreterFacts.sort {
                ($0.path, $0.context ?? "") < ($1.path, $1.context ?? "")
            }
            guard usedContents != loaded,
                !(usedContents.resolutions.isEmpty && usedContents.interpreterFacts.isEmpty)
            else {
                return
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            if let data = try? encoder.encode(usedContents) {
                // A cache that cannot be written only costs the next build its look-ups.
                try? Folder.open(Paths.parent(file)).replace(Paths.name(file), data)
            }
        }
    }

    private func remember(_ resolution: Resolution) {
        usedContents.resolutions.removeAll { $0.fingerprint == resolution.fingerprint }
        usedContents.resolutions.append(resolution)
    }

    private static func executable(_ interpreter: Interpreter) -> String {
        interpreter.compiler ?? interpreter.path
    }
}

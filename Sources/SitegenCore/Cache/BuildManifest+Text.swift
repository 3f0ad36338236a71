import Foundation

/// The manifest's file: one fact a line, `kind<TAB>field<TAB>…`, dictionaries sorted by key,
/// fields escaped (`%`, tab and newline as `%25`, `%09`, `%0A`) so that a line is one fact.
extension BuildManifest {
    /// The file's text; equal manifests have equal texts.
    var text: String {
        var lines = ["sitegen-build-manifest\t1", "pages\t\(pages)", "examples\t\(examples)"]
        lines += inputs.options.map { "option\t" + Self.escape($0) }
        lines.append("configuration\t" + (inputs.configuration ?? "-"))
        lines.append("sitegen\t" + Self.stamp(inputs.sitegen))
        lines += inputs.content.sorted { $0.key < $1.key }.map {
            "content\t\(Self.escape($0.key))\t\($0.value)"
        }
        lines += inputs.entries.sorted { $0.key < $1.key }.map {
            "entry\t\(Self.escape($0.key))\t\(Self.stamp($0.value))"
        }
        lines += inputs.interpreters.map(Self.line)
        lines += inputs.interpreterStamps.sorted { $0.key < $1.key }.map {
            "executable\t\(Self.escape($0.key))\t\(Self.stamp($0.value))"
        }
        lines.append(
            "machine\t\(Self.escape(inputs.machine.cpuModel))\t\(inputs.machine.coresAvailable)")
        lines += output.sorted { $0.key < $1.key }.map {
            "output\t\(Self.escape($0.key))\t\(Self.stamp($0.value))"
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What a no-op check needs from a recorded file to compute today's inputs: the entries,
    /// launchers and executables the build used, and its counts; `text` is the file itself.
    struct Recorded {
        var text: String
        var pages = 0
        var examples = 0
        var entries: [String] = []
        var launchers: [LauncherFingerprint] = []
        var executables: [String] = []

        /// nil when the text is not a manifest of this format (an older sitegen's).
        init?(_ text: String) {
            self.text = text
            let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            guard lines.first == "sitegen-build-manifest\t1" else { return nil }
            for line in lines.dropFirst() {
                // Most lines (content, output) are only compared, not read: skip them unsplit.
                guard let tab = line.firstIndex(of: "\t") else { return nil }
                switch line[..<tab] {
                case "pages", "examples", "entry", "launcher", "executable": break
                default: continue
                }
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                switch fields[0] {
                case "pages": pages = Int(fields[1]) ?? 0
                case "examples": examples = Int(fields[1]) ?? 0
                case "entry": entries.append(BuildManifest.unescape(fields[1]))
                case "launcher" where fields.count >= 3:
                    // Only the language and launcher are read back: today's fingerprint of
                    // that launcher is computed afresh and compared as text.
                    launchers.append(
                        LauncherFingerprint(
                            language: BuildManifest.unescape(fields[1]),
                            launcher: BuildManifest.unescape(fields[2]), environment: [:]))
                case "executable": executables.append(BuildManifest.unescape(fields[1]))
                default: continue
                }
            }
        }
    }

    /// A launcher's fingerprint on one line: language, launcher, its stamp, the variables and
    /// the pyenv version files that decide what it resolves to.
    static func line(_ fingerprint: LauncherFingerprint) -> String {
        let variables = fingerprint.environment.sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value)" }
        let files = fingerprint.versionFiles.sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value)" }
        return
            ([
                "launcher", escape(fingerprint.language), escape(fingerprint.launcher),
                stamp(fingerprint.launcherStamp),
            ] + [variables, files].map { escape($0.joined(separator: "\u{0}")) })
            .joined(separator: "\t")
    }

    static func stamp(_ stamp: FileStamp?) -> String {
        guard let stamp else { return "-" }
        return "\(stamp.seconds).\(stamp.nanoseconds) \(stamp.size) \(stamp.inode)"
    }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x25 || $0 == 0x09 || $0 == 0x0A || $0 == 0 })
        else { return text }
        var escaped = ""
        for character in text.unicodeScalars {
            switch character {
            case "%": escaped += "%25"
            case "\t": escaped += "%09"
            case "\n": escaped += "%0A"
            case "\u{0}": escaped += "%00"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    static func unescape(_ field: Substring) -> String {
        guard field.contains("%") else { return String(field) }
        return field.replacingOccurrences(of: "%09", with: "\t")
            .replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(
                of: "%00", with: "\u{0}"
            )
            .replacingOccurrences(of: "%25", with: "%")
    }
}

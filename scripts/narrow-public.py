#!/usr/bin/env python3
"""Narrows SitegenCore's public surface to what its clients use (issue 20).

Strips `public` / `public(set)` from every declaration of Sources/SitegenCore, then builds the
clients (`swift build --product sitegen`, which builds SitegenServe too) and puts `public` back
on each declaration the compiler names as inaccessible, or as too narrow for a public signature,
until they build. Stripping keeps every line where it was, so a declaration is found by the
file and line the compiler's note gives. Run it again after a merge brings new `public` lines.
Tests use `@testable import` and need nothing public.
"""
import pathlib, re, subprocess, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORE = ROOT / "Sources" / "SitegenCore"
# A declaration's leading attributes and modifiers, then `public` (or `public(set)`).
DECL = re.compile(
    r"^(\s*(?:@[\w.]+(?:\([^)]*\))?\s+)*(?:(?:nonisolated|final|override|static|indirect|"
    r"private\(set\)|fileprivate\(set\))\s+)*)public(\(set\))?\s+")
KEYWORD = re.compile(
    r"^(\s*(?:@[\w.]+(?:\([^)]*\))?\s+)*)((?:(?:nonisolated|final|override|static|indirect|"
    r"mutating|convenience|required|private\(set\))\s+)*(?:struct|enum|class|protocol|extension|"
    r"func|init|var|let|typealias|subscript|actor|static)\b)")


def strip() -> int:
    count = 0
    for path in CORE.rglob("*.swift"):
        lines = path.read_text().split("\n")
        changed = False
        for index, line in enumerate(lines):
            new = DECL.sub(lambda m: m.group(1), line, count=1)
            if new != line:
                lines[index] = new
                changed = True
                count += 1
        if changed:
            path.write_text("\n".join(lines))
    return count


def restore(path: pathlib.Path, line: int, setter: bool = False) -> bool:
    lines = path.read_text().split("\n")
    text = lines[line - 1]
    if DECL.match(text) and not setter:
        return False
    word = "public(set) " if setter else "public "
    new, n = KEYWORD.subn(lambda m: m.group(1) + word + m.group(2), text, count=1)
    if n == 0:
        return False
    lines[line - 1] = new
    path.write_text("\n".join(lines))
    return True


NOTE = re.compile(r"^(/\S+/Sources/SitegenCore/\S+\.swift):(\d+):\d+: note: .*declared here")
INTERNAL_TYPE = re.compile(
    r"^(/\S+/Sources/SitegenCore/\S+\.swift):(\d+):\d+: error: .*(must be declared internal|"
    r"cannot be declared public|must be declared fileprivate|must be declared public)")


# A type (or top-level function) of another module that is internal is "not found", with no note:
# found by name among SitegenCore's declarations.
MISSING = re.compile(r"error: cannot find (?:type )?'(\w+)' in scope")
TYPE_DECL = re.compile(
    r"^(?:\s*@[\w.]+(?:\([^)]*\))?\s+)*\s*(?:(?:final|indirect)\s+)*"
    r"(?:struct|enum|class|protocol|actor|typealias|func)\s+(\w+)")


def declarations() -> dict[str, list[tuple[str, int]]]:
    found: dict[str, list[tuple[str, int]]] = {}
    for path in CORE.rglob("*.swift"):
        for number, line in enumerate(path.read_text().split("\n"), 1):
            match = TYPE_DECL.match(line)
            # Only top-level declarations (no indentation) and nested types one level in.
            if match and (not line.startswith(" ") or "func" not in line.split(match.group(1))[0]):
                found.setdefault(match.group(1), []).append((str(path), number))
    return found


def build() -> tuple[bool, str]:
    run = subprocess.run(
        ["swift", "build", "--product", "sitegen"], cwd=ROOT, capture_output=True, text=True)
    return run.returncode == 0, run.stdout + run.stderr


# Public declarations the compiler cannot point at (a type a public signature uses, an init a
# client calls through a default or a nested type): file, line as it reads without `public`.
KEEP = [
    ("Model/SitegenError.swift", "    enum Stage: String, Sendable, Hashable {"),
    ("Pipeline/SiteBuilder.swift", "    struct Summary: Sendable {"),
    ("Serve/PreviewStatus.swift", "    init() {}"),
    ("Serve/PreviewStatus.swift", "    init(_ error: SitegenError) {"),
    ("Plan/RunSettings.swift", "    static let defaultRuns = 5"),
    ("Plan/RunSettings.swift", "    static let defaultWarmup = 1"),
]


def keep() -> None:
    for name, text in KEEP:
        path = CORE / name
        lines = path.read_text().split("\n")
        for number, line in enumerate(lines, 1):
            if line == text:
                restore(path, number)


def main() -> int:
    if "--no-strip" not in sys.argv:
        print(f"stripped {strip()} public modifiers", flush=True)
        keep()
    for attempt in range(40):
        ok, output = build()
        if ok:
            print(f"clients build after {attempt} rounds", flush=True)
            return 0
        targets = set()
        names = None
        for line in output.splitlines():
            match = NOTE.match(line) or INTERNAL_TYPE.match(line)
            if match:
                targets.add((match.group(1), int(match.group(2))))
            missing = MISSING.search(line)
            if missing:
                names = names or declarations()
                for place in names.get(missing.group(1), []):
                    # Top-level ones only: a nested type is reached through its parent.
                    text = pathlib.Path(place[0]).read_text().split("\n")[place[1] - 1]
                    if not text.startswith(" "):
                        targets.add(place)
        restored = sum(restore(pathlib.Path(f), n) for f, n in sorted(targets))
        print(f"round {attempt + 1}: restored {restored} of {len(targets)}", flush=True)
        if restored == 0:
            # "cannot be declared public because its … uses an internal type": make that type
            # public by hand (the compiler does not say where it is), then rerun with --no-strip.
            print("\n".join(sorted({l for l in output.splitlines() if " error: " in l})))
            return 1
    return 1


if __name__ == "__main__":
    sys.exit(main())

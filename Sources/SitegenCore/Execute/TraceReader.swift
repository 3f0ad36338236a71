import Foundation

/// Turns the side channel's JSON lines into attributed output lines and worker events.
enum TraceReader {
    struct Attribution: Sendable, Hashable {
        /// Every output line: attributed where the side channel saw it, stream-level otherwise.
        var lines: [OutputLine]
        var events: [WorkerEvent]
        /// Why the side channel attributed nothing (its own report, or an empty trace from a run
        /// that printed); nil when it worked.
        var unattributed: String? = nil
    }

    /// Said when a run printed but its trace file stayed empty: `sitecustomize` never ran.
    static let silentChannel =
        "the interpreter did not run sitegen's sitecustomize.py (started with -S or -I, or PYTHONPATH ignored)"

    /// One JSON record; every field but `k` is optional.
    private struct Record: Decodable {
        var k: String
        var t: Int64?
        var t0: Int64?
        var pid: Int32?
        var tid: Int32?
        var thread: String?
        var process: String?
        var stream: String?
        var text: String?
        var more: Bool?
        var method: String?
        var exitcode: Int?
        var reason: String?
        var run: UInt64?
        var wait: UInt64?
    }

    /// `spawnedAt` is the CLOCK_MONOTONIC ns of the spawn; times become seconds since it.
    /// Stream lines the side channel did not see (written around `sys.stdout`) are kept unowned.
    static func attribute(trace: Data, spawnedAt: UInt64, streamLines: [OutputLine]) -> Attribution
    {
        let decoder = JSONDecoder()
        func seconds(_ ns: Int64?) -> Double { Double((ns ?? 0) - Int64(spawnedAt)) / 1e9 }
        var owned: [(order: Int, line: OutputLine)] = []
        var events: [WorkerEvent] = []
        var names: [Int32: String] = [:]
        var pending: [String: (t0: Int64?, text: String)] = [:]
        var records = 0
        var unattributed: String?
        for (index, raw) in trace.split(separator: UInt8(ascii: "\n")).enumerated() {
            guard let record = try? decoder.decode(Record.self, from: Data(raw)) else { continue }
            let pid = record.pid ?? 0
            records += 1
            switch record.k {
            case "unattributed":
                unattributed = unattributed ?? record.reason ?? "no reason given"
            case "line":
                let stream = OutputStream(rawValue: record.stream ?? "stdout") ?? .stdout
                let key = "\(pid)/\(record.tid ?? 0)/\(stream.rawValue)"
                let previous = pending.removeValue(forKey: key)
                let text = (previous?.text ?? "") + (record.text ?? "")
                let t0 = previous?.t0 ?? record.t0 ?? record.t
                if record.more == true {
                    pending[key] = (t0, text)
                    continue
                }
                if let process = record.process { names[pid] = process }
                let owner = LineOwner(
                    pid: pid, tid: record.tid ?? pid, thread: record.thread ?? "",
                    process: record.process ?? names[pid] ?? "")
                // Resolved as the stream lines are (colours, \r, erases), so the two match.
                let shown = TerminalLine.resolve(text)
                owned.append(
                    (
                        index,
                        OutputLine(time: seconds(t0), stream: stream, text: shown, owner: owner)
                    )
                )
            case "proc_start":
                names[pid] = record.process ?? names[pid]
                events.append(
                    WorkerEvent(
                        kind: .processStart, time: seconds(record.t), pid: pid, tid: nil,
                        name: record.process ?? "", method: record.method,
                        runningNs: record.run, waitingNs: record.wait))
            case "proc_end":
                events.append(
                    WorkerEvent(
                        kind: .processEnd, time: seconds(record.t), pid: pid, tid: nil,
                        name: names[pid] ?? "", exitCode: record.exitcode,
                        runningNs: record.run, waitingNs: record.wait))
            case "thread_start", "thread_end":
                events.append(
                    WorkerEvent(
                        kind: record.k == "thread_start" ? .threadStart : .threadEnd,
                        time: seconds(record.t), pid: pid, tid: record.tid,
                        name: record.thread ?? "", runningNs: record.run, waitingNs: record.wait))
            default:
                continue
            }
        }
        owned.sort { ($0.line.time, $0.order) < ($1.line.time, $1.order) }
        if records == 0 && !streamLines.isEmpty { unattributed = silentChannel }
        return Attribution(
            lines: merge(owned.map(\.line), with: streamLines),
            events: events.sorted { $0.time < $1.time }, unattributed: unattributed)
    }

    /// The attributed lines plus the stream lines none of them accounts for. A stream line is
    /// accounted for by an attributed line with the same stream and text, or, when concurrent
    /// writers interleaved inside a line ("Square: 0Cube: 0" then ""), by the attributed texts it
    /// is made of.
    static func merge(_ owned: [OutputLine], with streamLines: [OutputLine]) -> [OutputLine] {
        var available: [String: Int] = [:]
        for line in owned { available[key(line), default: 0] += 1 }
        var unmatched: [OutputLine] = []
        for line in streamLines {
            if let count = available[key(line)], count > 0 {
                available[key(line)] = count - 1
            } else {
                unmatched.append(line)
            }
        }
        var pieces: [OutputStream: [String]] = [:]
        for line in owned where (available[key(line)] ?? 0) > 0 && !line.text.isEmpty {
            available[key(line)]! -= 1
            pieces[line.stream, default: []].append(line.text)
        }
        var unowned: [OutputLine] = []
        for line in unmatched {
            var rest = Substring(line.text)
            var candidates = pieces[line.stream] ?? []
            var index = 0
            while index < candidates.count && !rest.isEmpty {
                if let range = rest.range(of: candidates[index]) {
                    rest = rest[..<range.lowerBound] + rest[range.upperBound...]
                    candidates.remove(at: index)
                    index = 0
                } else {
                    index += 1
                }
            }
            pieces[line.stream] = candidates
            if !rest.isEmpty { unowned.append(line) }
        }
        guard !unowned.isEmpty else { return owned }
        return (owned + unowned).sorted { $0.time < $1.time }
    }

    private static func key(_ line: OutputLine) -> String {
        line.stream.rawValue + "\u{0}" + line.text
    }
}

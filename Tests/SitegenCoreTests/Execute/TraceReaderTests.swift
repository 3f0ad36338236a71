import Foundation
import Testing

@testable import SitegenCore

@Suite struct TraceReaderTests {
    @Test func joinsPartsAndKeepsUnseenLines() {
        let trace = """
            {"k":"proc_start","t":1000000,"pid":7,"ppid":1,"process":"MainProcess","method":"root"}
            {"k":"line","t":3000000,"t0":2000000,"pid":7,"ppid":1,"tid":7,"thread":"MainThread","process":"MainProcess","stream":"stdout","text":"ab","part":0,"more":true}
            {"k":"thread_start","t":2500000,"pid":7,"tid":9,"thread":"T"}
            {"k":"line","t":3500000,"t0":3500000,"pid":7,"ppid":1,"tid":7,"thread":"MainThread","process":"MainProcess","stream":"stdout","text":"cd","part":1}
            not json
            {"k":"proc_end","t":4000000,"pid":7,"exitcode":0}
            """
        let streamLines = [
            OutputLine(time: 0.0015, stream: .stdout, text: "abcd"),
            OutputLine(time: 0.0030, stream: .stdout, text: "from os.write"),
        ]
        let result = TraceReader.attribute(
            trace: Data(trace.utf8), spawnedAt: 1_000_000, streamLines: streamLines)
        #expect(result.lines.map(\.text) == ["abcd", "from os.write"])
        #expect(result.lines[0].time == 0.001)
        #expect(
            result.lines[0].owner
                == LineOwner(pid: 7, tid: 7, thread: "MainThread", process: "MainProcess"))
        #expect(result.lines[1].owner == nil)
        #expect(result.events.map(\.kind) == [.processStart, .threadStart, .processEnd])
        #expect(result.events[2].name == "MainProcess" && result.events[2].exitCode == 0)
        #expect(result.events[0].time == 0 && result.events[0].method == "root")
    }

    @Test func interleavedStreamLinesAreAccountedFor() {
        let owner = LineOwner(pid: 1, tid: 1, thread: "MainThread", process: "MainProcess")
        let owned = [
            OutputLine(time: 0.1, stream: .stdout, text: "Square: 0", owner: owner),
            OutputLine(time: 0.1, stream: .stdout, text: "Cube: 0", owner: owner),
        ]
        let stream = [
            OutputLine(time: 0.1, stream: .stdout, text: "Square: 0Cube: 0"),
            OutputLine(time: 0.1, stream: .stdout, text: ""),
            OutputLine(time: 0.2, stream: .stdout, text: "unseen"),
        ]
        let merged = TraceReader.merge(owned, with: stream)
        #expect(merged.map(\.text) == ["Square: 0", "Cube: 0", "unseen"])
        #expect(merged[2].owner == nil)
    }

    @Test func theChannelsOwnReasonIsKept() {
        let trace = """
            {"k":"unattributed","t":5,"pid":7,"reason":"os.register_at_fork is missing"}
            {"k":"unattributed","t":6,"pid":8,"reason":"a child's reason"}
            """
        let lines = [OutputLine(time: 0.1, stream: .stdout, text: "hi")]
        let result = TraceReader.attribute(
            trace: Data(trace.utf8), spawnedAt: 0, streamLines: lines)
        #expect(result.unattributed == "os.register_at_fork is missing")
        #expect(result.lines == lines)
    }

    @Test func anEmptyTraceFromARunThatPrintedSaysTheHookNeverRan() {
        let lines = [OutputLine(time: 0.1, stream: .stderr, text: "oops")]
        let printed = TraceReader.attribute(trace: Data(), spawnedAt: 0, streamLines: lines)
        #expect(printed.unattributed == TraceReader.silentChannel)
        let silent = TraceReader.attribute(trace: Data(), spawnedAt: 0, streamLines: [])
        #expect(silent.unattributed == nil)
    }

    @Test func embeddedSitecustomizeMatchesThePythonFile() throws {
        let file = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Sources/SitegenCore/Execute/Python/sitecustomize.py")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(SitecustomizeSource.text + "\n" == text, "run scripts/embed-sitecustomize.sh")
    }
}

import Foundation
import Testing

@testable import SitegenCore

@Suite struct AttributionStressTests {
    /// 2 processes × 2 threads × 5,000 lines: every line must name the worker that printed it.
    @Test(arguments: ["fork", "spawn"])
    func twentyThousandLinesKeepTheirOwners(method: String) throws {
        let result = try PythonFixture.run(
            """
            import multiprocessing as mp, threading
            def write(p, t):
                for i in range(5000):
                    print(f"{p} {t} {i}")
            def proc(p):
                ts = [threading.Thread(target=write, args=(p, f"T{k}"), name=f"T{k}") for k in range(2)]
                for t in ts: t.start()
                for t in ts: t.join()
            if __name__ == "__main__":
                mp.set_start_method("\(method)")
                ps = [mp.Process(target=proc, args=(f"P{k}",), name=f"P{k}") for k in range(2)]
                for p in ps: p.start()
                for p in ps: p.join()
            """, id: "stress-\(method)")
        let owned = result.lines.filter { $0.owner != nil }
        #expect(owned.count == 20_000)
        var wrong = 0
        var next: [String: Int] = [:]
        for line in owned {
            let words = line.text.split(separator: " ")
            guard words.count == 3, let owner = line.owner else {
                wrong += 1
                continue
            }
            let worker = "\(words[0]) \(words[1])"
            if owner.process != words[0] || owner.thread != words[1] { wrong += 1 }
            // Each worker's lines arrive in the order it printed them.
            if Int(words[2]) != next[worker, default: 0] { wrong += 1 }
            next[worker] = (Int(words[2]) ?? 0) + 1
        }
        #expect(wrong == 0)
        #expect(Set(owned.compactMap { $0.owner }).count == 4)
        #expect(
            result.lines.count == 20_000,
            "unattributed: \(result.lines.filter { $0.owner == nil }.prefix(3))")
    }
}

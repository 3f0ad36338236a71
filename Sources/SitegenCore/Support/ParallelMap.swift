import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` over every core, results in input order. When several elements throw, the error of
    /// the first one in input order is rethrown, so failures are deterministic.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) throws -> T) throws -> [T] {
        if count < 16 { return try map(transform) }
        let slots = ResultSlots<T>(count: count)
        let chunk = Swift.max(8, count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        let chunks = (count + chunk - 1) / chunk
        self.withUnsafeBufferPointer { buffer in
            let elements = UnsafeSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { part in
                let lower = part * chunk
                for index in lower..<Swift.min(lower + chunk, elements.value.count) {
                    slots.set(index, Result { try transform(elements.value[index]) })
                }
            }
        }
        return try slots.values.map { try $0!.get() }
    }
}

/// One result per index, written by many threads at distinct indices.
private final class ResultSlots<T>: @unchecked Sendable {
    private(set) var values: [Result<T, any Error>?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<T, any Error>) {
        lock.withLock { values[index] = value }
    }
}

private struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

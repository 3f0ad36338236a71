import Testing

@testable import SitegenCore

@Suite struct BuildMachineProbeTests {
    @Test(
        arguments: [
            ("0-1", 2), ("0", 1), ("0-1,3", 3), ("0,2-5\n", 5), ("", nil), ("x", nil), ("3-1", nil),
        ] as [(String, Int?)])
    func allowedCPUs(list: String, expected: Int?) {
        #expect(BuildMachine.cpuCount(allowedList: list) == expected)
    }

    @Test func busyMeansLoadAboveCoresLessHalf() {
        #expect(BuildMachine(availableCores: 2, loadBefore: 1.6).isBusy)
        #expect(!BuildMachine(availableCores: 2, loadBefore: 1.4).isBusy)
        #expect(BuildMachine(availableCores: 1, loadBefore: 0.6).isBusy)
    }

    @Test func currentMachineHasAtLeastOneCore() {
        #expect(BuildMachine.current().availableCores >= 1)
    }
}

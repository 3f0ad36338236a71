import Testing

@testable import SitegenCore

@Suite struct StatisticsTests {
    @Test func medianOfOddAndEvenCounts() {
        #expect(Statistics.median([3, 1, 2]) == 2)
        #expect(Statistics.median([4, 1, 3, 2]) == 2.5)
        #expect(Statistics.median([]) == 0)
    }

    @Test func meanAndSampleStandardDeviation() {
        // 2,4,4,4,5,5,7,9: mean 5, squared deviations sum 32, 32/7 = 4.571428…, sqrt = 2.13809…
        let values: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]
        #expect(Statistics.mean(values) == 5)
        #expect(abs(Statistics.standardDeviation(values) - 2.138089935) < 1e-9)
        #expect(Statistics.standardDeviation([7]) == 0)
    }

    @Test func medianAbsoluteDeviation() {
        // median 2; |deviations| 1,1,0,0,2,4,7 → sorted 0,0,1,1,2,4,7 → median 1
        #expect(Statistics.medianAbsoluteDeviation([1, 1, 2, 2, 4, 6, 9]) == 1)
    }

    @Test func modifiedZScoreFlagsOnlyTheFarValue() {
        // median 10.5, |dev| .5,.5,.5,.5,.5,89.5 → MAD 0.5; z(100) = 0.6745·89.5/0.5 = 120.7355
        let values: [Double] = [10, 11, 10, 11, 10, 100]
        let scores = Statistics.modifiedZScores(values)
        #expect(abs(scores[5] - 120.7355) < 1e-9)
        #expect(abs(scores[0] + 0.6745) < 1e-9)
        #expect(Statistics.outlierIndices(values) == [5])
    }

    @Test func noOutliersWhenMADIsZero() {
        #expect(Statistics.outlierIndices([1, 1, 1, 5]) == [])
    }

    @Test func summaryOfASample() {
        let summary = FigureSummary([0.3, 0.1, 0.2])
        #expect(summary.median == 0.2)
        #expect(summary.min == 0.1)
        #expect(summary.max == 0.3)
        #expect(abs(summary.mean - 0.2) < 1e-12)
        #expect(abs(summary.stddev - 0.1) < 1e-12)
    }
}

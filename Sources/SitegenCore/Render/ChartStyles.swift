/// CSS for sitegen's charts, for the stylesheet to append: Okabe–Ito series colours (`--c0`…`--c5`,
/// defined for light and dark in `Stylesheet`) through `series-0`…`series-5` classes.
enum ChartStyles {
    static let css = #"""
        svg.chart .series-0 { --series: var(--c0); } svg.chart .series-1 { --series: var(--c1); }
        svg.chart .series-2 { --series: var(--c2); } svg.chart .series-3 { --series: var(--c3); }
        svg.chart .series-4 { --series: var(--c4); } svg.chart .series-5 { --series: var(--c5); }
        svg.chart .series-6 { --series: var(--c6); } svg.chart .series-7 { --series: var(--c7); }
        svg.chart .grid { stroke: var(--border); stroke-width: 1; }
        svg.chart .label { fill: var(--fg); }
        svg.chart .value, svg.chart .cores-label { fill: var(--muted); }
        svg.chart .bar, svg.chart .life, svg.chart .swatch { fill: var(--series); }
        svg.chart .bar { fill-opacity: .85; } svg.chart .life { fill-opacity: .4; }
        svg.chart .mark { stroke: var(--series); stroke-width: 2.5; }
        svg.chart .whisker { stroke: var(--fg); stroke-width: 1.5; }
        svg.chart .line { fill: none; stroke: var(--series); stroke-width: 2; }
        svg.chart .point { fill: var(--series); stroke: var(--bg); stroke-width: 1; }
        svg.chart .interval { stroke: var(--series); stroke-width: 1.5; }
        /* Reference lines are grey and dashed (ideal) or dotted (cores); data lines are solid colour. */
        svg.chart .ideal { fill: none; stroke: var(--ref); stroke-width: 1.5; stroke-dasharray: 6 4; }
        svg.chart .cores { fill: none; stroke: var(--ref); stroke-width: 1.5; stroke-dasharray: 2 3; }
        svg.chart .legend .line { stroke-width: 3; }
        /* Where a worker's life went: running solid, waiting for a core light, blocked outlined. */
        svg.chart .split { fill: var(--series); stroke: var(--series); stroke-width: 1.5; }
        svg.chart .split.neutral { --series: var(--muted); }
        svg.chart .split-running { fill-opacity: .9; } svg.chart .split-waiting { fill-opacity: .35; }
        svg.chart .split-blocked { fill: var(--bg); stroke-dasharray: 3 2; }
        svg.chart .label.group { font-weight: 600; } svg.chart .label.parent { font-style: italic; }
        svg.chart .note { fill: var(--muted); font-style: italic; font-size: .85em; }
        details.chart-data { margin: .25rem 0 1rem; font-size: .9rem; }
        figure.chart ul.comparison { font-size: .95rem; }
        @media print { svg.chart .bar { fill-opacity: 1; } }
        """#
}

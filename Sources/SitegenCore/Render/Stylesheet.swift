/// The site's one stylesheet: light and dark through `prefers-color-scheme`, print, narrow screens.
enum Stylesheet {
    static let css = #"""
        :root {
          --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --border: #d0d7de; --panel: #f6f8fa;
          --link: #0550ae; --accent: #0969da; --ok: #1a7f37; --bad: #b3261e; --warn-bg: #fff8c5;
          --c0: #0072b2; --c1: #d55e00; --c2: #009e73; --c3: #b4548a; --c4: #7a5c00; --c5: #6a3d9a;
          --c6: #a50f15; --c7: #4d6b00; --ref: #6e7781;
          --hl-kw: #cf222e; --hl-str: #0a3069; --hl-com: #57606a; --hl-num: #0550ae; --hl-bi: #8250df;
          --hl-dec: #953800; --hl-fn: #6639ba; --hl-ty: #116329; --hl-var: #953800;
          --term-bg: #f6f8fa; --term-fg: #1b1f24;
          --ansi-0: #24292f; --ansi-1: #b3261e; --ansi-2: #1a7f37; --ansi-3: #7a5c00; --ansi-4: #0550ae; --ansi-5: #8250df; --ansi-6: #0a6b7c; --ansi-7: #57606a;
          --ansi-8: #5c6570; --ansi-9: #cf222e; --ansi-10: #116329; --ansi-11: #6f4e00; --ansi-12: #0a5cc2; --ansi-13: #a0258e; --ansi-14: #1b6f75; --ansi-15: #24292f;
          --ansi-bg-0: #d0d7de; --ansi-bg-1: #ffd8d3; --ansi-bg-2: #d2f4d8; --ansi-bg-3: #fbeaa8; --ansi-bg-4: #d6e8ff; --ansi-bg-5: #ead9ff; --ansi-bg-6: #c8f0f0; --ansi-bg-7: #eaeef2;
          --ansi-bg-8: #c3ccd5; --ansi-bg-9: #ffc1ba; --ansi-bg-10: #aff5b4; --ansi-bg-11: #f8de80; --ansi-bg-12: #b6d7ff; --ansi-bg-13: #dcc5ff; --ansi-bg-14: #a8eaea; --ansi-bg-15: #ffffff;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --bg: #0d1117; --fg: #e6edf3; --muted: #9da7b3; --border: #30363d; --panel: #161b22;
            --link: #79c0ff; --accent: #58a6ff; --ok: #56d364; --bad: #ff7b72; --warn-bg: #3b2e00;
            --c0: #56b4e9; --c1: #f0a35e; --c2: #3fd3a4; --c3: #e29ccb; --c4: #f0e442; --c5: #b392f0;
            --c6: #ff8a80; --c7: #b5d96a; --ref: #8b949e;
            --hl-kw: #ff7b72; --hl-str: #a5d6ff; --hl-com: #8b949e; --hl-num: #79c0ff; --hl-bi: #d2a8ff;
            --hl-dec: #ffa657; --hl-fn: #d2a8ff; --hl-ty: #7ee787; --hl-var: #ffa657;
            --term-bg: #0d1117; --term-fg: #e6edf3;
            --ansi-0: #8b949e; --ansi-1: #ff7b72; --ansi-2: #56d364; --ansi-3: #e3b341; --ansi-4: #58a6ff; --ansi-5: #d2a8ff; --ansi-6: #39c5cf; --ansi-7: #b1bac4;
            --ansi-8: #9da7b3; --ansi-9: #ffa198; --ansi-10: #7ee787; --ansi-11: #f8e3a1; --ansi-12: #79c0ff; --ansi-13: #e2c5ff; --ansi-14: #56d4dd; --ansi-15: #ffffff;
            --ansi-bg-0: #30363d; --ansi-bg-1: #67060c; --ansi-bg-2: #033a16; --ansi-bg-3: #4b3a00; --ansi-bg-4: #0c2d6b; --ansi-bg-5: #3c1e70; --ansi-bg-6: #04393f; --ansi-bg-7: #484f58;
            --ansi-bg-8: #21262d; --ansi-bg-9: #8e1519; --ansi-bg-10: #0f5323; --ansi-bg-11: #6b4e00; --ansi-bg-12: #1158c7; --ansi-bg-13: #6e40c9; --ansi-bg-14: #0a5c63; --ansi-bg-15: #545d68;
          }
        }
        * { box-sizing: border-box; }
        html { font-size: 17px; }
        body {
          margin: 0; background: var(--bg); color: var(--fg); line-height: 1.6;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
          display: grid; grid-template-columns: 16rem minmax(0, 1fr); grid-template-areas: "nav main" "nav foot";
          grid-template-rows: auto 1fr;
        }
        a { color: var(--link); }
        .skip { position: absolute; left: -999px; }
        .print-only { display: none; }
        .skip:focus { left: 1rem; top: 1rem; background: var(--panel); padding: .5rem; z-index: 2; }
        a:focus-visible, summary:focus-visible, [tabindex]:focus-visible {
          outline: 3px solid var(--accent); outline-offset: 2px; border-radius: 3px;
        }
        summary { cursor: pointer; }
        .sidebar {
          grid-area: nav; border-right: 1px solid var(--border); background: var(--panel);
          padding: 1.5rem 1rem; position: sticky; top: 0; height: 100vh; overflow-y: auto;
        }
        .sidebar .site-title { font-weight: 700; margin-top: 0; }
        .sidebar .site-title a { color: var(--fg); text-decoration: none; }
        .sidebar ol { list-style: none; padding: 0; margin: 0; }
        .sidebar li a { display: block; padding: .25rem .5rem; border-radius: 6px; text-decoration: none; }
        .sidebar li a[aria-current="page"] { background: var(--bg); font-weight: 600; color: var(--fg); }
        main { grid-area: main; padding: 2rem 3rem; max-width: 60rem; }
        footer { grid-area: foot; padding: 1rem 3rem 3rem; color: var(--muted); font-size: .9rem; }
        h1, h2, h3, h4 { line-height: 1.25; }
        h4 { margin-bottom: .4rem; }
        main h3 { margin: 1.2rem 0 .6rem; }
        .anchor { margin-left: .4rem; color: var(--muted); text-decoration: none; opacity: .5; font-weight: 400; }
        .anchor:hover, .anchor:focus { opacity: 1; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; }
        pre {
          background: var(--panel); border: 1px solid var(--border); border-radius: 8px;
          padding: .8rem 1rem; overflow-x: auto; line-height: 1.45;
        }
        /* A program a chart on its page summarises shows its first lines; the rest scrolls inside
           its box, with a shadow at the bottom edge while more lies below (and prints in full). */
        .example.charted pre.code {
          max-height: 11.5rem; overflow-y: auto;
          background: linear-gradient(var(--panel) 30%, transparent) center top,
            linear-gradient(transparent, var(--panel) 70%) center bottom,
            radial-gradient(farthest-side at 50% 0, rgba(0,0,0,.25), transparent) center top,
            radial-gradient(farthest-side at 50% 100%, rgba(0,0,0,.25), transparent) center bottom,
            var(--panel);
          background-repeat: no-repeat;
          background-size: 100% 2.5rem, 100% 2.5rem, 100% .9rem, 100% .9rem, 100% 100%;
          background-attachment: local, local, scroll, scroll, scroll;
        }
        pre.terminal { background: var(--term-bg); color: var(--term-fg); border-color: var(--border); }
        /* SGR colours of captured output (TerminalPalette): the 16 standard colours per scheme. */
        .ansi-fg-0 { color: var(--ansi-0); } .ansi-fg-1 { color: var(--ansi-1); } .ansi-fg-2 { color: var(--ansi-2); } .ansi-fg-3 { color: var(--ansi-3); }
        .ansi-fg-4 { color: var(--ansi-4); } .ansi-fg-5 { color: var(--ansi-5); } .ansi-fg-6 { color: var(--ansi-6); } .ansi-fg-7 { color: var(--ansi-7); }
        .ansi-fg-8 { color: var(--ansi-8); } .ansi-fg-9 { color: var(--ansi-9); } .ansi-fg-10 { color: var(--ansi-10); } .ansi-fg-11 { color: var(--ansi-11); }
        .ansi-fg-12 { color: var(--ansi-12); } .ansi-fg-13 { color: var(--ansi-13); } .ansi-fg-14 { color: var(--ansi-14); } .ansi-fg-15 { color: var(--ansi-15); }
        .ansi-bg-0 { background: var(--ansi-bg-0); } .ansi-bg-1 { background: var(--ansi-bg-1); } .ansi-bg-2 { background: var(--ansi-bg-2); } .ansi-bg-3 { background: var(--ansi-bg-3); }
        .ansi-bg-4 { background: var(--ansi-bg-4); } .ansi-bg-5 { background: var(--ansi-bg-5); } .ansi-bg-6 { background: var(--ansi-bg-6); } .ansi-bg-7 { background: var(--ansi-bg-7); }
        .ansi-bg-8 { background: var(--ansi-bg-8); } .ansi-bg-9 { background: var(--ansi-bg-9); } .ansi-bg-10 { background: var(--ansi-bg-10); } .ansi-bg-11 { background: var(--ansi-bg-11); }
        .ansi-bg-12 { background: var(--ansi-bg-12); } .ansi-bg-13 { background: var(--ansi-bg-13); } .ansi-bg-14 { background: var(--ansi-bg-14); } .ansi-bg-15 { background: var(--ansi-bg-15); }
        .ansi-fg-inverse { color: var(--term-bg); } .ansi-bg-inverse { background: var(--term-fg); }
        .ansi-bold { font-weight: 700; } .ansi-dim { opacity: .75; } .ansi-italic { font-style: italic; }
        .ansi-underline { text-decoration: underline; }
        .hl-kw { color: var(--hl-kw); } .hl-str { color: var(--hl-str); } .hl-com { color: var(--hl-com); font-style: italic; }
        .hl-num { color: var(--hl-num); } .hl-bi { color: var(--hl-bi); } .hl-dec { color: var(--hl-dec); }
        .hl-fn { color: var(--hl-fn); font-weight: 600; } .hl-ty { color: var(--hl-ty); } .hl-var { color: var(--hl-var); }
        .toc, .build-summary {
          border: 1px solid var(--border); background: var(--panel); border-radius: 8px;
          padding: .6rem 1rem; margin: 1rem 0 1.5rem; font-size: .95rem;
        }
        .toc-title, .build-summary h2 { font-weight: 600; margin: 0 0 .3rem; font-size: 1rem; }
        .toc ol { margin: 0; padding-left: 1.2rem; }
        /* A section's subsections run on in one line after it: the table stays a few lines tall. */
        .toc ol ol { display: inline; padding: 0; } .toc ol ol::before { content: ": "; }
        .toc ol ol li { display: inline; } .toc ol ol li + li::before { content: " · "; color: var(--muted); }
        .build-summary table { margin: .3rem 0; width: 100%; }
        .build-summary p { margin: .3rem 0; color: var(--muted); }
        .build-summary td.ok { color: var(--ok); } .build-summary td.failed { color: var(--bad); }
        .build-summary td.num, .build-summary td.ok, .build-summary td.failed { white-space: nowrap; }
        .build-summary summary { margin: .3rem 0; }
        table.lines, details.data table { width: 100%; }
        .downloads { font-size: .9rem; }
        .example > .example-label { margin: .6rem 0 .3rem; } .example > .downloads { margin: .3rem 0 .6rem; font-size: .85rem; }
        details.data { margin: .3rem 0 1rem; }
        blockquote { margin: 1rem 0; padding: .5rem 1rem; border-left: 4px solid var(--accent); background: var(--panel); }
        table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
        caption { text-align: left; color: var(--muted); padding-bottom: .3rem; }
        th, td { border-bottom: 1px solid var(--border); padding: .2rem .6rem; text-align: left; vertical-align: top; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.stderr td { color: var(--bad); }
        .example { border-top: 2px solid var(--border); margin-top: 1rem; padding-top: .3rem; }
        .example-label { color: var(--muted); font-size: .9rem; }
        .outcome { font-size: .95rem; }
        .example.ok .outcome strong { color: var(--ok); }
        .example.failed .outcome strong { color: var(--bad); }
        .warning { background: var(--warn-bg); padding: .4rem .8rem; border-radius: 6px; }
        figure.chart { margin: 1rem 0 1.2rem; }
        figure.chart figcaption { font-size: .92rem; margin-bottom: .4rem; }
        figure.chart .figure-number { font-weight: 700; }
        /* Each chart is drawn wide and narrow; its box shows the one that fits (a container query),
           so the text stays ≥ 10 px on screen and nothing scrolls sideways. */
        .chart-scroll { container-type: inline-size; }
        .drawing-narrow { display: none; }
        @container (max-width: 560px) {
          .drawing-wide { display: none; }
          .drawing-narrow { display: block; }
        }
        figure.side-by-side .columns { display: grid; grid-template-columns: minmax(0, 1fr); gap: .5rem 1.5rem; }
        @media (min-width: 1100px) { figure.side-by-side .columns { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
        figure.side-by-side .column-title { font-weight: 600; margin: .3rem 0; }
        /* An example run in several environments: one column each on wide screens, stacked below. */
        .environments { display: grid; grid-template-columns: minmax(0, 1fr); gap: .5rem 1.5rem; }
        .environment { min-width: 0; border-top: 2px solid var(--border); }
        .environment-label { margin: .5rem 0 .2rem; }
        .environments-box { border: 1px solid var(--border); background: var(--panel); border-radius: 8px; padding: .5rem 1rem; margin: 1rem 0; font-size: .88rem; }
        .environments-box .box-title { font-weight: 600; margin: 0 0 .2rem; }
        .environments-box p { margin: .2rem 0; }
        .environments-box dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .4rem 0 0; }
        .environments-box dt { font-weight: 600; } .environments-box dd { margin: 0; }
        @media screen and (max-width: 760px) { .environments-box dl { grid-template-columns: 1fr; } .environments-box dd { margin-bottom: .3rem; } }
        table.environment-runs { width: 100%; margin-bottom: .3rem; }
        table.environment-runs th[scope="row"] { font-weight: 400; }
        details.environment-detail { margin: .3rem 0; border: 1px solid var(--border); border-radius: 8px; padding: .3rem .8rem; }
        details.environment-detail > summary { font-weight: 400; }
        .environments-title { margin: .4rem 0 .1rem; font-size: .85rem; color: var(--muted); }
        .example .environments details.environment-detail { border: 0; border-left: 3px solid var(--border); border-radius: 0; margin: .1rem 0; padding: .1rem .7rem; font-size: .92rem; }
        /* A chart's other environments: a line each, opening onto its panel. */
        details.environment-panel { margin: .15rem 0; border-left: 3px solid var(--border); padding: .1rem 0 .1rem .6rem; }
        /* Open, a panel takes the figure's whole width, so its narrow drawing keeps its text ≥ 10 px. */
        details.environment-panel[open] { border-left: 0; padding-left: 0; }
        details.environment-panel > summary { font-size: .92rem; cursor: pointer; }
        figure.environment-panels .main-environment { border-top: 0; }
        figure.environment-panels .environments { gap: 0; margin-top: .4rem; }
        /* A folded example's outcome is the line of its fold. */
        details.example-detail > summary.outcome { cursor: pointer; font-weight: 400; }
        details.example-detail > summary .fold-hint { color: var(--link); }
        .environment table { font-size: .85rem; }
        .environment td, .environment th { overflow-wrap: anywhere; }
        .environment table.stats, .environment table.stats tbody, .environment table.stats tr,
        .environment table.stats th, .environment table.stats td { display: block; }
        .environment table.stats thead { display: none; }
        .environment table.stats caption { display: block; }
        .environment table.stats tr { border: 1px solid var(--border); border-radius: 8px; padding: .4rem .7rem; margin: .5rem 0; }
        .environment table.stats th, .environment table.stats td { border: 0; padding: .1rem 0; text-align: left; }
        .environment table.stats td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-weight: 400; }
        figure.side-by-side pre { margin: .3rem 0; }
        /* Drawn at most at its own width: scaled up, a chart only grows taller and its text louder. */
        svg.chart { display: block; width: 100%; max-width: 720px; height: auto; font-family: inherit; font-size: 13px; }
        .side-by-side svg.chart { max-width: none; }
        /* A charted example: its code and its output side by side where the column is wide. */
        @media screen and (min-width: 1100px) {
          .code-and-output { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 0 1rem; align-items: start; margin: .5rem 0; }
          .code-and-output > pre.code, .code-and-output pre.terminal { margin: 0; }
          .code-and-output .output > h4, .code-and-output .output > h5, .code-and-output .output > h6 { margin: 0 0 .3rem; font-size: .85rem; }
          .code-and-output pre.terminal { font-size: .85rem; line-height: 1.35; }
          .code-and-output pre.terminal { white-space: pre-wrap; overflow-wrap: anywhere; max-height: 11.5rem; overflow-y: auto; }
        }
        svg.chart text { fill: var(--fg); }
        svg.chart .tick, svg.chart .axis-label { fill: var(--muted); }
        svg.chart .axis { stroke: var(--muted); stroke-width: 1; }
        svg.chart .lane { fill: var(--panel); stroke: var(--border); }
        svg.chart .mark { stroke-width: 2.5; }
        .mark-0 { stroke: var(--c0); } .mark-1 { stroke: var(--c1); } .mark-2 { stroke: var(--c2); }
        .mark-3 { stroke: var(--c3); } .mark-4 { stroke: var(--c4); } .mark-5 { stroke: var(--c5); }
        .mark-6 { stroke: var(--c6); } .mark-7 { stroke: var(--c7); }
        table.stats th[scope="row"] { font-weight: 400; }
        table.stats td.num, table.configurations td.num { white-space: nowrap; }
        ul.warnings { list-style: none; padding: 0; }
        ul.warnings li { margin: .3rem 0; }
        details.warning-detail { display: inline; font-size: .9em; color: var(--muted); }
        details.warning-detail[open] { display: block; }
        details.warning-detail p { margin: .2rem 0; }
        details.method { font-size: .9rem; color: var(--muted); margin: .5rem 0 1rem; }
        details.method ul { margin: .3rem 0; padding-left: 1.2rem; }
        details.example-detail { margin: .4rem 0 .6rem; border: 1px solid var(--border); border-radius: 8px; padding: .2rem .8rem; }
        details.example-detail > summary { font-weight: 600; }
        table.lines td.text code { white-space: pre-wrap; overflow-wrap: anywhere; }
        table.lines .ids { color: var(--muted); font-size: .8em; }
        tr.worker-0 td.worker { border-left: 4px solid var(--c0); } tr.worker-1 td.worker { border-left: 4px solid var(--c1); }
        tr.worker-2 td.worker { border-left: 4px solid var(--c2); } tr.worker-3 td.worker { border-left: 4px solid var(--c3); }
        tr.worker-4 td.worker { border-left: 4px solid var(--c4); } tr.worker-5 td.worker { border-left: 4px solid var(--c5); }
        tr.worker-6 td.worker { border-left: 4px solid var(--c6); } tr.worker-7 td.worker { border-left: 4px solid var(--c7); }
        .claim-badge { display: inline-block; margin-left: .3rem; padding: 0 .45rem; border: 1.5px solid currentColor;
          border-radius: 999px; font-size: .8rem; font-weight: 600; line-height: 1.5; text-decoration: none; white-space: nowrap; }
        .claim-badge.verdict-holds { color: var(--ok); } .claim-badge.verdict-fails { color: var(--bad); }
        .claim-badge.verdict-inconclusive { color: var(--muted); }
        .claim-badge.verdict-not-applicable { color: var(--muted); }
        .claim-card { border-left: 4px solid var(--muted); padding: .2rem .9rem; margin: 1rem 0; }
        .claim-card.verdict-holds { border-color: var(--ok); } .claim-card.verdict-fails { border-color: var(--bad); }
        .claim-card .claim-statement { font-weight: 600; }
        .claim-badge.per-environment { white-space: nowrap; }
        ul.claim-verdicts { padding-left: 0; list-style: none; margin: .4rem 0; }
        ul.claim-verdicts li { margin: .3rem 0; overflow-wrap: anywhere; }
        ul.claim-verdicts .environment-verdict { font-weight: 600; }
        ul.claim-verdicts li.verdict-holds > .environment-verdict { color: var(--ok); }
        ul.claim-verdicts li.verdict-fails > .environment-verdict { color: var(--bad); }
        ul.claim-verdicts li.verdict-inconclusive > .environment-verdict { color: var(--muted); }
        ul.claim-verdicts li.verdict-not-applicable > .environment-verdict { color: var(--muted); }
        table.claims th[scope="row"] { font-weight: 400; } table.claims .claim-page { font-size: .85em; }
        table.claims { width: 100%; }
        @media screen and (min-width: 761px) {
          table.claims { table-layout: fixed; }
          table.claims thead th:nth-child(1) { width: 29%; } table.claims thead th:nth-child(2) { width: 12.8rem; }
        }
        table.claims .claim-evidence { display: block; font-size: .85em; color: var(--muted); margin-top: .2rem; }
        table.claims ul.claim-verdicts { margin: .2rem 0; } table.claims ul.claim-verdicts li { margin: .1rem 0; }
        table.claims details.claim-figures { margin-top: .1rem; }
        .verdict-sentence { margin: 0 0 .2rem; }
        ul.comparison { margin: .3rem 0 0; padding-left: 1.2rem; font-size: .92rem; }
        ul.warnings.page-notices { font-size: .9rem; }
        .reason-lead { display: block; }
        details.claim-figures { margin-top: .3rem; font-size: .9em; }
        details.claim-figures summary { color: var(--link); cursor: pointer; }
        details.claim-figures p, .claim-figures-print p { margin: .3rem 0; overflow-wrap: anywhere; }
        .figures-note { color: var(--muted); font-size: .95em; }
        table.configurations td.ok { color: var(--ok); } table.configurations td.failed { color: var(--bad); }
        details.last-configuration { margin: .5rem 0 1rem; }
        details.machine dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; }
        details.machine dt { font-weight: 600; }
        details.machine dd { margin: 0; }
        .pager { display: flex; justify-content: space-between; gap: 1rem; margin-top: 3rem; border-top: 1px solid var(--border); padding-top: 1rem; }
        .pager .next { margin-left: auto; }
        @media screen and (max-width: 760px) {
          html { font-size: 16px; }
          body { display: block; }
          h1 { font-size: 1.7rem; }
          .build-summary .page { display: none; }
          .sidebar { position: static; height: auto; border-right: 0; border-bottom: 1px solid var(--border); padding: .8rem 1rem; }
          .sidebar .site-title { margin-bottom: .3rem; }
          .sidebar ol { display: flex; flex-wrap: wrap; gap: .1rem .3rem; font-size: .9rem; }
          .sidebar li a { padding: .1rem .4rem; }
          main, footer { padding: 1rem; }
          pre { padding: .6rem .7rem; font-size: .85rem; }
          .pager { flex-direction: column; }
          /* Tables reflow: each row becomes a card, each cell a line labelled by its column. */
          table.claims, table.claims tbody, table.claims tr, table.claims th, table.claims td,
          table.stats, table.stats tbody, table.stats tr, table.stats th, table.stats td,
          table.configurations, table.configurations tbody, table.configurations tr, table.configurations td,
          table.environment-runs, table.environment-runs tbody, table.environment-runs tr, table.environment-runs th, table.environment-runs td,
          details.chart-data table, details.chart-data tbody, details.chart-data tr, details.chart-data th, details.chart-data td { display: block; }
          table.claims thead, table.stats thead, table.configurations thead, table.environment-runs thead, details.chart-data thead { display: none; }
          table.claims caption, table.stats caption, table.configurations caption, table.environment-runs caption, details.chart-data caption { display: block; }
          details.chart-data th, details.chart-data td { border: 0; padding: .05rem 0; text-align: left; overflow-wrap: anywhere; }
          details.chart-data tr { border-bottom: 1px solid var(--border); padding: .3rem 0; }
          details.machine dl { grid-template-columns: 1fr; }
          details.machine dd { overflow-wrap: anywhere; margin-bottom: .3rem; }
          .build-summary td { overflow-wrap: anywhere; }
          .claim-badge { white-space: normal; }
          .claim-card { margin-left: 0; margin-right: 0; }
          .claim-card .claim-evidence, .claim-card .claim-reason { overflow-wrap: anywhere; }
          .build-summary td.ok, .build-summary td.failed { white-space: normal; }
          table.claims tr, table.stats tr, table.configurations tr, table.environment-runs tr {
            border: 1px solid var(--border); border-radius: 8px; padding: .4rem .7rem; margin: .5rem 0;
          }
          table.claims th, table.claims td, table.stats th, table.stats td, table.configurations td,
          table.environment-runs th, table.environment-runs td { border: 0; padding: .1rem 0; }
          table.claims th[scope="row"] { font-weight: 600; }
          table.claims td[data-label]::before, table.stats td[data-label]::before,
          table.configurations td[data-label]::before, details.chart-data td[data-label]::before,
          table.environment-runs td[data-label]::before {
            content: attr(data-label) ": "; color: var(--muted); font-weight: 400;
          }
          table.stats td.num, table.configurations td.num { text-align: left; }
          table.lines .ids, table.lines td.stream, table.lines th:nth-child(3) { display: none; }
          table.lines tr.stderr td.text::after { content: " (stderr)"; color: var(--muted); }
          table.lines th, table.lines td { padding: .2rem .3rem; }
          details.data table { font-size: .8rem; }
          details.data th, details.data td { padding: .15rem .3rem; overflow-wrap: anywhere; }
          .build-summary table { font-size: .85rem; }
        }
        @media print {
          :root {
            --bg: #ffffff; --fg: #000000; --muted: #444444; --border: #999999; --panel: #ffffff;
            --link: #000000; --ok: #1a7f37; --bad: #b3261e; --warn-bg: #ffffff;
            --hl-kw: #cf222e; --hl-str: #0a3069; --hl-com: #57606a; --hl-num: #0550ae; --hl-bi: #8250df;
            --hl-dec: #953800; --hl-fn: #6639ba; --hl-ty: #116329; --hl-var: #953800;
          }
          html { font-size: 11pt; }
          body { display: block; background: #fff; color: #000; }
          /* The footer is a folded machine card or one "Built by" line: neither helps on paper (the
             home page's build box says the machine), and alone it would take a last page. */
          .sidebar, .pager, .skip, .anchor, .toc, footer { display: none; }
          main, footer { padding: 0; max-width: none; }
          pre, .toc, .build-summary { background: #fff; border-color: #999; white-space: pre-wrap; }
          pre.terminal { background: #fff; color: #000; }
          .example.charted pre.code { max-height: none; overflow: visible; background: #fff; }
          /* Folds print open (Chromium's ::details-content), without their triangles. */
          details::details-content { content-visibility: visible; display: block; }
          summary { list-style: none; font-weight: 600; }
          summary::-webkit-details-marker { display: none; }
          /* A drawing, a table row and a caption stay whole; larger blocks may break, so a tall
             figure does not leave most of a page empty. */
          .chart-scroll, tr, figcaption, .claim-statement { break-inside: avoid; }
          figcaption { break-after: avoid; }
          .drawing-wide { display: block !important; } .drawing-narrow { display: none !important; }
          figure.side-by-side .columns { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
          /* A claim's row may break across pages: kept whole, the first tall row pushed the table off page 1. */
          table.claims tr { break-inside: auto; }
          details.example-detail, details.method { border: 0; padding: 0; }
          pre.terminal span { color: #000; background: none; }
          h1, h2, h3, h4, h5, h6 { break-after: avoid; break-inside: avoid; }
          a { color: inherit; }
          main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; }
        }
        """#
}

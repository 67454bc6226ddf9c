/// The site's one stylesheet, written by hand: design tokens as custom
/// properties (light and dark), a calm public-sector look, tables that
/// scroll inside their own region at 320 px, and a print layout.
enum Stylesheet {
    /// What the site ships: the source below without comments and spare white space.
    static let css = CSSMinifier.minify(source)

    static let source = #"""
/* regiodash — one small stylesheet. Tokens first; everything else uses them. */
:root {
  --rd-color-bg: #ffffff;
  --rd-color-surface: #f1f4f8;
  --rd-color-text: #1b1b1b;
  --rd-color-muted: #4b5563;
  --rd-color-primary: #154273;
  --rd-color-on-primary: #ffffff;
  --rd-color-link: #154273;
  --rd-color-link-visited: #5b2c83;
  --rd-color-line: #c3ccd6;
  --rd-color-mark: #fff0a8;
  --rd-color-line-strong: #5f6b7a;
  --rd-color-focus: #154273;
  --rd-color-note-bg: #fff4ce;
  --rd-color-note-line: #8a6d00;
  --rd-color-draft-bg: #fde7e9;
  --rd-color-draft-line: #a4262c;
  --rd-color-flag: #8f2a00;
  --rd-chart-bar: #1f5f99;
  --rd-chart-reference: #a33b00;
  --rd-chart-region: #4b5563;
  --rd-chart-muted: #6b7785;
  --rd-star: #8a6d00;
  --rd-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --rd-font-size: 1.0625rem;
  --rd-line-height: 1.55;
  --rd-space-1: 0.25rem;
  --rd-space-2: 0.5rem;
  --rd-space-3: 1rem;
  --rd-space-4: 1.5rem;
  --rd-space-5: 2.5rem;
  --rd-width: 72rem;
  --rd-radius: 0.25rem;
}

@media (prefers-color-scheme: dark) {
  :root {
    --rd-color-bg: #10161d;
    --rd-color-surface: #1a232d;
    --rd-color-text: #e9eef3;
    --rd-color-muted: #b9c3ce;
    --rd-color-primary: #0f2f52;
    --rd-color-on-primary: #ffffff;
    --rd-color-link: #9ccbff;
    --rd-color-link-visited: #d3b4f5;
    --rd-color-line: #3b4756;
    --rd-color-mark: #5c4a00;
    --rd-color-line-strong: #8995a3;
    --rd-color-focus: #9ccbff;
    --rd-color-note-bg: #3a3113;
    --rd-color-note-line: #e0c35c;
    --rd-color-draft-bg: #45191c;
    --rd-color-draft-line: #f08b92;
    --rd-color-flag: #ffb38f;
    --rd-chart-bar: #7fb6ea;
    --rd-chart-reference: #ffb38f;
    --rd-chart-region: #c4ccd6;
    --rd-chart-muted: #8d99a6;
    --rd-star: #e0c35c;
  }
}

*, *::before, *::after { box-sizing: border-box; }

body {
  margin: 0;
  background: var(--rd-color-bg);
  color: var(--rd-color-text);
  font-family: var(--rd-font);
  font-size: var(--rd-font-size);
  line-height: var(--rd-line-height);
}

a { color: var(--rd-color-link); }
a:visited { color: var(--rd-color-link-visited); }
a:hover { text-decoration-style: double; }
:focus-visible { outline: 3px solid var(--rd-color-focus); outline-offset: 2px; }

h1, h2, h3, h4 { line-height: 1.25; margin: var(--rd-space-5) 0 var(--rd-space-3); overflow-wrap: break-word; hyphens: auto; }
h1 { font-size: 2rem; margin-top: var(--rd-space-4); }
h2 { font-size: 1.5rem; }
h3 { font-size: 1.2rem; margin-top: var(--rd-space-4); }
h4 { font-size: 1.05rem; }
@media (max-width: 30rem) {
  h1 { font-size: 1.6rem; }
  h2 { font-size: 1.3rem; }
}

.wrap, main { max-width: var(--rd-width); margin-left: auto; margin-right: auto; padding-left: var(--rd-space-3); padding-right: var(--rd-space-3); }
main { padding-bottom: var(--rd-space-5); }

.skip-link {
  position: absolute; left: var(--rd-space-3); top: -10rem;
  background: var(--rd-color-bg); color: var(--rd-color-link); padding: var(--rd-space-2) var(--rd-space-3);
}
.skip-link:focus { top: var(--rd-space-2); z-index: 10; }

.site-header { background: var(--rd-color-primary); color: var(--rd-color-on-primary); }
.brand { display: flex; flex-wrap: wrap; align-items: baseline; gap: var(--rd-space-1) var(--rd-space-3); padding-top: var(--rd-space-3); padding-bottom: var(--rd-space-3); }
.site-title, .site-title:visited { color: var(--rd-color-on-primary); font-size: 1.3rem; font-weight: 700; text-decoration: none; }
.site-title:hover { text-decoration: underline; }
.site-region, .site-publisher { color: var(--rd-color-on-primary); }
.site-publisher { font-size: 0.9rem; }
.site-header :focus-visible { outline-color: var(--rd-color-on-primary); }

.menu { background: var(--rd-color-surface); border-bottom: 1px solid var(--rd-color-line); }
.menu ul { display: flex; flex-wrap: wrap; gap: 0 var(--rd-space-4); list-style: none; margin-top: 0; margin-bottom: 0; }
.menu a, .menu a:visited { display: inline-block; padding: var(--rd-space-2) 0; color: var(--rd-color-link); text-decoration: none; border-bottom: 3px solid transparent; }
.menu a:hover { border-bottom-color: var(--rd-color-line-strong); }
.menu a[aria-current="page"] { border-bottom-color: var(--rd-color-link); font-weight: 700; }

.banner { margin-top: 0; margin-bottom: 0; padding-top: var(--rd-space-2); padding-bottom: var(--rd-space-2); color: var(--rd-color-text); }
.banners { background: var(--rd-color-note-bg); border-bottom: 3px solid var(--rd-color-note-line); }
.banner-draft { font-weight: 700; }
.banners-draft { background: var(--rd-color-draft-bg); border-bottom-color: var(--rd-color-draft-line); }

.breadcrumb ol { display: flex; flex-wrap: wrap; list-style: none; padding: 0; margin: var(--rd-space-3) 0 0; font-size: 0.95rem; }
.breadcrumb li + li::before { content: "›"; padding-left: var(--rd-space-2); padding-right: var(--rd-space-2); color: var(--rd-color-muted); }

.lead { font-size: 1.15rem; color: var(--rd-color-muted); max-width: 48rem; }
.prose { max-width: 48rem; overflow-wrap: anywhere; }
.intro { font-size: 1.1rem; }

.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr)); gap: var(--rd-space-3); list-style: none; padding: 0; }
.card { background: var(--rd-color-surface); border: 1px solid var(--rd-color-line); border-radius: var(--rd-radius); padding: var(--rd-space-3); }
.card h3 { margin-top: 0; }
.headline { margin-bottom: var(--rd-space-1); }
.figure { display: block; font-size: 2rem; font-weight: 700; line-height: 1.1; font-variant-numeric: tabular-nums; }
.rate { display: block; color: var(--rd-color-muted); }
.detail { color: var(--rd-color-muted); margin-top: 0; }

.picker h2 { margin-top: var(--rd-space-3); margin-bottom: var(--rd-space-2); }
.picker-list { display: flex; flex-wrap: wrap; gap: var(--rd-space-2); list-style: none; padding: 0; margin: 0; }
.picker-list a { display: inline-block; padding: var(--rd-space-1) var(--rd-space-2); border: 1px solid var(--rd-color-line-strong); border-radius: var(--rd-radius); }
.picker summary { cursor: pointer; font-weight: 700; }
.municipalities { columns: 15rem; padding-left: var(--rd-space-4); }
.municipalities li { break-inside: avoid; }

.years { display: flex; flex-wrap: wrap; align-items: baseline; gap: var(--rd-space-2); }
.years ul { display: flex; flex-wrap: wrap; gap: var(--rd-space-2); list-style: none; padding: 0; margin: 0; }
.years a { display: inline-block; padding: var(--rd-space-1) var(--rd-space-2); border: 1px solid var(--rd-color-line-strong); border-radius: var(--rd-radius); }
.years a[aria-current="page"] { background: var(--rd-color-link); color: var(--rd-color-bg); font-weight: 700; }

.glance h2 { margin-top: var(--rd-space-3); }
.glance-list { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 21rem), 1fr)); gap: var(--rd-space-2) var(--rd-space-3); list-style: none; padding: 0; margin: 0; }
.glance-item { background: var(--rd-color-surface); border-left: 4px solid var(--rd-color-primary); padding: var(--rd-space-2) var(--rd-space-3); font-size: 0.95rem; line-height: 1.4; }
.glance-item h3 { margin: 0 0 var(--rd-space-1); font-size: 1.05rem; }
.glance-value { margin: 0; }
.glance-facts { margin: var(--rd-space-1) 0 0; padding-left: var(--rd-space-3); color: var(--rd-color-text); }

.table-scroll {
  position: relative; overflow-x: auto; max-width: 100%; margin-top: var(--rd-space-3); margin-bottom: var(--rd-space-3);
  /* Shadows at an edge with more table beyond it: covers at the ends scroll along, shadows stay. */
  background:
    linear-gradient(to right, var(--rd-color-bg) 30%, transparent) left / 2rem 100% no-repeat local,
    linear-gradient(to left, var(--rd-color-bg) 30%, transparent) right / 2rem 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.25), transparent) left / 0.75rem 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.25), transparent) right / 0.75rem 100% no-repeat scroll;
}

table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 700; padding-bottom: var(--rd-space-2); }
th, td { padding: var(--rd-space-1) var(--rd-space-2); border-bottom: 1px solid var(--rd-color-line); text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--rd-color-line-strong); vertical-align: bottom; }
tfoot th, tfoot td { font-weight: 700; border-top: 2px solid var(--rd-color-line-strong); }
.num, .figures td { text-align: right; white-space: nowrap; }
thead th.num, .figures thead th:not(:first-child) { text-align: right; white-space: normal; min-width: 4.5em; }
.history .secondary th { font-weight: 400; padding-left: var(--rd-space-4); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.no-figure, .na { color: var(--rd-color-muted); font-style: italic; font-weight: 400; }
.hint { font-size: 0.9rem; color: var(--rd-color-muted); margin-top: 0; }
.source { font-size: 0.95rem; }
.source .label { font-weight: 700; }
.notes { font-size: 0.95rem; }
.notes ul { padding-left: var(--rd-space-4); margin-top: 0; }
.flag { color: var(--rd-color-flag); }
.date { white-space: nowrap; }
.records .date { white-space: normal; }
.records { font-size: 0.95rem; }
.records th, .records td { padding-left: 0.4rem; padding-right: 0.4rem; }

/* Charts: text in the page's colours; bars, lines and markers in chart tokens (>= 3:1 on the background). */
.indicator { margin-bottom: var(--rd-space-4); }
.chart-summary { max-width: 48rem; }
.chart-pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); gap: var(--rd-space-4); align-items: start; }
.chart, .tilemap-figure { margin: var(--rd-space-3) 0; }
.bars { max-width: 44rem; }
.chart figcaption, .tilemap-figure figcaption { font-weight: 700; margin-bottom: var(--rd-space-2); }
.chart svg { display: block; overflow: visible; font-size: 13px; }
.chart text { fill: var(--rd-color-text); }
.chart .gap { fill: var(--rd-color-muted); font-style: italic; }
.bar { fill: var(--rd-chart-bar); }
.reference { stroke: var(--rd-chart-reference); stroke-width: 2; stroke-dasharray: 4 3; }
.chart .reference-label { fill: var(--rd-chart-reference); font-weight: 700; }
/* A label's halo: its copy underneath, in the background's colour, so no reference line runs through it. */
.chart .halo { fill: var(--rd-color-bg); stroke: var(--rd-color-bg); stroke-width: 4px; stroke-linejoin: round; }
.benchmark-1, .benchmark-2, .benchmark-3 { stroke: var(--rd-chart-region); }
.benchmark-1 { stroke-dasharray: 1 3; }
.benchmark-2 { stroke-dasharray: 8 2 2 2; }
.benchmark-3 { stroke-dasharray: 10 5; }
.chart .benchmark-label { fill: var(--rd-color-text); }
.target-mark { fill: var(--rd-color-text); stroke: var(--rd-color-bg); stroke-width: 1; }
.figures .benchmark th, .figures .benchmark td { font-style: italic; }
.table-link, .chart-files { font-size: 0.95rem; }
.embed-code { font-size: 0.95rem; margin: 0 0 var(--rd-space-3); }
.embed-code label { display: block; }
.embed-snippet { display: block; width: 100%; max-width: 48rem; font-family: ui-monospace, monospace; font-size: 0.85rem; }
body.embed main { padding: var(--rd-space-3); }
body.embed h1 { font-size: 1.25rem; margin-top: 0; }

.tilemap { display: grid; gap: 3px; list-style: none; padding: 0; margin: 0; }
.tilemap li { display: flex; flex-direction: column; justify-content: space-between; min-height: 4rem; padding: 0.2rem 0.3rem; border: 1px solid var(--rd-color-line-strong); font-size: 0.75rem; line-height: 1.2; overflow-wrap: anywhere; }
.tilemap b { font-size: 0.95rem; }
.tilemap .tight { font-size: 0.68rem; }
.tilemap .short { display: none; }
@media (max-width: 40rem) {
  .tilemap .long { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .tilemap .short { display: inline; }
}
.shade-1 { background: #eff3ff; color: #1b1b1b; }
.shade-2 { background: #c6dbef; color: #1b1b1b; }
.shade-3 { background: #6baed6; color: #000000; }
.shade-4 { background: #2171b5; color: #ffffff; }
.shade-5 { background: #08306b; color: #ffffff; }
.no-figure-tile { background: repeating-linear-gradient(45deg, #ffffff, #ffffff 5px, #c3ccd6 5px, #c3ccd6 7px); color: #1b1b1b; }
.legend { display: flex; flex-wrap: wrap; gap: var(--rd-space-1) var(--rd-space-3); list-style: none; padding: 0; font-size: 0.9rem; }
.swatch { display: inline-block; width: 1rem; height: 1rem; margin-right: 0.3rem; border: 1px solid var(--rd-color-line-strong); vertical-align: middle; }

/* Stacked counts and periods: told apart by the fill's shape, not its colour alone. */
.tally-0, .period-running { fill: var(--rd-chart-bar); }
.tally-1, .period-ending { stroke: var(--rd-chart-bar); stroke-width: 1.5; }
.tally-2, .period-ended { fill: var(--rd-color-bg); stroke: var(--rd-chart-reference); stroke-width: 2; stroke-dasharray: 4 2; }
.tally-3 { fill: var(--rd-color-bg); stroke: var(--rd-chart-muted); stroke-width: 2; }
.hatch-ground { fill: var(--rd-color-bg); }
.hatch-line { stroke: var(--rd-chart-bar); stroke-width: 2.5; }
.chart .legend-swatch { display: inline-block; vertical-align: middle; }
.tally .bars { max-width: 44rem; }

.spark { display: block; width: 96px; height: 26px; }
.spark polyline { fill: none; stroke: var(--rd-chart-bar); stroke-width: 2; }
.spark circle { fill: var(--rd-chart-bar); }
.spark-cell { width: 7rem; }
.break { stroke: var(--rd-chart-reference); stroke-width: 1.5; stroke-dasharray: 2 2; }
.break-note { font-size: 0.95rem; max-width: 48rem; }

.line-charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr)); gap: var(--rd-space-3) var(--rd-space-4); }
.line-chart figcaption { font-size: 0.95rem; }
.grid { stroke: var(--rd-color-line); }
.chart .axis { fill: var(--rd-color-muted); font-size: 12px; }
.series-own { fill: none; stroke: var(--rd-chart-bar); stroke-width: 2.5; }
.series-region { fill: none; stroke: var(--rd-chart-region); stroke-width: 2; stroke-dasharray: 6 4; }
.marker-own { fill: var(--rd-chart-bar); }
.marker-region { fill: var(--rd-color-bg); stroke: var(--rd-chart-region); stroke-width: 2; }
.line-legend { font-size: 0.9rem; margin-top: var(--rd-space-1); }
.key { display: inline-block; width: 1.6rem; margin-right: 0.3rem; vertical-align: middle; border-top: 3px solid var(--rd-chart-bar); }
.key-region { margin-left: var(--rd-space-3); border-top: 3px dashed var(--rd-chart-region); }
.series-benchmark-1, .series-benchmark-2, .series-benchmark-3 { fill: none; stroke: var(--rd-chart-region); stroke-width: 2; }
.series-benchmark-1 { stroke-dasharray: 1 3; }
.series-benchmark-2 { stroke-dasharray: 8 2 2 2; }
.series-benchmark-3 { stroke-dasharray: 10 5; }
.key-benchmark-1, .key-benchmark-2, .key-benchmark-3 { margin-left: var(--rd-space-3); border-top: 3px dotted var(--rd-chart-region); }
.key-benchmark-2, .key-benchmark-3 { border-top-style: dashed; }
.key-target { margin-left: var(--rd-space-3); width: 1rem; border-top: 4px solid var(--rd-color-text); }
.chart-table summary { cursor: pointer; }

.compares { list-style: none; padding: 0; }
.compares li { max-width: 48rem; margin-bottom: var(--rd-space-3); }
.strip { display: block; max-width: 26rem; margin-top: var(--rd-space-1); overflow: hidden; }
.strip path { fill: none; }
.strip .tick { stroke: var(--rd-chart-muted); stroke-width: 2; fill: var(--rd-chart-muted); }
.strip .own { fill: var(--rd-chart-bar); font-size: 16px; }
.strip .axis { fill: var(--rd-color-muted); font-size: 11px; }
.strip-key { font-size: 0.9rem; color: var(--rd-color-muted); }
.own-mark { color: var(--rd-chart-bar); }
.tick-mark { color: var(--rd-chart-muted); font-weight: 700; }
.reference-mark { color: var(--rd-chart-reference); font-weight: 700; }
.arrow { font-weight: 700; }

.progress-list { display: grid; gap: var(--rd-space-2); list-style: none; padding: 0; max-width: 48rem; }
.progress-list li { display: grid; grid-template-columns: minmax(6rem, 10rem) minmax(4rem, 1fr); gap: 0 var(--rd-space-3); align-items: center; }
.progress-text { grid-column: 2; font-size: 0.95rem; }
.progress-bar { height: 0.9rem; border: 1px solid var(--rd-color-line-strong); background: var(--rd-color-surface); }
.progress-bar span { display: block; height: 100%; background: var(--rd-chart-bar); }
.stars { color: var(--rd-star); letter-spacing: 0.1em; }

.narratives { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr)); gap: var(--rd-space-3); }
.narrative { border-top: 3px solid var(--rd-color-primary); padding-top: var(--rd-space-1); }
.narratives .narrative { background: var(--rd-color-surface); padding: var(--rd-space-2) var(--rd-space-3); }
.narrative h3 { margin-top: var(--rd-space-2); }
.narrative-title { font-weight: 700; margin-top: 0; }
.narrative-year { font-weight: 400; color: var(--rd-color-muted); }
.narrative-summary { margin-top: 0; }
.narrative-text summary { cursor: pointer; font-weight: 700; }
.narrative-links ul { display: flex; flex-wrap: wrap; gap: var(--rd-space-1) var(--rd-space-3); list-style: none; padding: 0; font-size: 0.95rem; }
.narrative:target { outline: 3px solid var(--rd-color-focus); outline-offset: 2px; }
.badge { font-size: 0.8rem; font-weight: 400; border: 1px solid currentColor; border-radius: var(--rd-radius); padding: 0 var(--rd-space-1); }
.missing { color: var(--rd-color-muted); }
.tags { font-size: 0.95rem; }
.topics { columns: 16rem; padding-left: 1.25rem; }
.topic-count, .passage .narrative-year { color: var(--rd-color-muted); }
.passage h3 { margin-bottom: 0; }
.search-query { display: flex; flex-wrap: wrap; gap: var(--rd-space-1); align-items: end; }
.search-query label { flex-basis: 100%; font-weight: 700; }
.search-query input { flex: 1 1 16rem; font: inherit; padding: var(--rd-space-1); border: 1px solid currentColor; border-radius: var(--rd-radius); }
.search button { font: inherit; padding: var(--rd-space-1) var(--rd-space-3); }
.search-hint { font-size: 0.95rem; color: var(--rd-color-muted); }
.search-filters { display: flex; flex-wrap: wrap; gap: var(--rd-space-2) var(--rd-space-3); }
.search-filters label { display: block; }
.search-filters select { font: inherit; max-width: 100%; }
.search-status { font-weight: 700; }
.search-results { padding-left: 0; list-style: none; }
.search-results li { border-top: 1px solid var(--rd-color-line); padding: var(--rd-space-1) 0; }
.search-results h2 { font-size: 1.15rem; margin: var(--rd-space-1) 0 0; }
.result-meta { color: var(--rd-color-muted); margin: 0; }
.snippet mark { background: var(--rd-color-mark); color: inherit; }

.downloads { padding-left: var(--rd-space-4); }

.site-footer { background: var(--rd-color-surface); border-top: 1px solid var(--rd-color-line); padding-top: var(--rd-space-4); padding-bottom: var(--rd-space-4); font-size: 0.95rem; }
.footer-links { display: flex; flex-wrap: wrap; gap: var(--rd-space-1) var(--rd-space-4); list-style: none; padding: 0; }
.made-with { color: var(--rd-color-muted); }

@media print {
  :root { --rd-color-bg: #fff; --rd-color-text: #000; --rd-color-surface: #fff; --rd-color-link: #000; --rd-font-size: 10.5pt; }
  @page { size: A4; margin: 15mm; }
  .skip-link, .menu, .breadcrumb, .years, .hint, .footer-links { display: none; }
  .site-header { background: none; color: #000; border-bottom: 1pt solid #000; }
  .site-title, .site-region { color: #000; }
  .table-scroll { overflow: visible; background: none; }
  table, .narrative, figure, .indicator, .compares li, .progress-list li, .glance-item { break-inside: avoid; }
  h3, h4 { break-after: avoid; }
  .table-link, .chart-files, .embed-code, .chart-table, .narrative-links { display: none; }
  .site-footer { background: none; border-top: 1pt solid #000; }
  /* Nothing after the last part: its trailing margins alone would make a blank last page. */
  main > :last-child details:last-child,
  main > :last-child div:last-child,
  main > :last-child table:last-child,
  main > :last-child figure:last-child,
  main > :last-child section:last-child,
  main > :last-child p:last-child,
  main > :last-child ul:last-child,
  main > :last-child ol:last-child { margin-bottom: 0; }
  h2, h3 { break-after: avoid; }
  a { color: #000; text-decoration: none; }
  .site-publisher { color: #000; }
  /* Paper drops backgrounds: the tiles keep their figures in black, without shading or its legend. */
  .tilemap li { background: none; color: #000; }
  .tilemap-figure .legend { display: none; }
  /* A bar's fill as a border, which paper keeps. */
  .progress-bar span { background: none; height: 0; border-top: 0.8rem solid var(--rd-chart-bar); }
  .handout-link, .more { display: none; }
  .site-footer { padding-top: 2mm; padding-bottom: 0; font-size: 8.5pt; }
  .site-footer .wrap { display: flex; flex-wrap: wrap; gap: 0 5mm; }
  .site-footer p { margin: 0; }
  /* A profile and a handout say their reference date at the top and the publisher in the header: no footer to spill onto a page of its own. */
  .profile .site-footer, .handout .site-footer { display: none; }
  .profile main, .handout main { padding-bottom: 0; }
  /* A handout: two A4 pages at most. */
  .handout { --rd-font-size: 9.5pt; --rd-line-height: 1.35; }
  .handout .brand { padding-top: 0; padding-bottom: 1mm; }
  .handout .banner { padding-top: 1mm; padding-bottom: 1mm; font-size: 8.5pt; }
  .handout h1 { font-size: 16pt; margin: 3mm 0 1mm; }
  .handout h2 { font-size: 12pt; margin: 4mm 0 1.5mm; }
  .handout h3 { font-size: 10.5pt; margin: 3mm 0 1mm; }
  .handout .lead { font-size: 9.5pt; margin: 0 0 2mm; }
  .handout .source, .handout .strip-key { font-size: 8.5pt; }
  .handout p { margin: 0 0 1.5mm; }
  .handout .compares li { margin-bottom: 1.5mm; }
  .handout .strip { max-width: 70mm; }
  .handout .table-scroll { margin: 1.5mm 0; }
  .handout th, .handout td { padding: 0.5mm 1.5mm; }
  .handout .profile { width: 100%; }
  .handout .profile tbody th { width: 30%; }
  .handout .line-charts { grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 1mm 4mm; }
  .handout .chart { margin: 1mm 0; }
  .handout .chart figcaption { font-size: 9pt; margin-bottom: 0.5mm; }
  .handout .line-legend { font-size: 8pt; margin: 0; }
}
"""#
}

// The report's stylesheet. System fonts only: nothing is fetched from the web.
export const REPORT_CSS = `
:root { --ink: #111827; --muted: #6b7280; --line: #e5e7eb; --bg: #f9fafb; --accent: #1d4ed8; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: var(--bg); }
header, main { max-width: 1240px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 18px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 0 0 10px; }
h3 { font-size: 14px; margin: 0 0 6px; }
.meta { color: var(--muted); margin: 0 0 12px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; margin: 0 0 16px; }
#filters { padding-top: 10px; padding-bottom: 10px; }
/* Filters stay in view while scrolling, where the screen is tall enough to spare the room. */
@media (min-height: 760px) and (min-width: 900px) {
  #filters { position: sticky; top: 0; z-index: 5; box-shadow: 0 2px 6px rgba(0,0,0,.08); }
}
.filters-head { display: flex; gap: 16px; align-items: baseline; flex-wrap: wrap; }
.filters-head h2 { margin-bottom: 6px; }
#filter-form { display: flex; flex-wrap: wrap; gap: 10px 14px; align-items: flex-end; }
#filter-form label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 2px; }
#filter-form select, #filter-form input { font: inherit; color: var(--ink); padding: 4px 6px; border: 1px solid #d1d5db;
  border-radius: 4px; background: #fff; max-width: 175px; }
#filter-form input[type=search] { width: 190px; }
button { font: inherit; cursor: pointer; }
#filter-form button, #pager button { padding: 4px 10px; border: 1px solid #d1d5db; border-radius: 4px; background: #f3f4f6; }
#status { margin: 0; font-weight: 600; }
.note { color: var(--muted); font-size: 13px; margin: 8px 0 0; }
.chart { width: 100%; min-height: 60px; }
.chart[data-error] { color: #b91c1c; }
.scroll-x { overflow-x: auto; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 16px 28px; }
figure { margin: 0; }
fieldset.grain { border: 0; padding: 0; margin: 0 0 8px; display: flex; gap: 12px; }
fieldset.grain legend { float: left; margin-right: 6px; color: var(--muted); }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { font-size: 12px; color: var(--muted); white-space: nowrap; }
th button { border: 0; background: none; padding: 0; font-weight: 600; color: inherit; }
th[aria-sort=ascending] button::after { content: " \\25B2"; }
th[aria-sort=descending] button::after { content: " \\25BC"; }
tr.event-row { cursor: pointer; }
tr.event-row:hover { background: #f3f4f6; }
button.open { border: 1px solid #d1d5db; border-radius: 4px; background: #fff; width: 28px; height: 24px; }
.sub { display: block; color: var(--muted); font-size: 12px; }
.muted { color: var(--muted); }
.tactic { border-left: 4px solid #999; padding-left: 6px; }
tr.evidence-row > td { background: #f8fafc; }
.evidence .sentence { font-size: 16px; line-height: 1.6; margin: 4px 0 6px; max-width: 80em; }
.evidence dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0 0; }
.evidence dt { color: var(--muted); }
.evidence dd { margin: 0; }
.hl { border-radius: 3px; padding: 0 2px; }
.hl-trigger { background: #fde047; font-weight: 700; outline: 1px solid #ca8a04; }
.hl-perpetrator { background: #fecaca; }
.hl-target { background: #bbf7d0; }
.hl-place { background: #bfdbfe; }
.hl-date { background: #e9d5ff; }
.hl-legend { display: flex; gap: 8px; font-size: 12px; margin: 0; }
#pager { display: flex; gap: 10px; align-items: center; margin-top: 10px; }
.empty { font-size: 16px; padding: 20px 0; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.about li { margin-bottom: 4px; }
`;

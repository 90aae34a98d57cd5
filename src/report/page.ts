// Assembles the one self-contained HTML document: styles, static sections,
// the data as JSON blocks, the vendored chart libraries and the page script,
// all inline so the file works with no network.
import { CLIENT_JS } from './client/index.js';
import { escapeHtml, jsonForScript } from './escape.js';
import type { ReportInput } from './render.js';
import { buildModel } from './model.js';
import { ABOUT_HTML, CHARTS_HTML, FILTERS_HTML, headerHtml, TABLE_HTML } from './sections.js';
import { REPORT_CSS } from './styles.js';
import { loadVendor } from './vendor.js';

function documentHtml(input: ReportInput, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Transnational repression events: ${escapeHtml(input.generatedFrom)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${headerHtml(input)}
${body}
</body>
</html>
`;
}

export function renderEmpty(input: ReportInput): string {
  return documentHtml(input, `<main>
<section aria-labelledby="none-h">
<h2 id="none-h">No events</h2>
<p class="empty" id="no-events">No events were extracted from <code>${escapeHtml(input.generatedFrom)}</code>, so there is nothing to chart.</p>
</section>
</main>`);
}

export function renderFull(input: ReportInput): string {
  const model = buildModel(input.events);
  const vendor = loadVendor();
  const libraries = vendor.scripts
    .map((s) => `<script data-lib="${s.name}">${s.source}</script>`)
    .join('\n');
  return documentHtml(input, `<main>
<noscript><p class="empty">This report needs JavaScript for its charts and table.</p></noscript>
${FILTERS_HTML}
${CHARTS_HTML}
${TABLE_HTML}
${ABOUT_HTML}
</main>
<script type="application/json" id="report-data">${jsonForScript({
    generatedFrom: input.generatedFrom,
    runSummary: input.runSummary ?? null,
    ...model,
  })}</script>
<script type="application/json" id="world-data">${jsonForScript(vendor.worldTopo)}</script>
${libraries}
<script>
(function () {
'use strict';
${CLIENT_JS}
})();
</script>`);
}

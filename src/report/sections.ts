// Static HTML of the report's sections. Only escaped text from the input goes
// in here; everything drawn from the events is filled in by the page script
// through textContent.
import { escapeHtml } from './escape.js';
import type { ReportInput } from './render.js';

export function headerHtml(input: ReportInput): string {
  const n = input.events.length;
  const parts = [`${n} event${n === 1 ? '' : 's'} extracted from <code>${escapeHtml(input.generatedFrom)}</code>`];
  const s = input.runSummary;
  if (s) {
    parts.push(`${s.files} file${s.files === 1 ? '' : 's'} read, ${s.skipped} skipped`);
    const langs = Object.keys(s.byLanguage).sort().map((k) => `${escapeHtml(k)}: ${s.byLanguage[k]}`);
    if (langs.length) parts.push(`files by language: ${langs.join(', ')}`);
  }
  return `<header>
<h1>Transnational repression events</h1>
<p class="meta">${parts.join(' · ')}</p>
</header>`;
}

function select(id: string, label: string, any: string): string {
  return `<label for="${id}">${label}<select id="${id}"><option value="">${any}</option></select></label>`;
}

export const FILTERS_HTML = `<section id="filters" aria-labelledby="filters-h">
<div class="filters-head">
<h2 id="filters-h">Filters <span class="sr-only">(apply to every chart and to the table)</span></h2>
<p id="status" role="status" aria-live="polite"></p>
</div>
<form id="filter-form" role="search">
<label for="f-q">Search text<input type="search" id="f-q" placeholder="words in sentence, names, file"></label>
${select('f-perp', 'Perpetrator country', 'All countries')}
${select('f-tactic', 'Tactic', 'All tactics')}
${select('f-host', 'Host country (place)', 'All countries')}
${select('f-from', 'From year', 'Any')}
${select('f-to', 'To year', 'Any')}
${select('f-lang', 'Language', 'All languages')}
<button type="reset">Reset filters</button>
</form>
</section>`;

export const CHARTS_HTML = `<section aria-labelledby="time-h">
<h2 id="time-h">Events over time, by tactic</h2>
<fieldset class="grain"><legend>Bars per</legend>
<label><input type="radio" name="grain" value="year" checked> year</label>
<label><input type="radio" name="grain" value="month"> month</label>
</fieldset>
<div id="chart-time" class="chart"></div>
<p class="note" id="time-note"></p>
</section>
<section aria-labelledby="map-h">
<h2 id="map-h">Where: host countries and places</h2>
<div id="chart-map" class="chart"></div>
<p class="note" id="map-note"></p>
</section>
<section aria-labelledby="flows-h">
<h2 id="flows-h">Who acted where: perpetrator country → host country</h2>
<div class="scroll-x"><div id="chart-flows"></div></div>
<p class="note">Each cell counts events by the perpetrator's state (rows) and the country where the act took place (columns). “(unknown)” means the text did not let the pipeline tell the country.</p>
</section>
<section aria-labelledby="counts-h">
<h2 id="counts-h">Counts</h2>
<div class="grid">
<figure aria-labelledby="c-tactic-h"><h3 id="c-tactic-h">By tactic</h3><div id="chart-tactic" class="chart"></div></figure>
<figure aria-labelledby="c-perp-h"><h3 id="c-perp-h">By perpetrator country</h3><div id="chart-perp" class="chart"></div></figure>
<figure aria-labelledby="c-target-h"><h3 id="c-target-h">By target group</h3><div id="chart-target" class="chart"></div></figure>
<figure aria-labelledby="c-lang-h"><h3 id="c-lang-h">By language of the article</h3><div id="chart-lang" class="chart"></div></figure>
</div>
</section>`;

function th(key: string, label: string): string {
  return `<th scope="col" data-sort="${key}" aria-sort="none"><button type="button">${label}</button></th>`;
}

export const TABLE_HTML = `<section aria-labelledby="events-h">
<h2 id="events-h">Events</h2>
<p class="note">Open a row (its ▸ button, Enter or a click) to read the evidence sentence: <mark class="hl hl-trigger">trigger</mark> <mark class="hl hl-perpetrator">perpetrator</mark> <mark class="hl hl-target">target</mark> <mark class="hl hl-place">place</mark> <mark class="hl hl-date">date</mark>. Click a column heading to sort.</p>
<div class="scroll-x">
<table id="events">
<caption class="sr-only">Extracted events, filtered by the filters above</caption>
<thead><tr><th scope="col"><span class="sr-only">Evidence</span></th>${th('date', 'Date')}${th('tactic', 'Tactic')}${th('perp', 'Perpetrator')}${th('target', 'Target')}${th('place', 'Place')}${th('lang', 'Lang')}${th('file', 'Source')}</tr></thead>
<tbody id="rows"></tbody>
</table>
</div>
<nav id="pager" aria-label="Table pages" hidden><button type="button" id="prev-page">Previous</button><span id="page-info"></span><button type="button" id="next-page">Next</button></nav>
</section>`;

export const ABOUT_HTML = `<section class="about" aria-labelledby="about-h">
<h2 id="about-h">About this report</h2>
<ul>
<li>Each event is one repressive act found in one sentence; its tactic is one of 14 codes (CAMEO and PLOVER equivalents shown with the evidence).</li>
<li>Host country is where the act took place; perpetrator country is the state responsible. Neither is guessed where the text does not tell.</li>
<li>Dates keep the precision the text gives: a year-only date is counted in year bars only.</li>
<li>Everything this page needs is inside this file (charts by Vega-Lite, country shapes from Natural Earth via world-atlas); it opens offline.</li>
</ul>
</section>`;

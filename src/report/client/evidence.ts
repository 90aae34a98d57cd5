// Browser code (see state.ts): the evidence panel of one event: its sentence
// with the trigger and the named slots highlighted (ranges computed in Node,
// see ../highlight.ts), and where the sentence comes from.
export const EVIDENCE_JS = String.raw`
const HL_NAMES = { trigger: 'trigger', perpetrator: 'perpetrator', target: 'target', place: 'place', date: 'date' };

function tacticSwatch(code) {
  const scheme = (window.vega && vega.scheme('tableau20')) || ['#4c78a8'];
  return scheme[(TACTIC_RANK[code] || 0) % scheme.length];
}

function sentenceElement(r) {
  const p = el('p', 'sentence');
  p.lang = r.lang === 'en' ? 'en' : r.lang === 'nn' ? 'nn' : 'nb';
  let at = 0;
  r.hl.forEach(function (h) {
    if (h[0] > at) p.appendChild(document.createTextNode(r.sentence.slice(at, h[0])));
    const m = el('mark', 'hl hl-' + h[2], r.sentence.slice(h[0], h[1]));
    m.dataset.kind = h[2];
    m.title = HL_NAMES[h[2]];
    p.appendChild(m);
    at = h[1];
  });
  if (at < r.sentence.length) p.appendChild(document.createTextNode(r.sentence.slice(at)));
  return p;
}

function detail(dl, term, value) {
  if (!value) return;
  dl.appendChild(el('dt', null, term));
  dl.appendChild(el('dd', null, value));
}

function joinParts(parts) { return parts.filter(Boolean).join(' \u00B7 '); }

function evidenceRow(r) {
  const tr = el('tr', 'evidence-row');
  const td = el('td');
  td.colSpan = COLUMNS;
  td.id = 'ev-' + r.index;
  const box = el('div', 'evidence');
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', 'Evidence for event ' + r.id);
  box.appendChild(sentenceElement(r));
  const legend = el('p', 'hl-legend');
  const kinds = r.hl.map(function (h) { return h[2]; });
  Object.keys(HL_NAMES).filter(function (k) { return kinds.indexOf(k) >= 0; }).forEach(function (k) {
    legend.appendChild(el('span', 'hl hl-' + k, HL_NAMES[k]));
  });
  box.appendChild(legend);
  const dl = el('dl');
  detail(dl, 'Article', r.title || '(untitled)');
  detail(dl, 'Published', r.published || 'unknown');
  detail(dl, 'File', r.file);
  detail(dl, 'Tactic', joinParts([r.label + ' (' + r.tactic + ')', r.cameo && 'CAMEO ' + r.cameo, r.plover && 'PLOVER ' + r.plover]));
  if (r.polarity === 'denied') detail(dl, 'Polarity', 'denied: the text reports this act as denied');
  detail(dl, 'Perpetrator', joinParts([r.perp, r.perpType, r.perpCountry && countryName(r.perpCountry) + ' (' + r.perpCountry + ')']));
  detail(dl, 'Target', joinParts([r.target, r.targetType]));
  detail(dl, 'Place', joinParts([r.place, r.host && countryName(r.host) + ' (' + r.host + ')', r.placePrecision,
    r.lat !== null && r.lon !== null ? r.lat.toFixed(3) + ', ' + r.lon.toFixed(3) : null]));
  detail(dl, 'Date', r.date && joinParts(['\u201C' + r.dateText + '\u201D', r.date, r.datePrecision + ' precision']));
  detail(dl, 'Event id', r.id);
  box.appendChild(dl);
  td.appendChild(box);
  tr.appendChild(td);
  return tr;
}
`;

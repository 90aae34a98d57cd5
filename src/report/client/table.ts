// Browser code (see state.ts): the event table. Rows are built for the
// filtered, sorted set, at most PAGE_SIZE at a time; each row's button opens
// its evidence sentence (built by evidence.ts) in a row below it.
export const TABLE_JS = String.raw`
const PAGE_SIZE = 500;
const COLUMNS = 8;
const openIds = new Set();
const SORT_KEYS = {
  date: function (r) { return r.date || ''; },
  tactic: function (r) { return r.label; },
  perp: function (r) { return r.perpCountry ? countryName(r.perpCountry) + ' ' + (r.perp || '') : (r.perp || ''); },
  target: function (r) { return r.target || ''; },
  place: function (r) { return r.host ? countryName(r.host) + ' ' + (r.place || '') : (r.place || ''); },
  lang: function (r) { return r.lang; },
  file: function (r) { return r.file; }
};

function sortRows(rows) {
  if (!state.sortKey) return rows;
  const key = SORT_KEYS[state.sortKey];
  return rows.slice().sort(function (a, b) {
    const ka = key(a), kb = key(b);
    if (!ka !== !kb) return ka ? -1 : 1; // empty values last in both directions
    return ka.localeCompare(kb, 'en') * state.sortDir || a.index - b.index;
  });
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

function cell(main, sub) {
  const td = el('td');
  td.appendChild(el('span', main ? '' : 'muted', main || '—'));
  if (sub) td.appendChild(el('span', 'sub', sub));
  return td;
}

function rowElement(r) {
  const tr = el('tr', 'event-row');
  tr.dataset.id = r.id;
  const btnCell = el('td');
  const btn = el('button', 'open');
  btn.type = 'button';
  btn.setAttribute('aria-expanded', openIds.has(r.id) ? 'true' : 'false');
  btn.setAttribute('aria-controls', 'ev-' + r.index);
  btn.setAttribute('aria-label', 'Evidence for event ' + r.id);
  btn.textContent = openIds.has(r.id) ? '\u25BE' : '\u25B8';
  btnCell.appendChild(btn);
  tr.appendChild(btnCell);
  tr.appendChild(cell(r.date, r.dateText && r.dateText !== r.date ? '\u201C' + r.dateText + '\u201D' : null));
  const tactic = cell(r.label, r.polarity === 'denied' ? 'denied' : null);
  tactic.firstChild.style.borderLeftColor = tacticSwatch(r.tactic);
  tactic.firstChild.classList.add('tactic');
  tr.appendChild(tactic);
  tr.appendChild(cell(r.perp, r.perpCountry ? countryName(r.perpCountry) : null));
  tr.appendChild(cell(r.target, r.targetType));
  tr.appendChild(cell(r.place, r.host ? countryName(r.host) : null));
  tr.appendChild(cell(r.lang));
  tr.appendChild(cell(r.file, r.title));
  return tr;
}

function toggle(r, tr) {
  if (openIds.has(r.id)) openIds.delete(r.id); else openIds.add(r.id);
  const next = tr.nextSibling;
  if (next && next.classList.contains('evidence-row')) next.remove();
  if (openIds.has(r.id)) tr.after(evidenceRow(r));
  const btn = tr.querySelector('button.open');
  btn.setAttribute('aria-expanded', openIds.has(r.id) ? 'true' : 'false');
  btn.textContent = openIds.has(r.id) ? '\u25BE' : '\u25B8';
}

function renderTable(rows) {
  const sorted = sortRows(rows);
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  state.page = Math.min(state.page, pages - 1);
  const first = state.page * PAGE_SIZE;
  const slice = sorted.slice(first, first + PAGE_SIZE);
  const tbody = document.getElementById('rows');
  const frag = document.createDocumentFragment();
  slice.forEach(function (r) {
    const tr = rowElement(r);
    tr.addEventListener('click', function (ev) {
      if (ev.target.closest('a') || (ev.target.closest('button') && !ev.target.closest('button.open'))) return;
      toggle(r, tr);
    });
    frag.appendChild(tr);
    if (openIds.has(r.id)) frag.appendChild(evidenceRow(r));
  });
  if (!slice.length) {
    const tr = el('tr', 'empty-row');
    const td = el('td', null, 'No events match the filters.');
    td.colSpan = COLUMNS;
    tr.appendChild(td);
    frag.appendChild(tr);
  }
  tbody.textContent = '';
  tbody.appendChild(frag);
  const pager = document.getElementById('pager');
  pager.hidden = pages < 2;
  document.getElementById('page-info').textContent = 'Page ' + (state.page + 1) + ' of ' + pages +
    ' (events ' + (sorted.length ? first + 1 : 0) + '\u2013' + (first + slice.length) + ' of ' + sorted.length + ')';
  document.getElementById('prev-page').disabled = state.page === 0;
  document.getElementById('next-page').disabled = state.page >= pages - 1;
}

function initTable(getRows) {
  document.querySelectorAll('th[data-sort] button').forEach(function (btn) {
    btn.addEventListener('click', function () {
      const key = btn.parentNode.dataset.sort;
      if (state.sortKey === key) state.sortDir = -state.sortDir; else { state.sortKey = key; state.sortDir = 1; }
      document.querySelectorAll('th[data-sort]').forEach(function (th) {
        th.setAttribute('aria-sort', th.dataset.sort !== key ? 'none' : state.sortDir > 0 ? 'ascending' : 'descending');
      });
      state.page = 0;
      renderTable(getRows());
    });
  });
  document.getElementById('prev-page').addEventListener('click', function () { state.page--; renderTable(getRows()); });
  document.getElementById('next-page').addEventListener('click', function () { state.page++; renderTable(getRows()); });
}
`;

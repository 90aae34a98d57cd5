// Browser code (see state.ts): the sentences under the charts that say what
// was counted and what was left out, recomputed for the filtered rows.
export const NOTES_JS = String.raw`
function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

function setNote(id, text) { document.getElementById(id).textContent = text; }

function updateNotes(rows) {
  const undated = rows.filter(function (r) { return r.year === null; }).length;
  const yearOnly = rows.filter(function (r) { return r.year !== null && !r.month; }).length;
  const skipped = undated ? ' ' + plural(undated, 'undated event is', 'undated events are') + ' not shown.' : '';
  setNote('time-note', state.grain === 'year'
    ? 'Year bars count every dated event, whatever the precision of its date (day, month or year).' + skipped
    : 'Month bars count only events dated to a month or a day.' + (yearOnly
      ? ' ' + plural(yearOnly, 'event dated only to a year is', 'events dated only to a year are') +
        ' left out of this view rather than spread over the months of its year (switch to years to see ' +
        (yearOnly === 1 ? 'it' : 'them') + ').'
      : '') + skipped);

  const noHost = rows.filter(function (r) { return !r.host; }).length;
  const v = mapValues(rows);
  let text = 'Shading: events per host country (the country where the act took place). ' +
    'Circles: events at places with coordinates (a city or region), sized by count. ' +
    (noHost ? plural(noHost, 'event has no host country and is', 'events have no host country and are') + ' not on the map.' : '');
  if (v.small.length) {
    text += ' Squares mark countries too small for the map\u2019s 1:110m shapes: ' + v.small
      .map(function (s) { return s.name + ' (' + s.count + ')'; }).join(', ') + '.';
  }
  setNote('map-note', text);
}
`;

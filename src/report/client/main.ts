// Browser code (see state.ts): wires filters, table and charts together.
// One filtered set of rows (current) feeds every view.
export const MAIN_JS = String.raw`
let current = ROWS;

function updateStatus(rows) {
  document.getElementById('status').textContent = 'Showing ' + rows.length + ' of ' + ROWS.length + ' events' +
    ((state.from || state.to) ? ' (undated events are hidden while a year range is set)' : '') + '.';
}

function refresh() {
  current = ROWS.filter(matches);
  state.page = 0;
  renderTable(current);
  updateStatus(current);
  return updateCharts(current);
}

initFilters(refresh);
initTable(function () { return current; });
renderTable(current);
updateStatus(current);

document.querySelectorAll('input[name="grain"]').forEach(function (radio) {
  radio.addEventListener('change', function () {
    state.grain = radio.value;
    embedTime(current).then(function () { updateNotes(current); });
  });
});

if (typeof vegaEmbed !== 'function') {
  document.body.dataset.chartsReady = 'error';
} else {
  initCharts(current).then(function () {
    document.body.dataset.chartsReady = 'true';
  }, function (err) {
    document.body.dataset.chartsReady = 'error';
    console.error(err);
  });
}
`;

// The HTML report researchers open: one self-contained file with charts
// (time, map, flows, counts) and a searchable event table with evidence.
// See README.md in this folder for what it shows and why Vega-Lite.
export { renderReport, type ReportInput } from './render.js';
export { writeReportFile } from './write.js';

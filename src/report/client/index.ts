// The page's script, in dependency order. Each part is a string of plain
// browser JavaScript; they share one function scope (see ../page.ts).
import { CHARTS_JS } from './charts.js';
import { EVIDENCE_JS } from './evidence.js';
import { MAIN_JS } from './main.js';
import { NOTES_JS } from './notes.js';
import { SPECS_JS } from './specs.js';
import { STATE_JS } from './state.js';
import { TABLE_JS } from './table.js';

export const CLIENT_JS = [STATE_JS, SPECS_JS, CHARTS_JS, NOTES_JS, EVIDENCE_JS, TABLE_JS, MAIN_JS].join('\n');

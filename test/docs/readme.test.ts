// The README states behaviour that code decides; these checks keep the two
// in step where a reader relies on exact lists: the characters the CSV
// neutralises and the codes a run report can hold.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../src/output/csv-row.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

const README = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8');

/** The README paragraph that starts with `start`, up to the next blank line or heading. */
function paragraph(start: string, until = /\n\s*\n/): string {
  const from = README.indexOf(start);
  expect(from, `README has "${start}"`).toBeGreaterThanOrEqual(0);
  const rest = README.slice(from);
  const end = rest.search(until);
  return (end < 0 ? rest : rest.slice(0, end)).replace(/\s+/g, ' ');
}

describe('README', () => {
  it('names every leading character the CSV neutralises, and only those', () => {
    const note = paragraph('Spreadsheet safety:').split(' is prefixed')[0];
    // How the README names each candidate character.
    const names: [string, string][] = [
      ['=', '`=`'], ['+', '`+`'], ['-', '`-`'], ['@', '`@`'], ['\t', 'a tab'], ['\r', 'a carriage return'], ['\0', 'NUL'],
      ['\n', 'a line feed'], ['|', '`|`'], ['%', '`%`'], [' ', 'a space'],
    ];
    for (const [c, name] of names) {
      const neutralised = neutraliseCell(`${c}1+1`).startsWith("'");
      expect(note.includes(name), `${JSON.stringify(c)}: neutralised ${neutralised}, README says ${note.includes(name)}`).toBe(neutralised);
    }
  });

  it('lists every code a run report can hold, and no other', () => {
    const emitted = new Set<string>(['skipped-language']); // written by run-report.ts itself
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.ts')) for (const m of readFileSync(p, 'utf8').matchAll(/\bcode: '([a-z0-9-]+)'/g)) emitted.add(m[1]);
      }
    };
    walk(join(PACKAGE_ROOT, 'src'));
    // Info-level notes never reach the run report (it lists errors as skipped, warnings as warnings).
    for (const info of ['utf16', 'mixed-language']) emitted.delete(info);
    const section = paragraph('`run-report.json` lists', /\n## /);
    const listed = new Set([...section.matchAll(/`([a-z0-9]+(?:-[a-z0-9]+)*)`/g)].map((m) => m[1]));
    expect([...emitted].filter((c) => !listed.has(c)), 'codes missing from the README').toEqual([]);
    expect([...listed].filter((c) => !emitted.has(c)), 'codes the README lists that nothing emits').toEqual([]);
  });
});

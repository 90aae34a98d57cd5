// Reading a gold `.jsonl` and an events file (JSON array, NDJSON, or an
// object with an `events` array), as the reference scorer does.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldDoc } from './score.js';

export function readGold(path: string): GoldDoc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l, i) => [l, i + 1] as const)
    .filter(([l]) => l.trim())
    .map(([l, n]) => {
      try {
        return JSON.parse(l) as GoldDoc;
      } catch (err) {
        throw new Error(`${path}:${n}: not valid JSON (${(err as Error).message})`);
      }
    });
}

export function readEvents(path: string): Record<string, unknown>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trim();
  if (!text) return [];
  if (text.startsWith('[')) return JSON.parse(text);
  const parsed = JSON.parse(text.startsWith('{') && !text.includes('\n') ? text : 'null');
  if (parsed && Array.isArray(parsed.events)) return parsed.events;
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

export function corpusReader(dir: string): (file: string) => string | null {
  return (file) => {
    const p = join(dir, file);
    return existsSync(p) ? readFileSync(p, 'utf8').replace(/^\uFEFF/, '') : null;
  };
}

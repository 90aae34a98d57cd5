// Top self-time functions of the .cpuprofile files in a folder (all threads
// summed), as a small text table.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const shortUrl = (url) => url.replace(/^.*?\/(node_modules\/.*|src\/.*|dist\/src\/.*|scripts\/.*)$/, '$1');

export function topSelfTime(dir, n = 25) {
  const self = new Map();
  let total = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.cpuprofile'))) {
    const p = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const byId = new Map(p.nodes.map((x) => [x.id, x]));
    for (let i = 0; i < p.samples.length; i++) {
      const cf = byId.get(p.samples[i]).callFrame;
      const key = `${cf.functionName || '(anonymous)'}  ${shortUrl(cf.url)}${cf.url ? `:${cf.lineNumber + 1}` : ''}`;
      const dt = p.timeDeltas[i] ?? 0;
      self.set(key, (self.get(key) ?? 0) + dt);
      total += dt;
    }
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, t]) => `${(t / 1000).toFixed(0).padStart(7)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`)
    .concat(`total ${(total / 1000).toFixed(0)} ms`)
    .join('\n');
}

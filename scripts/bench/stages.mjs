// CPU time per pipeline stage from the .cpuprofile files in a folder (all
// threads summed): each sample is counted in the outermost stage function on
// its stack, garbage collection on its own. Gives the stage table of
// docs/PERFORMANCE.md:
//
//   node --cpu-prof --cpu-prof-dir prof dist/src/cli/main.js extract bench-corpus/50mb-seed1 \
//     --out /tmp/bench-out --quiet --no-cache --jobs 0
//   node scripts/bench/stages.mjs prof 50        # 50 = the corpus's size in MB
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const STAGES = [
  ['read', (f) => /\/read\//.test(f.url) || (f.functionName === 'readBytes' && /process-file/.test(f.url))],
  ['language', (f) => f.functionName === 'detectLanguages'],
  ['sentences', (f) => f.functionName === 'splitSentences'],
  ['gazetteer', (f) => f.functionName === 'matchGazetteer'],
  ['dates', (f) => f.functionName === 'findArticleDates'],
  ['events', (f) => f.functionName === 'extractEvents' && /events\/build/.test(f.url)],
  ['output', (f) => /\/output\//.test(f.url)],
];

export function stageTimes(dir) {
  const seconds = new Map();
  for (const file of readdirSync(dir).filter((x) => x.endsWith('.cpuprofile'))) {
    const p = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const memo = new Map();
    const stageOf = (id) => {
      if (memo.has(id)) return memo.get(id);
      let outer = null;
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        const f = byId.get(cur).callFrame;
        const hit = STAGES.find(([, test]) => test(f));
        if (hit) outer = hit[0];
      }
      const name = byId.get(id).callFrame.functionName;
      const stage = outer ?? (name === '(garbage collector)' ? 'garbage collection' : name === '(idle)' ? 'idle' : 'other (start-up, run loop, report)');
      memo.set(id, stage);
      return stage;
    };
    for (let i = 0; i < p.samples.length; i++) {
      const stage = stageOf(p.samples[i]);
      seconds.set(stage, (seconds.get(stage) ?? 0) + (p.timeDeltas[i] ?? 0) / 1e6);
    }
  }
  return seconds;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, mbArg] = process.argv.slice(2);
  if (!dir || !mbArg) throw new Error('usage: node scripts/bench/stages.mjs PROFILE_DIR CORPUS_MB');
  const mb = Number(mbArg);
  const seconds = stageTimes(dir);
  let total = 0;
  for (const [stage, s] of seconds) if (stage !== 'idle') total += s;
  const rows = [...seconds].filter(([stage]) => stage !== 'idle').sort((a, b) => b[1] - a[1]);
  process.stdout.write('| stage | CPU s | CPU s / 10 MB | MB/s |\n|---|--:|--:|--:|\n');
  for (const [stage, s] of rows) process.stdout.write(`| ${stage} | ${s.toFixed(2)} | ${((s * 10) / mb).toFixed(2)} | ${(mb / s).toFixed(1)} |\n`);
  process.stdout.write(`| total | ${total.toFixed(2)} | ${((total * 10) / mb).toFixed(2)} | ${(mb / total).toFixed(1)} |\n`);
}

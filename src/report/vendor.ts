// The browser libraries and map data the report inlines, read once from
// node_modules. Inlining (rather than linking a CDN) is what lets the report
// open offline, from a USB stick, years later.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineScriptSource } from './escape.js';

export interface Vendor {
  /** Minified browser builds, in load order (vega-embed needs the other two as globals). */
  scripts: { name: string; source: string }[];
  /** world-atlas countries-110m TopoJSON (only its `countries` object). */
  worldTopo: unknown;
}

// Paths are the packages' browser builds (their `unpkg` entries); package
// `exports` maps hide these files from require.resolve, so node_modules is
// searched the way Node itself walks up from this file.
const FILES = [
  { name: 'vega', pkg: 'vega', rel: 'build/vega.min.js' },
  { name: 'vega-lite', pkg: 'vega-lite', rel: 'build/vega-lite.min.js' },
  { name: 'vega-embed', pkg: 'vega-embed', rel: 'build/vega-embed.min.js' },
];

function findPackageFile(pkg: string, rel: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'node_modules', pkg, rel);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error(`report: cannot find ${pkg}/${rel} in node_modules (is the package installed?)`);
}

let cached: Vendor | null = null;

export function loadVendor(): Vendor {
  if (cached) return cached;
  const scripts = FILES.map((f) => ({
    name: f.name,
    source: inlineScriptSource(readFileSync(findPackageFile(f.pkg, f.rel), 'utf8'), f.name),
  }));
  // The `land` object is dropped: the map draws countries only.
  const topo = JSON.parse(readFileSync(findPackageFile('world-atlas', 'countries-110m.json'), 'utf8'));
  topo.objects = { countries: topo.objects.countries };
  cached = { scripts, worldTopo: topo };
  return cached;
}

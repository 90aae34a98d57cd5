// The tool's name and version, written into run reports and cache keys.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './paths.js';

const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
export const TOOL = `${pkg.name} ${pkg.version}`;
export const VERSION = pkg.version;

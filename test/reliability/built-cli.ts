// The built command line, for tests that need a real process (exit codes,
// stderr, signals). Several test files run at once and each needs dist/, so
// the build is serialised with a lock folder and skipped when dist/ was
// already built from the same sources (a fingerprint of src/ and tsconfig).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PACKAGE_ROOT } from '../../src/paths.js';

export const CLI = join(PACKAGE_ROOT, 'dist/src/cli/main.js');
const STAMP = join(PACKAGE_ROOT, 'dist/.reliability-build-stamp');
const LOCK = join(tmpdir(), `tnr-events-build-${createHash('sha256').update(PACKAGE_ROOT).digest('hex').slice(0, 8)}.lock`);

function fingerprint(): string {
  const h = createHash('sha256');
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) h.update(p).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  walk(join(PACKAGE_ROOT, 'src'));
  return h.update(readFileSync(join(PACKAGE_ROOT, 'tsconfig.json'))).digest('hex');
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  for (const deadline = Date.now() + 180_000; ; ) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      const pid = Number(existsSync(join(LOCK, 'pid')) ? readFileSync(join(LOCK, 'pid'), 'utf8') : NaN);
      if (Number.isInteger(pid) && !alive(pid)) rmSync(LOCK, { recursive: true, force: true }); // left by a killed run
      if (Date.now() > deadline) throw new Error(`build lock ${LOCK} held too long`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds dist/ (`tsc -p tsconfig.json`) unless it is current; returns the CLI's path. */
export async function buildCli(): Promise<string> {
  return withLock(async () => {
    const want = fingerprint();
    if (existsSync(CLI) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === want) return CLI;
    const tsc = join(PACKAGE_ROOT, 'node_modules/typescript/bin/tsc');
    try {
      await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: PACKAGE_ROOT, maxBuffer: 1 << 24 });
    } catch (err) {
      // Type errors still emit JavaScript (others edit the tree concurrently); a missing CLI is fatal.
      if (!existsSync(CLI)) throw err;
    }
    writeFileSync(STAMP, want);
    return CLI;
  });
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the built CLI; `cwd` keeps its default cache folder out of the repository. */
export function startCli(args: string[], cwd: string): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export const runCli = (args: string[], cwd: string): Promise<CliResult> => startCli(args, cwd).done;

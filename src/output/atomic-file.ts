// Output files are written to a temporary name beside the target and renamed
// into place only when complete, so a crash or Ctrl-C never leaves half a file.
// Several files that form one dataset (events.json, events.csv,
// run-report.json) are finished first and then renamed in one synchronous
// step (`commitTogether`): a signal is handled between event-loop turns, so
// Ctrl-C leaves either all the old files or all the new ones.
//
// Writes are gathered into chunks of CHUNK characters or bytes before they
// go to the stream: writers hand over one article's events at a time, and a
// stream write (a Buffer, a callback, often a system call) per article cost
// more than the formatting. At most one chunk waits here and a few are in
// the stream, so memory does not grow with the output. A write is text or
// bytes already encoded as UTF-8 (the workers encode what they format).
// A chunk of text is joined into one string; a chunk holding bytes goes to
// the file as its parts, in one vectored write (corked stream), so the bytes
// are those of writing each on its own and none is copied.
import { createWriteStream, lstatSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

/** Characters gathered before a write to the stream (UTF-16 units: 64 to 192 KB of UTF-8). */
const CHUNK = 64 * 1024;

const open = new Set<string>();
let hooked = false;

function cleanupOnExit(): void {
  if (hooked) return;
  hooked = true;
  const clean = () => {
    for (const p of open) rmSync(p, { force: true });
    open.clear();
  };
  process.on('exit', clean);
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      clean();
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  }
}

/** Something that is finished in one step and made visible in a second, synchronous one. */
export interface Publishable {
  /** The target the finished file is renamed to. */
  readonly path: string;
  /** Writes what is left and closes the temporary file; the target is untouched. */
  finish(): Promise<void>;
  /** Renames the finished temporary file over the target. */
  publish(): void;
  /** Drops the temporary file. */
  abort(): void;
}

export class AtomicFile implements Publishable {
  private stream: WriteStream;
  readonly temp: string;
  private failed: Error | null = null;
  private closed = false;
  /** Writes not yet handed to the stream, and their size (characters or bytes). */
  private pending: (string | Uint8Array)[] = [];
  private pendingSize = 0;

  constructor(readonly path: string) {
    cleanupOnExit();
    this.temp = `${path}.tmp-${process.pid}`;
    open.add(this.temp);
    // room for a few chunks, so the next one is made while the last is written
    this.stream = createWriteStream(this.temp, { encoding: 'utf8', highWaterMark: 4 * CHUNK });
    this.stream.on('error', (err) => (this.failed = err));
  }

  /** Writes text, or bytes of UTF-8 (a full chunk at a time), waiting for the stream to drain so memory stays flat. */
  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.failed) throw this.failed;
    if (chunk.length === 0) return;
    this.pending.push(chunk);
    this.pendingSize += chunk.length;
    if (this.pendingSize >= CHUNK) await this.flush();
  }

  private async flush(): Promise<void> {
    const parts = this.pending;
    this.pending = [];
    this.pendingSize = 0;
    if (!parts.length) return;
    let ready: boolean;
    if (parts.every((p) => typeof p === 'string')) ready = this.stream.write(parts.join(''));
    else {
      // Bytes go as they are, in one vectored write: joining them first made
      // a new buffer per chunk, and the main thread's collector ran for it.
      this.stream.cork();
      ready = true;
      for (const p of parts) ready = this.stream.write(p) && ready;
      this.stream.uncork();
    }
    if (!ready) await once(this.stream, 'drain'); // rejects if the stream fails meanwhile
  }

  async finish(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      // a stream that already failed takes nothing more (its error is thrown below)
      if (!this.failed) await this.flush();
      this.stream.end();
    }
    // `finished` also settles when the stream failed before this call, where waiting for 'finish' would hang.
    await finished(this.stream);
    if (this.failed) throw this.failed;
  }

  publish(): void {
    renameSync(this.temp, this.path);
    open.delete(this.temp);
  }

  async commit(): Promise<void> {
    await this.finish();
    this.publish();
  }

  abort(): void {
    this.pending = [];
    this.pendingSize = 0;
    this.stream.destroy();
    rmSync(this.temp, { force: true });
    open.delete(this.temp);
  }
}

/**
 * Finishes every file, then renames them all with no await in between.
 * On failure before the first rename, nothing is renamed and every
 * temporary file is removed: the previous files stay as they were.
 */
export async function commitTogether(files: Publishable[]): Promise<void> {
  try {
    await Promise.all(files.map((f) => f.finish()));
    // A folder in a target's place would fail its rename after earlier ones succeeded: refuse it first.
    for (const f of files) if (lstatSync(f.path, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${f.path}: is a folder, cannot write a file there`);
  } catch (err) {
    for (const f of files) f.abort();
    throw err;
  }
  let renamed = 0;
  try {
    for (const f of files) {
      f.publish();
      renamed++;
    }
  } catch (err) {
    // Some files are new and the rest cannot be: the old files left at the
    // rest's targets belong to the previous dataset, so they are removed
    // rather than left beside new ones as if they matched (callers put the
    // run report last, so a dataset without one reads as incomplete).
    for (const f of files.slice(renamed)) {
      f.abort();
      try {
        if (renamed > 0) rmSync(f.path, { force: true });
      } catch {
        // Best effort: the rename's own error, thrown below, is the one to report.
      }
    }
    throw err;
  }
}

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const f = new AtomicFile(path);
  try {
    await f.write(content);
    await f.commit();
  } catch (err) {
    f.abort();
    throw err;
  }
}

// Output files are written to a temporary name beside the target and renamed
// into place only when complete, so a crash or Ctrl-C never leaves half a file.
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';

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

export class AtomicFile {
  private stream: WriteStream;
  readonly temp: string;
  private failed: Error | null = null;

  constructor(readonly path: string) {
    cleanupOnExit();
    this.temp = `${path}.tmp-${process.pid}`;
    open.add(this.temp);
    this.stream = createWriteStream(this.temp, { encoding: 'utf8' });
    this.stream.on('error', (err) => (this.failed = err));
  }

  /** Writes, waiting for the stream to drain so memory stays flat. */
  async write(chunk: string): Promise<void> {
    if (this.failed) throw this.failed;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async commit(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
    if (this.failed) throw this.failed;
    renameSync(this.temp, this.path);
    open.delete(this.temp);
  }

  abort(): void {
    this.stream.destroy();
    rmSync(this.temp, { force: true });
    open.delete(this.temp);
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

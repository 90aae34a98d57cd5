// Progress on stderr: a bar with files done, rate and time left when stderr
// is a terminal; a plain line every few seconds otherwise (CI logs); nothing
// with --quiet. Never on stdout, which stays clean for piped output.
export interface Progress {
  tick(done: number, total: number, bytes: number): void;
  finish(summary: string): void;
}

const fmtTime = (s: number) => (s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.round(s)}s`);

export function createProgress(opts: { quiet: boolean; stream?: NodeJS.WriteStream; intervalMs?: number }): Progress {
  const stream = opts.stream ?? process.stderr;
  if (opts.quiet) return { tick: () => undefined, finish: () => undefined };
  const started = Date.now();
  let last = 0;
  let bytesDone = 0;
  const tty = Boolean(stream.isTTY);
  const interval = opts.intervalMs ?? (tty ? 100 : 5000);
  return {
    tick(done, total, bytes) {
      bytesDone += bytes;
      const now = Date.now();
      if (now - last < interval && done < total) return;
      last = now;
      const secs = Math.max((now - started) / 1000, 1e-3);
      const rate = done / secs;
      const left = rate > 0 ? (total - done) / rate : 0;
      const mb = bytesDone / 1e6 / secs;
      if (tty) {
        const width = 24;
        const filled = total ? Math.round((done / total) * width) : width;
        stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files  ${rate.toFixed(1)} files/s  ${mb.toFixed(2)} MB/s  ${fmtTime(left)} left `);
      } else {
        stream.write(`progress: ${done}/${total} files, ${rate.toFixed(1)} files/s, ${mb.toFixed(2)} MB/s, ${fmtTime(left)} left\n`);
      }
    },
    finish(summary) {
      if (tty) stream.write('\r\x1b[K');
      stream.write(summary + '\n');
    },
  };
}

// Runs a command as a child process and measures its wall time, peak
// resident memory (all threads) and CPU time (user + system, all threads):
// GNU time's %M %U %S when /usr/bin/time exists, else the kernel's
// high-water mark (VmHWM) polled from /proc and no CPU time.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

function hwmKb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export function measure(cmd, args, opts = {}) {
  const useTime = existsSync(GNU_TIME);
  const tmp = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(tmp, 'time');
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let peak = 0, cpuSeconds = null, stdout = '', stderr = '';
    const poll = useTime ? null : setInterval(() => (peak = Math.max(peak, hwmKb(child.pid))), 20);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (poll) clearInterval(poll);
      if (useTime && existsSync(timeFile)) {
        const [kb, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        peak = kb || 0;
        cpuSeconds = user + sys;
      }
      rmSync(tmp, { recursive: true, force: true });
      if (code !== 0 && code !== 3) return reject(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${stderr}`));
      resolve({ seconds, peakRssMb: peak / 1024, cpuSeconds, stdout, stderr, code });
    });
  });
}

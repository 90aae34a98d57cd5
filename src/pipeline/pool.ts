// A small worker-thread pool: N workers, each started once with the same
// `workerData` and kept for the whole run, taking one task at a time from a
// shared queue. Callers get one promise per task; ordering is their business
// (run.ts re-orders by input index). A worker that dies fails every task, so
// a run never hangs or silently loses input.
//
// Protocol (see worker.ts): the worker posts {type:'ready', info} once
// initialised or {type:'fail', message}; it receives {id, task} and answers
// {type:'done', id, result} or {type:'error', id, message}.
import { Worker, type ResourceLimits } from 'node:worker_threads';

type FromWorker<I, R> =
  | { type: 'ready'; info: I }
  | { type: 'fail'; message: string }
  | { type: 'done'; id: number; result: R }
  | { type: 'error'; id: number; message: string };

interface Job<T, R> {
  id: number;
  task: T;
  resolve: (r: R) => void;
  reject: (e: Error) => void;
}

interface Slot<T, R> {
  worker: Worker;
  job: Job<T, R> | null;
}

export class WorkerPool<T, R, I = unknown> {
  private slots: Slot<T, R>[] = [];
  private queue: Job<T, R>[] = [];
  private nextId = 0;
  private broken: Error | null = null;
  private closing = false;

  private constructor() {}

  /** Starts `size` workers and resolves with the first one's `ready` info once all are ready. */
  static async start<T, R, I>(file: URL | string, size: number, workerData: unknown, resourceLimits?: ResourceLimits): Promise<{ pool: WorkerPool<T, R, I>; info: I }> {
    const pool = new WorkerPool<T, R, I>();
    const ready: Promise<I>[] = [];
    for (let i = 0; i < size; i++) ready.push(pool.spawn(file, workerData, resourceLimits));
    try {
      const infos = await Promise.all(ready);
      return { pool, info: infos[0] };
    } catch (err) {
      await pool.close();
      throw err;
    }
  }

  private spawn(file: URL | string, workerData: unknown, resourceLimits?: ResourceLimits): Promise<I> {
    return new Promise<I>((resolveReady, rejectReady) => {
      const worker = new Worker(file, { workerData, resourceLimits });
      const slot: Slot<T, R> = { worker, job: null };
      this.slots.push(slot);
      let isReady = false;
      worker.on('message', (msg: FromWorker<I, R>) => {
        if (msg.type === 'ready') {
          isReady = true;
          resolveReady(msg.info);
          this.dispatch();
        } else if (msg.type === 'fail') {
          rejectReady(new Error(msg.message));
        } else {
          const job = slot.job;
          slot.job = null;
          if (job && job.id === msg.id) {
            if (msg.type === 'done') job.resolve(msg.result);
            else job.reject(new Error(msg.message));
          }
          this.dispatch();
        }
      });
      const die = (err: Error) => {
        if (this.closing) return;
        if (!isReady) rejectReady(err);
        this.fail(err);
      };
      worker.on('error', (err: Error & { code?: string }) =>
        die(new Error(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `a worker ran out of memory (limit ${resourceLimits?.maxOldGenerationSizeMb ?? '?'} MB); run with --jobs 0 (no worker threads) to lift the limit` : `worker failed: ${err.message}`)));
      worker.on('exit', (code) => die(new Error(`worker stopped unexpectedly (exit code ${code})`)));
    });
  }

  private fail(err: Error): void {
    if (this.broken) return;
    this.broken = err;
    for (const s of this.slots) {
      s.job?.reject(err);
      s.job = null;
    }
    for (const j of this.queue.splice(0)) j.reject(err);
  }

  private dispatch(): void {
    for (const s of this.slots) {
      if (!this.queue.length) return;
      if (s.job) continue;
      const job = this.queue.shift()!;
      s.job = job;
      s.worker.postMessage({ id: job.id, task: job.task });
    }
  }

  run(task: T): Promise<R> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }

  get size(): number {
    return this.slots.length;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
}

import { InvalidArgumentError } from 'commander';

/** Exit codes, documented in the README and in `extract --help`. */
export const EXIT = { ok: 0, fatal: 1, usage: 2, skippedInput: 3, belowThreshold: 4 } as const;

/** A commander parser for a comma-separated list of allowed words. */
export function parseList<T extends string>(allowed: readonly T[]) {
  return (value: string): T[] => {
    const items = value.split(',').map((s) => s.trim()).filter(Boolean);
    for (const i of items) if (!allowed.includes(i as T)) throw new InvalidArgumentError(`"${i}" is not one of ${allowed.join(', ')}`);
    return items as T[];
  };
}

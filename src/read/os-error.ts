// OS errors as one-line reasons for diagnostics. Node's messages end with the
// absolute disk path ("EACCES: permission denied, open '/home/…'"); disk
// paths are never written to output, so that part is dropped.

/** `"EACCES: permission denied"` from an fs error. */
export function osReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const message = typeof e?.message === 'string' ? e.message : String(err);
  const description = message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/s, '');
  return e?.code ? `${e.code}: ${description}` : description;
}

export const errorCode = (err: unknown): string | undefined => (err as NodeJS.ErrnoException)?.code;

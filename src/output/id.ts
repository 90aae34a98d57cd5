// Event ids are a hash of what identifies the mention (file, offsets, tactic),
// so the same input gives the same ids on every run and machine.
import * as crypto from 'node:crypto';

/**
 * SHA-256 as hex. The one-shot `crypto.hash` (Node ≥ 20.12) is ~2.5× cheaper
 * than a Hash object per event; older Node 20 releases use the object.
 */
const sha256Hex: (data: string) => string =
  typeof crypto.hash === 'function' ? (data) => crypto.hash('sha256', data, 'hex') : (data) => crypto.createHash('sha256').update(data).digest('hex');

export function eventId(file: string, sentenceStart: number, sentenceEnd: number, triggerStart: number, tactic: string): string {
  return sha256Hex(`${file}\0${sentenceStart}\0${sentenceEnd}\0${triggerStart}\0${tactic}`).slice(0, 16);
}

// Event ids are a hash of what identifies the mention (file, offsets, tactic),
// so the same input gives the same ids on every run and machine.
import { createHash } from 'node:crypto';

export function eventId(file: string, sentenceStart: number, sentenceEnd: number, triggerStart: number, tactic: string): string {
  return createHash('sha256')
    .update(`${file}\0${sentenceStart}\0${sentenceEnd}\0${triggerStart}\0${tactic}`)
    .digest('hex')
    .slice(0, 16);
}

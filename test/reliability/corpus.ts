// Articles of our own writing for the reliability tests, and the messy
// export they are mixed with: every kind of bad input a research group's
// archive may hold, built fresh in a temporary folder by each test.
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Good articles: display path → content. Each names repressive acts, so each gives events. */
export const GOOD: Record<string, string> = {
  'en-minsk.txt':
    'Journalist detained in Minsk\n\nPolice in Minsk arrested the journalist Ana Example on 3 May 2021. ' +
    'Belarusian security officers later threatened her brother in Vilnius, according to her lawyer.\n',
  'nb-oslo.txt':
    'Aktivist truet i Oslo\r\n\r\nDen iranske ambassaden i Oslo truet aktivisten Kari Eksempel i mars 2022. ' +
    'Politiet i Teheran arresterte broren hennes 4. april 2022, sier hun.\r\n',
  'mappe med mellomrom/Søknad – ærlig ø.txt':
    'Dissident abducted\n\nTurkish intelligence agents abducted the dissident teacher Omar Placeholder in Nairobi ' +
    'in June 2020 and forcibly returned him to Turkey.\n',
};

export const mkTemp = (prefix: string): string => mkdtempSync(join(tmpdir(), `tnr-rel-${prefix}-`));

export function writeFile(root: string, rel: string, content: string | Uint8Array): string {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
}

export function writeGood(root: string): void {
  for (const [rel, text] of Object.entries(GOOD)) writeFile(root, rel, text);
}

/** Tests may run as root, where file permissions do not stop reading. */
export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export interface BadKind {
  /** Display path (relative to the corpus root), or the input itself for input-level problems. */
  file: string;
  list: 'skipped' | 'warnings';
  code: string;
  /** What is special about it, for test names. */
  what: string;
}

const cp1252 = (s: string): Buffer => Buffer.from(s, 'latin1');

/**
 * Writes the good articles and the bad inputs into `root` and returns the
 * bad ones with the run-report entry each must produce. Some kinds need a
 * second step after files are listed (`afterDiscovery`): a file that
 * vanishes and one replaced by a folder before they are read.
 */
export function writeMessyCorpus(root: string, opts: { racing: boolean }): { kinds: BadKind[]; afterDiscovery: () => void; missingInput: string } {
  writeGood(root);
  const kinds: BadKind[] = [];
  const bad = (file: string, list: BadKind['list'], code: string, what: string, content?: string | Uint8Array): void => {
    if (content !== undefined) writeFile(root, file, content);
    kinds.push({ file, list, code, what });
  };
  bad('empty.txt', 'skipped', 'empty-file', 'an empty file', '');
  bad('blank.md', 'skipped', 'empty-file', 'only whitespace', ' \n\t\r\n\u00a0\n');
  bad('bom-only.txt', 'skipped', 'empty-file', 'only a byte order mark', Buffer.from([0xef, 0xbb, 0xbf]));
  bad('nul-bytes.txt', 'skipped', 'binary-file', 'NUL bytes', Buffer.from([0x50, 0x6f, 0x6c, 0x00, 0x01, 0xff, 0x00, 0x7f]));
  bad('scan.pdf.txt', 'skipped', 'binary-file', 'a PDF renamed .txt', '%PDF-1.7\n%\xe2\xe3\n1 0 obj << /Type /Catalog >> endobj\n');
  bad('letter.txt', 'skipped', 'binary-file', 'a .docx (ZIP) renamed .txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
  bad('photo.html', 'skipped', 'binary-file', 'a PNG renamed .html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]));
  bad('windows-1252.txt', 'warnings', 'decoded-windows-1252', 'Windows-1252 text', cp1252(
    'Aktivist pågrepet i Tromsø\r\n\r\nPolitiet i Tromsø arresterte aktivisten Åse Eksempel 5. juni 2020 etter et tips fra den russiske ambassaden. \x93Vi er redde\x94, sier familien.\r\n',
  ));
  bad('broken-utf8.txt', 'warnings', 'invalid-utf8', 'invalid UTF-8', Buffer.concat([
    Buffer.from('Police in Bodø questioned a refugee '), Buffer.from([0xc3, 0x28, 0xe2, 0x82]), Buffer.from(' about his family.\n'),
  ]));
  bad('odd-utf16.txt', 'warnings', 'invalid-utf16', 'UTF-16 with an odd number of bytes', Buffer.concat([
    Buffer.from([0xff, 0xfe]), Buffer.from('A short note.', 'utf16le'), Buffer.from([0x41]),
  ]));
  // 200 MB without using the disk: a sparse file, refused from its size alone.
  const dump = writeFile(root, 'dump-200mb.txt', '');
  const fd = openSync(dump, 'r+');
  ftruncateSync(fd, 200 * 1024 * 1024);
  closeSync(fd);
  bad('dump-200mb.txt', 'skipped', 'too-large', 'a 200 MB dump');
  bad('self-loop.txt', 'warnings', 'symlink-loop', 'a symbolic link to itself');
  symlinkSync('self-loop.txt', join(root, 'self-loop.txt'));
  bad('sub/back', 'warnings', 'symlink-loop', 'a link back to a parent folder');
  mkdirSync(join(root, 'sub'), { recursive: true });
  symlinkSync('..', join(root, 'sub/back'));
  bad('dangling.txt', 'warnings', 'broken-symlink', 'a link to nothing');
  symlinkSync('no-such-file.txt', join(root, 'dangling.txt'));
  bad('named-pipe.txt', 'warnings', 'unreadable', 'a named pipe (FIFO) named .txt');
  execFileSync('mkfifo', [join(root, 'named-pipe.txt')]);
  bad('scripts-only.html', 'skipped', 'no-visible-text', 'HTML without visible text',
    '<html><head><script>track()</script><style>p{}</style></head><body><!-- nothing --></body></html>');
  bad('deutsch.txt', 'skipped', 'skipped-language', 'a language that is not processed',
    'Ein Journalist wurde in Berlin festgenommen, teilte die Polizei am Montag mit. Die Behörden prüfen den Fall noch und wollen sich später äußern.\n');
  if (!isRoot) {
    writeFile(root, 'locked.txt', 'Nobody may read this.');
    chmodSync(join(root, 'locked.txt'), 0o000);
    kinds.push({ file: 'locked.txt', list: 'skipped', code: 'unreadable', what: 'no read permission' });
  }
  const missingInput = join(root, '..', `${root.split('/').pop()}-missing`);
  kinds.push({ file: missingInput, list: 'skipped', code: 'input-not-found', what: 'an input that does not exist' });
  if (opts.racing) {
    bad('zz-vanished.txt', 'skipped', 'unreadable', 'a file deleted after it was listed', 'Listed, then deleted.\n');
    bad('zz-swapped.txt', 'skipped', 'unreadable', 'a file replaced by a folder after it was listed', 'Listed, then replaced.\n');
  }
  // Not bad, but hostile: it must give events, with nothing reported.
  writeFile(root, 'nested.html', `<!doctype html><title>Dyp</title>${'<div>'.repeat(100_000)}<p>Police in Minsk arrested the blogger Ana Example on 3 May 2021.</p>${'</div>'.repeat(100_000)}`);
  writeFile(root, FORMULA_FILE, FORMULA_TEXT);
  const afterDiscovery = (): void => {
    if (!opts.racing) return;
    unlinkSync(join(root, 'zz-vanished.txt'));
    unlinkSync(join(root, 'zz-swapped.txt'));
    mkdirSync(join(root, 'zz-swapped.txt'));
  };
  return { kinds, afterDiscovery, missingInput };
}

/** A file whose name, title and sentences a spreadsheet would take for formulas. */
export const FORMULA_FILE = '=HYPERLINK("http:evil.example","open").txt';
export const FORMULA_TEXT =
  "=cmd|' /C calc'!A0\n\n- Police in Minsk arrested the journalist Ana Example on 3 May 2021.\n" +
  '+ Chinese police threatened the Uyghur activist Omar Placeholder in Oslo in 2020.\n' +
  '@ Iranian agents kidnapped the dissident Kari Example in Istanbul in June 2019.\n';

/** Removes a test folder; a mode-000 file inside goes too (unlinking needs only the folder's permission). */
export function removeTemp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

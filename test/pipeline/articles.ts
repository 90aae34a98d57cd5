// Small articles written for these tests (not taken from any corpus), in
// English and Bokmål, varied by name, place and year so that no two files
// are alike. Enough of them to give a worker pool several batches.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NAMES = ['Aziz Karimov', 'Dilnoza Sabirova', 'Ravshan Tolib', 'Gulnara Ismoil', 'Timur Rakhimov', 'Malika Yusuf', 'Bakhtiyor Nazar', 'Zarina Olim'];
const CITIES = ['Oslo', 'Bergen', 'Istanbul', 'Berlin', 'Stockholm', 'Amsterdam', 'Trondheim', 'Paris'];

export function english(i: number): string {
  const name = NAMES[i % NAMES.length];
  const city = CITIES[(i * 3) % CITIES.length];
  const year = 2015 + (i % 8);
  return [
    `Exiled activist says Chinese agents followed him in ${city}`,
    `Published ${year}-0${1 + (i % 9)}-1${i % 10}`,
    `${name}, a Uyghur activist who fled to ${city} in ${year - 3}, says two men from the Chinese embassy followed him home after a protest in March ${year}.`,
    `Chinese police detained his brother in Xinjiang a week later and threatened to arrest his parents unless he stopped speaking to journalists.`,
    `The embassy did not answer questions about the case. A spokesperson for the ministry in Beijing said the claims were "fabricated".`,
    `Article number ${i} of the test set.`,
  ].join('\n\n') + '\n';
}

export function norwegian(i: number): string {
  const name = NAMES[(i + 3) % NAMES.length];
  const city = CITIES[(i * 5) % CITIES.length];
  const year = 2016 + (i % 7);
  return [
    `Uigurer i ${city} blir overvåket`,
    `${name} flyktet fra Kina i ${year - 2} og bor nå i ${city}.`,
    `Kinesiske myndigheter har truet familien hans i Xinjiang, og politiet arresterte søsteren hans i mai ${year}.`,
    `Han sier at noen har fotografert ham under en demonstrasjon utenfor den kinesiske ambassaden.`,
    `Dette er artikkel nummer ${i} i testsettet.`,
  ].join('\n\n') + '\n';
}

/** Writes `n` articles under a new temp folder (some in sub-folders, one HTML in five); returns the folder. */
export function writeArticles(n: number, dir = mkdtempSync(join(tmpdir(), 'articles-'))): string {
  for (let i = 0; i < n; i++) {
    const sub = join(dir, i % 3 === 0 ? 'nested/deeper' : i % 3 === 1 ? 'nested' : '');
    mkdirSync(sub, { recursive: true });
    const text = i % 2 ? norwegian(i) : english(i);
    if (i % 5 === 4) {
      const paras = text.trim().split('\n\n');
      writeFileSync(join(sub, `article-${String(i).padStart(3, '0')}.html`), `<!doctype html><html><head><title>${paras[0]}</title></head><body>${paras.slice(1).map((p) => `<p>${p}</p>`).join('')}</body></html>`);
    } else {
      writeFileSync(join(sub, `article-${String(i).padStart(3, '0')}.txt`), text);
    }
  }
  return dir;
}

// Hand-made events for the report tests: 24 events, perpetrators from three
// states, several tactics, English and Bokmål, dates at every precision, one
// sentence that quotes a script tag. The sentences are invented for the tests.
import type { EventRecord } from '../../src/types.js';

interface Spec {
  sentence: string;
  trigger: string;
  tactic: [string, string];
  perp?: [string, string | null, string];
  target?: [string, string];
  place?: [string, string | null, number | null, number | null, 'city' | 'region' | 'country'];
  date?: [string, string, 'day' | 'month' | 'year'];
  lang?: 'en' | 'nb';
  file?: string;
  title?: string;
}

const PREFIX = 'Headline of the story.\n\n';

export function makeEvent(spec: Spec, i: number): EventRecord {
  const start = PREFIX.length + i * 3; // a different article offset per event
  const at = spec.sentence.indexOf(spec.trigger);
  if (at < 0) throw new Error(`fixture ${i}: trigger "${spec.trigger}" not in sentence`);
  return {
    id: `ev-${String(i).padStart(3, '0')}`,
    tactic: spec.tactic[0],
    tactic_label: spec.tactic[1],
    cameo: null,
    plover: null,
    perpetrator: spec.perp ? { name: spec.perp[0], country: spec.perp[1], type: spec.perp[2] } : null,
    target: spec.target ? { name: spec.target[0], type: spec.target[1] } : null,
    place: spec.place
      ? { name: spec.place[0], country: spec.place[1], lat: spec.place[2], lon: spec.place[3], precision: spec.place[4] }
      : null,
    date: spec.date ? { text: spec.date[0], value: spec.date[1], precision: spec.date[2] } : null,
    language: spec.lang ?? 'en',
    polarity: 'asserted',
    source: {
      file: spec.file ?? `article-${i % 7}.txt`,
      title: spec.title ?? `Invented article ${i % 7}`,
      published: '2021-05-04',
      sentence: 1,
      start,
      end: start + spec.sentence.length,
      text: spec.sentence,
    },
    trigger: { text: spec.trigger, start: start + at, end: start + at + spec.trigger.length },
  };
}

const SURV: [string, string] = ['SURVEILLANCE', 'Surveillance'];
const THREAT: [string, string] = ['THREAT', 'Threat'];
const DET: [string, string] = ['DETENTION', 'Detention'];
const PROXY: [string, string] = ['COERCION_BY_PROXY', 'Coercion by proxy'];
const HARASS: [string, string] = ['HARASSMENT', 'Harassment'];
const OSLO: Spec['place'] = ['Oslo', 'NO', 59.91, 10.75, 'city'];
const BERGEN: Spec['place'] = ['Bergen', 'NO', 60.39, 5.32, 'city'];
const STOCKHOLM: Spec['place'] = ['Stockholm', 'SE', 59.33, 18.07, 'city'];
const LONDON: Spec['place'] = ['London', 'GB', 51.51, -0.13, 'city'];
const HONGKONG: Spec['place'] = ['Hong Kong', 'HK', 22.3, 114.17, 'city'];

const SPECS: Spec[] = [
  { sentence: 'Chinese security agents followed the activist Aziz Karim around Oslo in March 2019.', trigger: 'followed', tactic: SURV,
    perp: ['Chinese security agents', 'CN', 'security'], target: ['Aziz Karim', 'person'], place: OSLO, date: ['March 2019', '2019-03', 'month'] },
  { sentence: 'In 2019 the embassy photographed Uyghur protesters outside the parliament in Oslo.', trigger: 'photographed', tactic: SURV,
    perp: ['the embassy', 'CN', 'embassy'], target: ['Uyghur protesters', 'uyghur'], place: OSLO, date: ['2019', '2019', 'year'] },
  { sentence: 'Iranian agents threatened the journalist Sara Nouri in Stockholm on 2 May 2020.', trigger: 'threatened', tactic: THREAT,
    perp: ['Iranian agents', 'IR', 'agent'], target: ['Sara Nouri', 'journalist'], place: STOCKHOLM, date: ['2 May 2020', '2020-05-02', 'day'] },
  { sentence: 'Russian officials detained the brother of the exiled blogger in 2020.', trigger: 'detained', tactic: PROXY,
    perp: ['Russian officials', 'RU', 'official'], target: ['the exiled blogger', 'dissident'], place: ['Moscow', 'RU', 55.76, 37.62, 'city'], date: ['2020', '2020', 'year'] },
  { sentence: 'Kinesiske myndigheter overvåket uigurer i Bergen i 2021.', trigger: 'overvåket', tactic: SURV, lang: 'nb',
    perp: ['Kinesiske myndigheter', 'CN', 'government'], target: ['uigurer', 'uyghur'], place: BERGEN, date: ['2021', '2021', 'year'] },
  { sentence: 'Iranske agenter truet en journalist i Oslo i januar 2021.', trigger: 'truet', tactic: THREAT, lang: 'nb',
    perp: ['Iranske agenter', 'IR', 'agent'], target: ['en journalist', 'journalist'], place: OSLO, date: ['januar 2021', '2021-01', 'month'] },
  { sentence: 'The blogger wrote <script>alert(1)</script> after Russian agents harassed him in London.', trigger: 'harassed', tactic: HARASS,
    perp: ['Russian agents', 'RU', 'agent'], target: ['The blogger', 'dissident'], place: LONDON },
  { sentence: 'Police in Hong Kong arrested the student Lam Wing in June 2020.', trigger: 'arrested', tactic: DET,
    perp: ['Police', 'CN', 'police'], target: ['Lam Wing', 'student'], place: HONGKONG, date: ['June 2020', '2020-06', 'month'] },
  { sentence: 'An unknown caller threatened the Uyghur teacher in Stockholm.', trigger: 'threatened', tactic: THREAT,
    target: ['the Uyghur teacher', 'uyghur'], place: STOCKHOLM },
  { sentence: 'Iranian intelligence detained the activist\u2019s father in Tehran in 2018.', trigger: 'detained', tactic: PROXY,
    perp: ['Iranian intelligence', 'IR', 'intelligence'], target: ['the activist', 'activist'], place: ['Tehran', 'IR', 35.69, 51.39, 'city'], date: ['2018', '2018', 'year'] },
];

// More events of the same shapes, at other dates and places, so every chart
// has several bars and the table has enough rows for a filter to show.
const EXTRA: Spec[] = Array.from({ length: 14 }, (_, k): Spec => {
  const cn = k % 3 === 0, ir = k % 3 === 1;
  const year = 2017 + (k % 6);
  const month = String((k % 12) + 1).padStart(2, '0');
  return {
    sentence: cn
      ? `Chinese diplomats monitored Tibetan students in Bergen in ${year}.`
      : ir
        ? `Iranske agenter truet en kvinne i Stockholm i ${year}.`
        : `Russian agents harassed a Chechen refugee in Oslo in ${month}/${year}.`,
    trigger: cn ? 'monitored' : ir ? 'truet' : 'harassed',
    tactic: cn ? SURV : ir ? THREAT : HARASS,
    perp: cn ? ['Chinese diplomats', 'CN', 'diplomat'] : ir ? ['Iranske agenter', 'IR', 'agent'] : ['Russian agents', 'RU', 'agent'],
    target: cn ? ['Tibetan students', 'tibetan'] : ir ? ['en kvinne', 'person'] : ['a Chechen refugee', 'chechen'],
    place: cn ? BERGEN : ir ? STOCKHOLM : OSLO,
    date: cn || ir ? [String(year), String(year), 'year'] : [`${month}/${year}`, `${year}-${month}`, 'month'],
    lang: ir ? 'nb' : 'en',
  };
});

export const FIXTURE_EVENTS: EventRecord[] = [...SPECS, ...EXTRA].map(makeEvent);

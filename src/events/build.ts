// The event stage: one record per act named in a sentence (which words name
// an act: acts.ts; whose state: actors.ts, states.ts; where: place.ts; when:
// event-date.ts; to whom: target.ts). For each trigger
// that the modality rules keep, the perpetrator, target, place and date are
// read from the sentence; a perpetrator or place the sentence lacks is carried
// over from earlier sentences of the same paragraph (as the annotation guide
// allows), then from the state the article is about.
import type { Article, EventRecord, Mention } from '../types.js';
import type { Gazetteer } from '../gazetteer/load.js';
import { eventId } from '../output/id.js';
import { absorbedHarassment, AGAINST_CULPRITS, backReference, convictsCulprit, coordinated, culpritsNear, inSetting, sceneOfLaterAct, splitReturns } from './acts.js';
import { demonymNear, findActors, hasAgent, perpetratorFor, type ActorCandidate } from './actors.js';
import { dateFor } from './event-date.js';
import { grammarFor, type CompiledGrammar } from './grammar.js';
import { modalityOf } from './modality.js';
import { documentNames, findPersons, isSpeaker } from './persons.js';
import { accuserOf, arrivalPlace, placeCandidates, placeFor } from './place.js';
import { groupAt, phraseEnds, prepositionBefore, sentenceViews, wordsBetween, type SentenceView } from './sentence-view.js';
import { actingState, dominantState } from './states.js';
import { isPassive, targetCandidates, targetFor } from './target.js';

export interface EventOptions {
  /** Keep acts the text reports as denied (polarity `denied`). */
  includeDenied?: boolean;
}

/**
 * Acts a state does on its own territory: without a stated place they happen
 * in the perpetrator's state, and without a stated actor the state where
 * they happen did them ("he was arrested in Laos": Laos arrested him).
 */
const ON_OWN_TERRITORY = new Set(['DETENTION', 'TORTURE', 'DEPORTATION', 'RAID']);
/** Acts only the state where they happen can do: "arrested in Laos" is Laos arresting. */
const LOCAL_POWERS = new Set(['DETENTION', 'DEPORTATION', 'RAID']);
/** How many sentences back a pronoun looks for the person it refers to. */
const RECENT = 8;
/** Acts that, said to the victim ("we'll kill you"), are threats. */
const PHYSICAL = new Set(['KILLING', 'ASSAULT', 'RENDITION', 'DETENTION', 'TORTURE']);
/** Organs that act at home: whatever they do, without a stated place, happens in their state. */
const DOMESTIC_ORGANS = new Set(['police', 'military', 'court']);

type Perp = EventRecord['perpetrator'];
type Place = EventRecord['place'];

/** A whole country as the place, at its representative point. */
function countryPlace(gaz: Gazetteer, code: string): Place {
  const pt = gaz.countryPoints.get(code);
  return { name: gaz.countryNames.get(code) ?? code, country: code, lat: pt?.lat ?? null, lon: pt?.lon ?? null, precision: 'country' };
}

function placeFromMention(m: Mention): Place {
  const lat = m.attrs.lat ? Number(m.attrs.lat) : null;
  const lon = m.attrs.lon ? Number(m.attrs.lon) : null;
  const precision = (m.attrs.precision as 'city' | 'region' | 'country') || 'city';
  return { name: m.text, country: m.value || null, lat, lon, precision };
}

/** What a paragraph's sentences hand on to the next: the last perpetrator, stated place, and where the last act happened. */
interface ParagraphCarry {
  perp: Perp;
  place: Place;
  actPlace?: Place;
}

/**
 * What the article's sentences build up and read as the stage goes through
 * them in order. The stage is split into a function per sentence and one per
 * event: as one function, V8 spent ~0.35 s compiling it each of the five
 * times it was (re)optimised, in every worker (docs/PERFORMANCE.md).
 */
interface ArticleState {
  article: Article;
  text: string;
  gaz: Gazetteer;
  opts: EventOptions;
  views: SentenceView[];
  actorsBySentence: ActorCandidate[][];
  modalities: Map<Mention, ReturnType<typeof modalityOf>>;
  doers: Map<Mention, ActorCandidate | null>;
  docState: ReturnType<typeof actingState>;
  knownParts: Set<string>;
  salience: Map<string, number>;
  lastSeen: Map<string, number>;
  lastOfType: Map<string, string>;
  docPlaceCountries: Set<string>;
  lastPersonName: string | null;
  lastGroupName: string | null;
  events: EventRecord[];
  carry: Map<number, ParagraphCarry>;
  allDates: NonNullable<Article['dates']>;
}

/** One sentence as its events are made. */
interface SentenceState {
  v: SentenceView;
  g: CompiledGrammar;
  lower: string;
  /** Whether the sentence tells of acts at another state's request (worked out at its first event). */
  requested?: boolean;
  referents: Mention[];
  persons: Mention[];
  actors: ActorCandidate[];
  dates: NonNullable<Article['dates']>;
  para: ParagraphCarry;
  seenTactics: Set<string>;
  sentenceTriggers: Mention[];
}

// each trigger is judged once: the article's acting state and the events share the judgements
function judge(st: ArticleState, v: SentenceView, trig: Mention): ReturnType<typeof modalityOf> {
  let r = st.modalities.get(trig);
  if (!r) st.modalities.set(trig, (r = modalityOf(st.text, v, trig, grammarFor(v.lang))));
  return r;
}

function doerOf(st: ArticleState, v: SentenceView, trig: Mention): ActorCandidate | null {
  let a = st.doers.get(trig);
  if (a === undefined) st.doers.set(trig, (a = perpetratorFor(v, st.actorsBySentence[v.index], trig, grammarFor(v.lang))));
  return a;
}

export function extractEvents(article: Article, gaz: Gazetteer, opts: EventOptions = {}): Article {
  const text = article.text;
  const views = sentenceViews(article);
  const actorsBySentence = views.map((v) => findActors(text, v, grammarFor(v.lang)));
  const st: ArticleState = {
    article, text, gaz, opts, views, actorsBySentence,
    modalities: new Map(), doers: new Map(), docState: null, knownParts: documentNames(text, views, (v) => grammarFor(v.lang), gaz.commonWords),
    salience: new Map(), lastSeen: new Map(), lastOfType: new Map(), docPlaceCountries: new Set(),
    lastPersonName: null, lastGroupName: null, events: [], carry: new Map(), allDates: article.dates ?? [],
  };
  st.docState = actingState(views, (v, trig) => judge(st, v, trig).modality !== 'none', (v, trig) => doerOf(st, v, trig)) ?? dominantState(views, actorsBySentence);
  for (const v of views) for (const m of placeCandidates(v, grammarFor(v.lang))) st.docPlaceCountries.add(m.value);
  for (const v of views) sentenceEvents(st, v);
  return { ...article, events: st.events };
}

/** The events of one sentence, appended to `st.events`, and what the sentence hands on. */
function sentenceEvents(st: ArticleState, v: SentenceView): void {
  const { text, events } = st;
  const g = grammarFor(v.lang);
  const s = v.sentence;
  // a site's footer ("The post ... appeared first on ...") is not the article's text
  const split = splitReturns(v, g);
  const hasActs = split.length > 0 || v.mentions.some((m) => m.kind === 'trigger');
  const lower = hasActs ? text.slice(s.start, s.end).toLowerCase() : '';
  if (lower && g.boilerplate.some((b) => lower.includes(b))) return;
  const persons = findPersons(text, v, g, st.knownParts);
  // the source of a statement ("Petersen argues that...", "sier Hansen") is not whom a pronoun refers to
  const referents = persons.filter((p) => !isSpeaker(v, p, g));
  const actors = st.actorsBySentence[v.index];
  const dates = st.allDates.filter((d) => d.start >= s.start && d.end <= s.end);
  const para: ParagraphCarry = st.carry.get(s.paragraph) ?? { perp: null, place: null };

  // a word that is also listed as a group names people, not an act ("detainees", "ex-prisoners")
  const sentenceTriggers = hasActs ? v.mentions.filter((m) => m.kind === 'trigger' && !groupAt(v.mentions, m.start, m.end)).concat(split).sort((a, b) => a.start - b.start) : [];
  const ss: SentenceState = { v, g, lower, requested: undefined, referents, persons, actors, dates, para, seenTactics: new Set<string>(), sentenceTriggers };
  let cancelledEnd = -1;
  // the culprit an arrest or expulsion falls on ("arrested the spy") is a person here, not an act of spying
  let arrestedCulprits: Set<number> | null = null; // most sentences name no arrest or expulsion: no set
  for (const m of sentenceTriggers) if (AGAINST_CULPRITS.has(m.value)) for (const t of culpritsNear(v, m, g)) (arrestedCulprits ??= new Set()).add(t.start);
  const culpritConvicted = sentenceTriggers.length > 0 && convictsCulprit(v, actors, sentenceTriggers, g);
  for (const trig of sentenceTriggers) {
    // "We will kill you", "vi skal ta deg": an act aimed at the one addressed is a threat of it, uttered now
    const addressed = PHYSICAL.has(trig.value) && g.secondPerson.has(v.tokens[v.wordAt(trig.end)]?.key ?? '');
    const judged = addressed ? { modality: 'asserted' as const, cue: null } : judge(st, v, trig);
    let modality = judged.modality;
    // acts joined by "and"/"or" share their modality: "could be arrested and jailed"
    if (modality !== 'none' && cancelledEnd >= 0 && coordinated(v, cancelledEnd, trig.start, g)) modality = 'none';
    if (modality === 'none') {
      // a phrase that names no act ("murder weapon") does not spread to the next act
      if (judged.cue?.value !== 'nonact') cancelledEnd = trig.end;
      continue;
    }
    if (modality === 'denied' && !st.opts.includeDenied) continue;
    // the annotation guide excludes acts against the perpetrators: "police arrested the suspect"
    if (AGAINST_CULPRITS.has(trig.value) && culpritsNear(v, trig, g).length) continue;
    if (arrestedCulprits?.has(trig.start)) continue;
    if (culpritConvicted && AGAINST_CULPRITS.has(trig.value)) continue;
    if (backReference(v, trig, events, g)) continue;
    if (inSetting(v, trig, sentenceTriggers, g) || sceneOfLaterAct(v, trig, sentenceTriggers, g) || absorbedHarassment(v, trig, sentenceTriggers, g)) continue;
    triggerEvent(st, ss, trig, modality, addressed);
  }
  closeSentence(st, ss);
}

/**
 * A pronoun refers to a person named earlier in this sentence, else to the
 * person the article has named most (the protagonist), else the last one.
 */
function personBefore(st: ArticleState, ss: SentenceState, offset: number): string | null {
  const inSentence = ss.referents.filter((p) => p.end <= offset);
  if (inSentence.length) return inSentence[inSentence.length - 1].text;
  // among the people named in the last few sentences, the one the article names most
  let best: string | null = null, n = 0;
  for (const [name, count] of st.salience) if (count > n && (st.lastSeen.get(name) ?? -99) >= ss.v.index - RECENT) [best, n] = [name, count];
  return best ?? st.lastPersonName;
}

/** The last group named before the act in this sentence, else the last one the paragraph named. */
function groupBefore(st: ArticleState, v: SentenceView, trig: Mention): string | null {
  const here = v.mentions.filter((m) => m.kind === 'group' && m.end <= trig.start && m.attrs.weak !== 'yes');
  return here.length ? here[here.length - 1].text : st.lastGroupName;
}

/** The event of one act the modality rules kept, unless it adds nothing to the sentence's events. */
function triggerEvent(st: ArticleState, ss: SentenceState, trig: Mention, modality: 'asserted' | 'denied' | 'none', addressed: boolean): void {
  const { text, gaz, events, article } = st;
  const { v, g, para, seenTactics, sentenceTriggers, dates } = ss;
  const s = v.sentence;
  const actor = doerOf(st, v, trig);
  const cands = targetCandidates(text, v, ss.persons, g, () => personBefore(st, ss, trig.start), () => groupBefore(st, v, trig));
  const target = targetFor(v, cands, trig, actor ? { start: actor.start, end: actor.end } : null, g);
  // a word that often names something else ("camps", "persecution", "filmed")
  // counts only when the sentence names the state that acts or a particular victim
  if (!actor && /^weak/.test(trig.attrs.note ?? '') && (!target || (target.weak && !target.placed))) return;
  // one event per act: the same tactic twice in a sentence is one act unless the victims differ
  const actKey = `${trig.value}\0${target?.name ?? ''}`;
  if (seenTactics.has(actKey)) {
    // the second mention may carry the date: "infected with Pegasus spyware in 2023"
    const first = [...events].reverse().find((e) => e.source.sentence === v.index && e.tactic === trig.value && (e.target?.name ?? '') === (target?.name ?? ''));
    const date = first && !first.date ? dateFor(v, dates, trig, sentenceTriggers, g) : null;
    if (first && date) first.date = { text: date.text, value: date.value, precision: date.precision };
    return;
  }
  // a second mention of the same act with no particular victim adds nothing
  if ((!target || target.weak) && seenTactics.has(trig.value)) return;
  seenTactics.add(actKey);
  seenTactics.add(trig.value);

  let placeMention = placeFor(v, placeCandidates(v, g), trig, isPassive(v, trig, g));
  // "arrested when he came home to Iran": the arrival is where, even if the sentence names another place
  const arrival = LOCAL_POWERS.has(trig.value) && trig.value !== 'DEPORTATION' ? arrivalPlace(v, g) : null;
  const arrived = arrival && (!placeMention || (arrival.start >= trig.end && wordsBetween(v, trig.end, arrival.start) <= 6)) ? arrival : null;
  if (arrived) placeMention = arrived;
  const perpetrator = eventPerpetrator(st, ss, trig, actor, placeMention, arrived);
  const place = eventPlace(st, ss, trig, perpetrator, placeMention);
  const date = dateFor(v, dates, trig, sentenceTriggers, g);
  // pressure or threats "to report on" others recruit an informer
  const recruited = (trig.value === 'HARASSMENT' || trig.value === 'THREAT') && phraseEnds(v, g.collaborationAims).some((k) => {
    const startsAt = v.tokens[k - 1].start;
    return startsAt > trig.end && wordsBetween(v, trig.end, startsAt) <= 8 && !/[.;:!?]/.test(v.text.slice(trig.end, startsAt));
  });
  const code = addressed ? 'THREAT' : recruited ? 'COERCED_COLLABORATION' : trig.value;
  const tactic = gaz.tactics.get(code)!;
  events.push({
    id: eventId(article.file, s.start, s.end, trig.start, code),
    tactic: code,
    tactic_label: tactic.label,
    cameo: tactic.cameo,
    plover: tactic.plover,
    perpetrator,
    target: target ? { name: target.name, type: target.type } : null,
    place,
    date: date ? { text: date.text, value: date.value, precision: date.precision } : null,
    language: v.lang,
    polarity: modality === 'denied' ? 'denied' : 'asserted',
    source: { file: article.file, title: article.title, published: article.published, sentence: v.index, start: s.start, end: s.end, text: text.slice(s.start, s.end) },
    trigger: { text: trig.text, start: trig.start, end: trig.end },
  });
  if (actor && perpetrator?.country) para.perp = perpetrator;
  if (placeMention) para.place = placeFromMention(placeMention);
  if (place) para.actPlace = place;
}

/** Who did the act: its actor, else the state where a local power acted, else what the paragraph or article established. */
function eventPerpetrator(st: ArticleState, ss: SentenceState, trig: Mention, actor: ActorCandidate | null, placeMention: Mention | null, arrived: Mention | null): Perp {
  const { gaz, docState } = st;
  const { v, g, para, actors } = ss;
  let perpetrator: Perp = actor ? { name: actor.name, country: actor.country, type: actor.type } : null;
  // "was arrested in Laos" (right after the act, with no "by" agent): the state of the place
  if (placeMention && LOCAL_POWERS.has(trig.value) && (arrived || (placeMention.start >= trig.end && wordsBetween(v, trig.end, placeMention.start) <= 3)) && !hasAgent(v, trig, g)) {
    perpetrator = { name: gaz.countryNames.get(placeMention.value) ?? placeMention.value, country: placeMention.value, type: 'state' };
  }
  // "the police" refers back to the last police the article tied to a state
  if (perpetrator && !perpetrator.country && !actor?.unnamed) perpetrator.country = st.lastOfType.get(perpetrator.type) ?? para.perp?.country ?? docState?.country ?? null;
  if (!perpetrator && placeMention && ON_OWN_TERRITORY.has(trig.value)) {
    perpetrator = { name: gaz.countryNames.get(placeMention.value) ?? placeMention.value, country: placeMention.value, type: 'state' };
  }
  const weak = perpetrator || para.perp ? null : demonymNear(v, actors, trig);
  if (!perpetrator) perpetrator = para.perp ?? (weak ? { name: weak.name, country: weak.country, type: weak.type } : null);
  if (!perpetrator && docState) perpetrator = { name: docState.name, country: docState.country, type: docState.type };

  return perpetrator;
}

/** Where the act happened: the place the sentence states, else what the perpetrator, the paragraph or the accuser imply. */
function eventPlace(st: ArticleState, ss: SentenceState, trig: Mention, perpetrator: Perp, placeMention: Mention | null): Place {
  const { gaz } = st;
  const { v, g, para, actors } = ss;
  let place: Place = placeMention ? placeFromMention(placeMention) : null;
  // "in the country", "i landet": the state just named, the perpetrator's
  if (!place && perpetrator?.country && v.tokens.some((t, k) => g.thisCountry.has(t.key) && g.locative.has(prepositionBefore(v, t.start, g.determiners)) && k > 0)) {
    place = countryPlace(gaz, perpetrator!.country!);
  }
  place ??= para.place;
  // an article whose every stated place lies in the perpetrator's state tells of acts at home
  if (!place && perpetrator?.country && st.docPlaceCountries.size && [...st.docPlaceCountries].every((c) => c === perpetrator!.country)) {
    place = countryPlace(gaz, perpetrator!.country!);
  }
  // a state deporting people to itself is the requesting state, not where the act happened
  const toPerpetrator = v.mentions.some((m) => m.kind === 'place' && m.value === perpetrator?.country && g.destination.has(prepositionBefore(v, m.start, g.determiners)));
  // "returned to China", "sendt tilbake": the returning is done where they were, not in the state they go back to
  const returned = trig.value === 'DEPORTATION' && g.returnWords.some((w) => trig.text.toLowerCase().includes(w));
  // "at the behest of Beijing": the state asking did not act on its own ground
  const requested = (ss.requested ??= g.requesters.some((r) => ss.lower.includes(r)));
  const ownTerritory = ON_OWN_TERRITORY.has(trig.value) && !(trig.value === 'DEPORTATION' && (toPerpetrator || returned)) && !requested;
  // "Swedish authorities accused X of spying": the accusing state is where it happened
  if (!place) {
    const accuser = accuserOf(v, actors, trig, g);
    if (accuser?.country && accuser.country !== perpetrator?.country) place = countryPlace(gaz, accuser.country);
  }
  // people returned at another state's request were held where the paragraph's last act happened
  if (!place && (requested || returned) && para.actPlace?.country !== perpetrator?.country) place = para.actPlace ?? null;
  if (!place && (ownTerritory || (DOMESTIC_ORGANS.has(perpetrator?.type ?? '') && !requested && !returned)) && perpetrator?.country) {
    place = countryPlace(gaz, perpetrator!.country!);
  }
  // "killed or disappeared abroad", "i utlandet": not in the perpetrator's own state
  if (place && place.country === perpetrator?.country && phraseEnds(v, g.abroad).some((k) => v.tokens[k - 1].start >= trig.end && k - 1 - v.wordAt(trig.end) <= 4)) place = null;
  return place;
}

/** After a sentence's acts: merges its events, and carries on what it establishes (places, states, people, groups). */
function closeSentence(st: ArticleState, ss: SentenceState): void {
  const { events, views } = st;
  const { v, g, para, actors, referents } = ss;
  const s = v.sentence;
  // the same act named twice ("intelligence activities ... espionage targeting
  // critics"): the mention without a particular victim adds nothing
  // this sentence's events are the last ones pushed
  let first = events.length;
  while (first > 0 && events[first - 1].source.sentence === v.index) first--;
  let here = events.slice(first);
  const vague = here.filter((e) => !e.target && here.some((o) => o !== e && o.tactic === e.tactic && o.target));
  if (vague.length) {
    for (const e of vague) events.splice(events.indexOf(e), 1);
    here = here.filter((e) => !vague.includes(e));
  }
  // acts told together happen together: "arrested and beaten by the police" in one place
  for (const e of here) {
    if (e.place) continue;
    const with_ = here.find((o) => o.place && o.perpetrator?.country === e.perpetrator?.country);
    if (with_) e.place = with_.place;
  }
  // a place the sentence puts something at ("he lives in Oslo") is where
  // the paragraph goes on, unless an act here already set one
  if (!here.some((e) => e.place && e.place.name !== para.place?.name)) {
    const at = placeCandidates(v, g).find((m) => !actors.some((a) => a.used.includes(m)));
    if (at && !here.length) para.place = placeFromMention(at);
  }
  // carry what this sentence establishes even when it names no act
  for (const a of actors) if (a.strength === 3 && a.country && a.type !== 'host-agency') st.lastOfType.set(a.type, a.country);
  const stateHere = actors.find((a) => a.strength === 3 && a.country && a.type !== 'host-agency');
  if (stateHere) para.perp = { name: stateHere.name, country: stateHere.country, type: stateHere.type };
  st.carry.set(s.paragraph, para);
  if (referents.length) st.lastPersonName = referents[referents.length - 1].text;
  const groupsHere = v.mentions.filter((m) => m.kind === 'group' && m.attrs.weak !== 'yes');
  if (groupsHere.length) st.lastGroupName = groupsHere[groupsHere.length - 1].text;
  else if (s.paragraph !== views[v.index + 1]?.sentence.paragraph) st.lastGroupName = null;
  const { salience, lastSeen } = st;
  for (const p of referents) {
    // "Hansen" and "Kari Hansen" are one person: count by the last word, keep the longest form
    const key = p.text.split(/\s+/).pop()!;
    let full = p.text;
    for (const k of salience.keys())
      if (k.endsWith(key)) {
        full = k;
        break;
      }
    const name = full.length >= p.text.length ? full : p.text;
    const count = (salience.get(full) ?? 0) + 1;
    salience.delete(full);
    salience.set(name, count);
    lastSeen.delete(full);
    lastSeen.set(name, v.index);
  }
}

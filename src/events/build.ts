// The event stage: one record per act named in a sentence. For each trigger
// that the modality rules keep, the perpetrator, target, place and date are
// read from the sentence; a perpetrator or place the sentence lacks is carried
// over from earlier sentences of the same paragraph (as the annotation guide
// allows), then from the state the article is about.
import type { Article, DateMention, EventRecord, Mention } from '../types.js';
import type { Gazetteer } from '../gazetteer/load.js';
import { eventId } from '../output/id.js';
import { demonymNear, findActors, hasAgent, perpetratorFor, type ActorCandidate } from './actors.js';
import { grammarFor, type CompiledGrammar } from './grammar.js';
import { modalityOf } from './modality.js';
import { documentNames, findPersons } from './persons.js';
import { placeCandidates, placeFor } from './place.js';
import { phraseEndsAt, prepositionBefore, sentenceViews, wordsBetween, type SentenceView } from './sentence-view.js';
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
/** Acts a state also does to those who repress for it (arrests, expulsions, prison terms). */
const AGAINST_CULPRITS = new Set(['DETENTION', 'DEPORTATION']);

/** A word for the perpetrator of an act close around the trigger, where its object or passive subject stands. */
function culpritsNear(v: SentenceView, trig: Mention, g: CompiledGrammar): { start: number }[] {
  const i = v.wordAt(trig.start), j = v.wordAt(trig.end);
  return v.tokens.slice(Math.max(0, i - 4), i).concat(v.tokens.slice(j, j + 3)).filter((t) => g.culprits.has(t.key));
}

/** Whether only a few words with a coordinating conjunction lie between two offsets. */
function coordinated(v: SentenceView, from: number, to: number, g: CompiledGrammar): boolean {
  const between = v.tokens.slice(v.wordAt(from), v.wordAt(to));
  return between.length <= 3 && between.some((t) => g.coordination.has(t.key)) && !/[.;:!?]/.test(v.text.slice(from, to));
}

/** How far back a scene noun looks for the act it is the scene of. */
const SETTING_REACH = 8;

/**
 * A trigger noun that is the scene of an act told just before it names no act
 * of its own: "were arrested during the raids", "mistreated in so-called camps",
 * "ble pågrepet under razziaene".
 */
function inSetting(v: SentenceView, trig: Mention, triggers: Mention[], g: CompiledGrammar): boolean {
  let i = v.wordAt(trig.start) - 1;
  // at most one other modifier among the fillers: "during the police raids"
  for (let other = 0; i >= 0 && !g.settings.has(v.tokens[i].key); i--) if (!g.settingFillers.has(v.tokens[i].key) && ++other > 1) return false;
  if (i < 0) return false;
  const prep = v.tokens[i];
  return triggers.some((o) => o !== trig && o.end <= prep.start && wordsBetween(v, o.end, trig.start) <= SETTING_REACH && !/[;:.!?]/.test(v.text.slice(o.end, prep.start)));
}

/**
 * A trigger noun followed by "in which"/"where"/"der" and another act is the
 * scene of that act: "camps in which detainees were tortured", "leirer der de
 * blir mishandlet".
 */
function sceneOfLaterAct(v: SentenceView, trig: Mention, triggers: Mention[], g: CompiledGrammar): boolean {
  const j = v.wordAt(trig.end);
  const next = v.tokens.slice(j, j + 2).map((t) => t.key);
  if (!g.sceneRelatives.has(next[0] ?? '') && !g.sceneRelatives.has(next.join(' '))) return false;
  if (/[.;:!?]/.test(v.text.slice(trig.end, v.tokens[j]?.start ?? trig.end))) return false;
  return triggers.some((o) => o.start > trig.end && wordsBetween(v, trig.end, o.start) <= SETTING_REACH);
}

/**
 * Harassment named beside another act ("threatened and harassed", "overvåker
 * og trakasserer") describes that act, not a second one, as does an assault
 * beside a killing ("skutt og drept"); "threats and other harassment" names two.
 */
function absorbedHarassment(v: SentenceView, trig: Mention, triggers: Mention[], g: CompiledGrammar): boolean {
  const by = ABSORBED_BY[trig.value];
  if (!by) return false;
  if (g.others.has(v.tokens[v.wordAt(trig.start) - 1]?.key ?? '')) return false;
  // a vague word with the act right after it: "targeted by spyware", "targeted with threats"
  if (/^weak/.test(trig.attrs.note ?? '') && triggers.some((o) => o.value !== trig.value && o.start >= trig.end && wordsBetween(v, trig.end, o.start) <= 2 && !/[,;:.!?]/.test(v.text.slice(trig.end, o.start)))) return true;
  return triggers.some((o) => o.value !== trig.value && (by === '*' || by === o.value) && (o.end <= trig.start ? coordinated(v, o.end, trig.start, g) : o.start >= trig.end && coordinated(v, trig.end, o.start, g)));
}
/** Acts that, joined to another by "and"/"og", only describe it: harassment beside any act, an assault beside a killing ("shot and killed"). */
const ABSORBED_BY: Record<string, string> = { HARASSMENT: '*', ASSAULT: 'KILLING' };

/** The state that accuses another of the act: "Swedish authorities accused a Chinese man of spying". */
function accuserOf(v: SentenceView, actors: ActorCandidate[], trig: Mention, g: CompiledGrammar): { country: string | null } | null {
  const ti = v.wordAt(trig.start);
  for (let k = ti - 1; k >= 0 && ti - k <= 12; k--) {
    if (!g.accusation.has(v.tokens[k].key)) continue;
    const verb = v.tokens[k];
    // "was convicted by a Swedish court of spying": the agent after the verb judges
    const by = v.tokens[k + 1] && g.agent.has(v.tokens[k + 1].key) ? actors.find((a) => a.start >= verb.end && a.end <= trig.start && wordsBetween(v, verb.end, a.start) <= 3 && a.country) : undefined;
    if (by) return by;
    const before = actors.filter((a) => a.end <= verb.start && a.strength >= 2 && wordsBetween(v, a.end, verb.start) <= 2);
    if (before.length) return before[before.length - 1];
    // a capital standing for its state: "Berlin has accused Vietnam of kidnapping"
    const city = v.mentions.filter((m) => m.kind === 'place' && m.end <= verb.start && wordsBetween(v, m.end, verb.start) <= 2 && !g.locative.has(prepositionBefore(v, m.start, g.determiners)) && !g.origin.has(prepositionBefore(v, m.start, g.determiners))).pop();
    return city ? { country: city.value } : null;
  }
  return null;
}

/** Word indexes just after each occurrence of one of `phrases` in the sentence. */
function phraseEnds(v: SentenceView, phrases: string[][]): number[] {
  const out: number[] = [];
  for (let i = 1; i <= v.tokens.length; i++) if (phraseEndsAt(v, i, phrases)) out.push(i);
  return out;
}

/**
 * Whether the sentence convicts or charges someone of an act of repression
 * done for another state than the one judging: "was convicted by a Swedish
 * court of spying for China". The prison term or expulsion that follows
 * falls on the culprit, not on a victim.
 */
function convictsCulprit(v: SentenceView, actors: ActorCandidate[], triggers: Mention[], g: CompiledGrammar): boolean {
  for (const k of phraseEnds(v, g.conviction)) {
    const from = v.tokens[k - 1].end;
    const act = triggers.find((t) => t.start >= from && !AGAINST_CULPRITS.has(t.value) && wordsBetween(v, from, t.start) <= 8);
    if (!act) continue;
    const actFor = perpetratorFor(v, actors, act, g);
    const judge = actors.find((a) => a.start >= from && a.end <= act.start && a.country) ?? actors.filter((a) => a.end <= from && a.country).pop();
    if (!actFor?.country || !judge?.country || actFor.country !== judge.country) return true;
  }
  return false;
}

/** A back-reference to an act already told: "after the shooting", "etter drapet". */
function backReference(v: SentenceView, trig: Mention, told: EventRecord[], g: CompiledGrammar): boolean {
  if (!phraseEndsAt(v, v.wordAt(trig.start), g.afterwards)) return false;
  return told.some((e) => e.tactic === trig.value || (VIOLENT.has(e.tactic) && VIOLENT.has(trig.value)));
}
const VIOLENT = new Set(['KILLING', 'ASSAULT']);

/**
 * Where someone arrived when a local power acted on them: "arrested when he
 * returned to Iran", "pågrepet da han kom hjem til Iran".
 */
function arrivalPlace(v: SentenceView, g: CompiledGrammar): Mention | null {
  for (const k of phraseEnds(v, g.arrival)) {
    // "have been returned to China" names a deportation, not an arrival
    if (v.mentions.some((m) => m.kind === 'trigger' && m.start < v.tokens[k - 1].end && m.end > v.tokens[k - 1].start)) continue;
    let i = k;
    while (i < v.tokens.length && g.determiners.has(v.tokens[i].key)) i++;
    const at = v.tokens[i];
    const m = at && v.mentions.find((x) => x.kind === 'place' && x.start === at.start);
    if (m) return m;
  }
  return null;
}

/** Whether a person stands as the source of a statement: "said Jane Doe", "Doe argues", "sier Hansen". */
function isSpeaker(v: SentenceView, p: Mention, g: CompiledGrammar): boolean {
  const i = v.wordAt(p.start), j = v.wordAt(p.end);
  const before = v.tokens[i - 1]?.key ?? '', before2 = v.tokens[i - 2]?.key ?? '';
  return g.speech.has(before) || g.speech.has(`${before2} ${before}`) || g.speech.has(v.tokens[j]?.key ?? '');
}

/** How many sentences back a pronoun looks for the person it refers to. */
const RECENT = 8;
/** Acts that, said to the victim ("we'll kill you"), are threats. */
const PHYSICAL = new Set(['KILLING', 'ASSAULT', 'RENDITION', 'DETENTION', 'TORTURE']);
/** Organs that act at home: whatever they do, without a stated place, happens in their state. */
const DOMESTIC_ORGANS = new Set(['police', 'military', 'court']);

type Perp = EventRecord['perpetrator'];
type Place = EventRecord['place'];

/** Counts the states of actors (an organ twice, a country named as subject once) and names the most counted. */
class StateTally {
  private readonly score = new Map<string, { n: number; first: ActorCandidate }>();
  add(a: ActorCandidate): void {
    if (!a.country) return;
    const s = this.score.get(a.country) ?? { n: 0, first: a };
    s.n += a.strength === 3 ? 2 : 1;
    this.score.set(a.country, s);
  }
  best(): ActorCandidate | null {
    let best: { n: number; first: ActorCandidate } | null = null;
    for (const s of this.score.values()) if (!best || s.n > best.n) best = s;
    return best?.first ?? null;
  }
}

/** The state the article names most, by its organs and as a subject. */
function dominantState(views: SentenceView[], perSentence: ActorCandidate[][]): ActorCandidate | null {
  const tally = new StateTally();
  for (const v of views)
    for (const a of perSentence[v.index]) {
      if (!a.country || a.strength < 2 || a.type === 'host-agency') continue;
      // an organ that reports or investigates ("Tysk politi etterforsker", "police said") is not what the article is about
      const g = grammarFor(v.lang), k = v.wordAt(a.end);
      if ([v.tokens[k], v.tokens[k + 1]].some((t) => t && g.speech.has(t.key))) continue;
      tally.add(a);
    }
  return tally.best();
}

/**
 * The state the article's acts are told of: the state of the actors that
 * stand as doers of acts in their own sentences. An organ that only
 * investigates, receives reports or comments (a host country's police) does
 * not make the article about its state.
 */
function actingState(views: SentenceView[], actorsBySentence: ActorCandidate[][]): ActorCandidate | null {
  const tally = new StateTally();
  for (const v of views) {
    const g = grammarFor(v.lang);
    for (const trig of v.mentions) {
      if (trig.kind !== 'trigger') continue;
      // a back-reference ("investigating the killing") or an act not reported names no doer
      if (phraseEndsAt(v, v.wordAt(trig.start), g.afterwards) || modalityOf(v.text, v, trig, g).modality === 'none') continue;
      const a = perpetratorFor(v, actorsBySentence[v.index], trig, g);
      if (a && a.type !== 'host-agency') tally.add(a);
    }
  }
  return tally.best();
}

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

/**
 * The date of the act named at `trigger`: a date opening the sentence dates
 * every act in it; any other date belongs to the act nearest to it in words,
 * and on a tie to the act before it, as adverbials follow their verb
 * ("extradited in September after being detained for two months").
 */
/** How far back from a date a relative pronoun makes it the relative clause's. */
const RELATIVE_REACH = 8;

function dateFor(v: SentenceView, allDates: DateMention[], trigger: Mention, triggers: Mention[], g: CompiledGrammar): DateMention | null {
  const words = (d: { start: number; end: number }, t: { start: number; end: number }) =>
    d.start >= t.end ? wordsBetween(v, t.end, d.start) : wordsBetween(v, d.end, t.start);
  // "he told reporters on Monday that...", "sa mandag at": the date of the telling, not of the act
  const dates = allDates.filter((d) => {
    const k = v.wordAt(d.start);
    if (v.tokens.slice(Math.max(0, k - 3), k).some((t) => g.speech.has(t.key))) return false;
    // "a pilot who defected last year has been found shot dead": the date is the relative clause's
    if (d.end <= trigger.start) {
      for (let r = k - 1; r >= 0 && k - r <= RELATIVE_REACH; r--) {
        if (triggers.some((t) => t.start >= v.tokens[r].start && t.end <= d.start)) break;
        if (g.relativePronouns.has(v.tokens[r].key)) return false;
      }
    }
    return true;
  });
  const first = triggers.reduce((a, t) => (t.start < a.start ? t : a), trigger);
  const own = dates.filter((d) => {
    if (d.end <= first.start) return true;
    // the closest act before the date, unless a comma or semicolon closes its clause first
    const before = triggers.filter((t) => t.end <= d.start && !/[,;:]/.test(v.text.slice(t.end, d.start)));
    if (before.length) return before.reduce((a, t) => (t.end > a.end ? t : a)) === trigger;
    const after = triggers.filter((t) => t.start >= d.end);
    return after.length ? after.reduce((a, t) => (words(d, t) < words(d, a) ? t : a)) === trigger : true;
  });
  if (!own.length) return null;
  return own.sort((a, b) => words(a, trigger) - words(b, trigger))[0];
}

export function extractEvents(article: Article, gaz: Gazetteer, opts: EventOptions = {}): Article {
  const text = article.text;
  const views = sentenceViews(article);
  const actorsBySentence = views.map((v) => findActors(text, v, grammarFor(v.lang)));
  const docState = actingState(views, actorsBySentence) ?? dominantState(views, actorsBySentence);
  const knownParts = documentNames(text, views, (v) => grammarFor(v.lang), gaz.commonWords);
  const salience = new Map<string, number>();
  const lastSeen = new Map<string, number>();
  const lastOfType = new Map<string, string>();
  const docPlaceCountries = new Set<string>();
  for (const v of views) for (const m of placeCandidates(v, grammarFor(v.lang))) docPlaceCountries.add(m.value);
  let lastPersonName: string | null = null;
  let lastGroupName: string | null = null;
  const events: EventRecord[] = [];
  // per paragraph: the last perpetrator and stated place, and where the last act happened
  const carry = new Map<number, { perp: Perp; place: Place; actPlace?: Place }>();
  const allDates = article.dates ?? [];

  for (const v of views) {
    const g = grammarFor(v.lang);
    const s = v.sentence;
    // a site's footer ("The post ... appeared first on ...") is not the article's text
    const lower = v.mentions.some((m) => m.kind === 'trigger') ? text.slice(s.start, s.end).toLowerCase() : '';
    if (lower && g.boilerplate.some((b) => lower.includes(b))) continue;
    const persons = findPersons(text, v, g, knownParts);
    // the source of a statement ("Petersen argues that...", "sier Hansen") is not whom a pronoun refers to
    const referents = persons.filter((p) => !isSpeaker(v, p, g));
    // a pronoun refers to a person named earlier in this sentence, else to
    // the person the article has named most (the protagonist), else the last one
    const personBefore = (offset: number) => {
      const inSentence = referents.filter((p) => p.end <= offset);
      if (inSentence.length) return inSentence[inSentence.length - 1].text;
      // among the people named in the last few sentences, the one the article names most
      let best: string | null = null, n = 0;
      for (const [name, count] of salience) if (count > n && (lastSeen.get(name) ?? -99) >= v.index - RECENT) [best, n] = [name, count];
      return best ?? lastPersonName;
    };
    const actors = actorsBySentence[v.index];
    const dates = allDates.filter((d) => d.start >= s.start && d.end <= s.end);
    const para: { perp: Perp; place: Place; actPlace?: Place } = carry.get(s.paragraph) ?? { perp: null, place: null };
    const seenTactics = new Set<string>();

    // a word that is also listed as a group names people, not an act ("detainees", "ex-prisoners")
    const groupSpans = new Set(v.mentions.filter((m) => m.kind === 'group').map((m) => `${m.start}:${m.end}`));
    let cancelledEnd = -1;
    const sentenceTriggers = v.mentions.filter((m) => m.kind === 'trigger' && !groupSpans.has(`${m.start}:${m.end}`));
    // the culprit an arrest or expulsion falls on ("arrested the spy") is a person here, not an act of spying
    const arrestedCulprits = new Set(sentenceTriggers.filter((m) => AGAINST_CULPRITS.has(m.value)).flatMap((m) => culpritsNear(v, m, g).map((t) => t.start)));
    const culpritConvicted = sentenceTriggers.length > 0 && convictsCulprit(v, actors, sentenceTriggers, g);
    for (const trig of sentenceTriggers) {
      // "We will kill you", "vi skal ta deg": an act aimed at the one addressed is a threat of it, uttered now
      const addressed = PHYSICAL.has(trig.value) && g.secondPerson.has(v.tokens[v.wordAt(trig.end)]?.key ?? '');
      const judged = addressed ? { modality: 'asserted' as const, cue: null } : modalityOf(text, v, trig, g);
      let modality = judged.modality;
      // acts joined by "and"/"or" share their modality: "could be arrested and jailed"
      if (modality !== 'none' && cancelledEnd >= 0 && coordinated(v, cancelledEnd, trig.start, g)) modality = 'none';
      if (modality === 'none') {
        // a phrase that names no act ("murder weapon") does not spread to the next act
        if (judged.cue?.value !== 'nonact') cancelledEnd = trig.end;
        continue;
      }
      if (modality === 'denied' && !opts.includeDenied) continue;
      // the annotation guide excludes acts against the perpetrators: "police arrested the suspect"
      if (AGAINST_CULPRITS.has(trig.value) && culpritsNear(v, trig, g).length) continue;
      if (arrestedCulprits.has(trig.start)) continue;
      if (culpritConvicted && AGAINST_CULPRITS.has(trig.value)) continue;
      if (backReference(v, trig, events, g)) continue;
      if (inSetting(v, trig, sentenceTriggers, g) || sceneOfLaterAct(v, trig, sentenceTriggers, g) || absorbedHarassment(v, trig, sentenceTriggers, g)) continue;
      const actor = perpetratorFor(v, actors, trig, g);
      const groupBefore = () => {
        const here = v.mentions.filter((m) => m.kind === 'group' && m.end <= trig.start && m.attrs.weak !== 'yes');
        return here.length ? here[here.length - 1].text : lastGroupName;
      };
      const cands = targetCandidates(text, v, persons, g, () => personBefore(trig.start), groupBefore);
      const target = targetFor(v, cands, trig, actor ? { start: actor.start, end: actor.end } : null, g);
      // a word that often names something else ("camps", "persecution", "filmed")
      // counts only when the sentence names the state that acts or a particular victim
      if (!actor && /^weak/.test(trig.attrs.note ?? '') && (!target || (target.weak && !target.placed))) continue;
      // one event per act: the same tactic twice in a sentence is one act unless the victims differ
      const actKey = `${trig.value}\0${target?.name ?? ''}`;
      if (seenTactics.has(actKey)) {
        // the second mention may carry the date: "infected with Pegasus spyware in 2023"
        const first = [...events].reverse().find((e) => e.source.sentence === v.index && e.tactic === trig.value && (e.target?.name ?? '') === (target?.name ?? ''));
        const date = first && !first.date ? dateFor(v, dates, trig, sentenceTriggers, g) : null;
        if (first && date) first.date = { text: date.text, value: date.value, precision: date.precision };
        continue;
      }
      // a second mention of the same act with no particular victim adds nothing
      if ((!target || target.weak) && seenTactics.has(trig.value)) continue;
      seenTactics.add(actKey);
      seenTactics.add(trig.value);

      let placeMention = placeFor(v, placeCandidates(v, g), trig, isPassive(v, trig, g));
      // "arrested when he came home to Iran": the arrival is where, even if the sentence names another place
      const arrival = LOCAL_POWERS.has(trig.value) && trig.value !== 'DEPORTATION' ? arrivalPlace(v, g) : null;
      const arrived = arrival && (!placeMention || (arrival.start >= trig.end && wordsBetween(v, trig.end, arrival.start) <= 6)) ? arrival : null;
      if (arrived) placeMention = arrived;
      let perpetrator: Perp = actor ? { name: actor.name, country: actor.country, type: actor.type } : null;
      // "was arrested in Laos" (right after the act, with no "by" agent): the state of the place
      if (placeMention && LOCAL_POWERS.has(trig.value) && (arrived || (placeMention.start >= trig.end && wordsBetween(v, trig.end, placeMention.start) <= 3)) && !hasAgent(v, trig, g)) {
        perpetrator = { name: gaz.countryNames.get(placeMention.value) ?? placeMention.value, country: placeMention.value, type: 'state' };
      }
      // "the police" refers back to the last police the article tied to a state
      if (perpetrator && !perpetrator.country && !actor?.unnamed) perpetrator.country = lastOfType.get(perpetrator.type) ?? para.perp?.country ?? docState?.country ?? null;
      if (!perpetrator && placeMention && ON_OWN_TERRITORY.has(trig.value)) {
        perpetrator = { name: gaz.countryNames.get(placeMention.value) ?? placeMention.value, country: placeMention.value, type: 'state' };
      }
      const weak = perpetrator || para.perp ? null : demonymNear(v, actors, trig);
      if (!perpetrator) perpetrator = para.perp ?? (weak ? { name: weak.name, country: weak.country, type: weak.type } : null);
      if (!perpetrator && docState) perpetrator = { name: docState.name, country: docState.country, type: docState.type };

      let place: Place = placeMention ? placeFromMention(placeMention) : null;
      // "in the country", "i landet": the state just named, the perpetrator's
      if (!place && perpetrator?.country && v.tokens.some((t, k) => g.thisCountry.has(t.key) && g.locative.has(prepositionBefore(v, t.start, g.determiners)) && k > 0)) {
        place = countryPlace(gaz, perpetrator!.country!);
      }
      place ??= para.place;
      // an article whose every stated place lies in the perpetrator's state tells of acts at home
      if (!place && perpetrator?.country && docPlaceCountries.size && [...docPlaceCountries].every((c) => c === perpetrator!.country)) {
        place = countryPlace(gaz, perpetrator!.country!);
      }
      // a state deporting people to itself is the requesting state, not where the act happened
      const toPerpetrator = v.mentions.some((m) => m.kind === 'place' && m.value === perpetrator?.country && g.destination.has(prepositionBefore(v, m.start, g.determiners)));
      // "returned to China", "sendt tilbake": the returning is done where they were, not in the state they go back to
      const returned = trig.value === 'DEPORTATION' && g.returnWords.some((w) => trig.text.toLowerCase().includes(w));
      // "at the behest of Beijing": the state asking did not act on its own ground
      const requested = g.requesters.some((r) => lower.includes(r));
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
    // the same act named twice ("intelligence activities ... espionage targeting
    // critics"): the mention without a particular victim adds nothing
    let here = events.filter((e) => e.source.sentence === v.index);
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
    for (const a of actors) if (a.strength === 3 && a.country && a.type !== 'host-agency') lastOfType.set(a.type, a.country);
    const stateHere = actors.find((a) => a.strength === 3 && a.country && a.type !== 'host-agency');
    if (stateHere) para.perp = { name: stateHere.name, country: stateHere.country, type: stateHere.type };
    carry.set(s.paragraph, para);
    if (referents.length) lastPersonName = referents[referents.length - 1].text;
    const groupsHere = v.mentions.filter((m) => m.kind === 'group' && m.attrs.weak !== 'yes');
    if (groupsHere.length) lastGroupName = groupsHere[groupsHere.length - 1].text;
    else if (s.paragraph !== views[v.index + 1]?.sentence.paragraph) lastGroupName = null;
    for (const p of referents) {
      // "Hansen" and "Kari Hansen" are one person: count by the last word, keep the longest form
      const key = p.text.split(/\s+/).pop()!;
      const full = [...salience.keys()].find((k) => k.endsWith(key)) ?? p.text;
      const name = full.length >= p.text.length ? full : p.text;
      const count = (salience.get(full) ?? 0) + 1;
      salience.delete(full);
      salience.set(name, count);
      lastSeen.delete(full);
      lastSeen.set(name, v.index);
    }
  }
  return { ...article, events };
}

import type { Lang } from '../types.js';
import { english } from './en/grammar.js';
import { norwegian } from './no/grammar.js';
import { foldKey } from '../gazetteer/fold.js';

export interface Grammar {
  /** Prepositions that put the act at a place ("in Antwerp", "i Minsk"). */
  locative: string[];
  /** Prepositions of a destination: "deported to China" is not where the act happened. */
  destination: string[];
  origin: string[];
  /** "the embassy of China", "myndighetene i Minsk": a place that names an organ's state. */
  of: string[];
  /** Passive agent markers: "was arrested by", "ble arrestert av". */
  agent: string[];
  /** The state an act is done for: "spied for China", "on behalf of", "spionerte for Kina". */
  beneficiary: string[];
  /** Auxiliaries that make the next participle passive ("was arrested", "ble arrestert"). */
  passive: string[];
  pronounsPerson: string[];
  /** First-person object pronouns, resolved to the quote's speaker. */
  firstPerson: string[];
  /** Plural pronouns: "locking them inside camps" refers to the group named before. */
  groupPronouns: string[];
  /** Pronouns that are only subjects ("he", "she", "hun"): never the one acted on before an active verb. */
  subjectPronouns: string[];
  /** Speech verbs before a name make it the quote's source: "said X", "sier X", "according to X". */
  speech: string[];
  /** Words that open another clause (conjunctions, relative pronouns): a cue before them does not reach past them. */
  clauseBreakers: string[];
  /** Words for "the country" just named: "in the country", "i landet". */
  thisCountry: string[];
  /** Object pronouns of the one addressed: "kill you", "drepe deg". */
  secondPerson: string[];
  /** "Like Turkey, Egypt has detained...": a country compared with is not the actor. */
  comparison: string[];
  /** Words for the perpetrators of an act ("the suspect", "spionen"): acts against them are not repression. */
  culprits: string[];
  /** Coordinating conjunctions: acts joined by them share their modality. */
  coordination: string[];
  /** Articles skipped when looking for a preposition: "in the United States", "i det hemmelige fengselet". */
  determiners: string[];
  /** Verbs whose subject accuses someone else of the act: "X accused Y of kidnapping". */
  accusation: string[];
  /** Capitalised words that do not start or make up a person's name. */
  nameStop: string[];
  /** Prepositions that make a noun the scene of another act: "arrested during the raids", "i leirene". */
  settings: string[];
  /** Words between such a preposition and its noun: "during the so-called raids". */
  settingFillers: string[];
  /** Phrases that mark a line as site boilerplate, never an article's sentence ("appeared first on"). */
  boilerplate: string[];
  /** "threats and other harassment": the second act is a separate one. */
  others: string[];
  /** Words after a noun that make it the scene of what follows: "camps in which", "leirer der". */
  sceneRelatives: string[];
  /** Phrases naming a state that asked another to act: "at the behest of Beijing", "på oppfordring fra". */
  requesters: string[];
  /** Parts of deportation words that mean sending people back: "returned", "tilbake". */
  returnWords: string[];
  /** Number words that make a generic group particular: "hundreds of people", "én million mennesker". */
  quantities: string[];
  /** Words of a conviction or charge: an act the convicted did makes them its culprit ("convicted of spying for China"). */
  conviction: string[];
  /** Words before a noun that refer back to an act already told: "after the shooting", "investigating the killing", "etter drapet". */
  afterwards: string[];
  /** Words that leave an organ's state unnamed on purpose: "foreign intelligence", "enkelte lands myndigheter". */
  unnamedStates: string[];
  /** Verbs of arriving before a destination: "arrested when he returned to Iran", "kom hjem til". */
  arrival: string[];
  /** Relative pronouns: a date inside a relative clause before the act belongs to the clause's verb. */
  relativePronouns: string[];
  /** What pressure is for when it recruits an informer: "pressured him to report on", "presset til å rapportere". */
  collaborationAims: string[];
  /** Pronouns by which a speaking organ tells of its own act: "China says it detained", "politiet sier de pågrep". */
  selfReference: string[];
  /** Words saying an act happened outside the acting state: "abroad", "i utlandet". */
  abroad: string[];
  /** Verbs of sending and the particle that makes them a return, with the object between: "sent them back". */
  returnVerbs: string[];
  returnParticles: string[];
}

export interface CompiledGrammar {
  locative: Set<string>;
  destination: Set<string>;
  origin: Set<string>;
  of: Set<string>;
  agent: Set<string>;
  beneficiary: Set<string>;
  passive: Set<string>;
  pronounsPerson: Set<string>;
  groupPronouns: Set<string>;
  firstPerson: Set<string>;
  subjectPronouns: Set<string>;
  speech: Set<string>;
  clauseBreakers: Set<string>;
  determiners: Set<string>;
  coordination: Set<string>;
  culprits: Set<string>;
  comparison: Set<string>;
  secondPerson: Set<string>;
  thisCountry: Set<string>;
  accusation: Set<string>;
  nameStop: Set<string>;
  settings: Set<string>;
  settingFillers: Set<string>;
  boilerplate: string[];
  others: Set<string>;
  sceneRelatives: Set<string>;
  requesters: string[];
  returnWords: string[];
  quantities: Set<string>;
  /** Phrases as lists of folded words, compared word by word with a sentence's tokens. */
  conviction: string[][];
  afterwards: string[][];
  unnamedStates: string[][];
  arrival: string[][];
  relativePronouns: Set<string>;
  collaborationAims: string[][];
  selfReference: Set<string>;
  abroad: string[][];
  returnVerbs: Set<string>;
  returnParticles: Set<string>;
}

function compile(g: Grammar): CompiledGrammar {
  // folded as the sentence's word keys are ("på" → "pa", "Türkiye" → "turkiye"), word by word
  const fold = (x: string) => x.split(' ').map(foldKey).join(' ');
  const low = (xs: string[]) => new Set(xs.map(fold));
  // phrases of several words are matched against the sentence's word keys joined by spaces
  const lowList = (xs: string[]) => xs.map((x) => x.split(' ').map(foldKey));
  return {
    locative: low(g.locative), destination: low(g.destination), origin: low(g.origin), of: low(g.of), agent: low(g.agent), beneficiary: low(g.beneficiary), passive: low(g.passive),
    pronounsPerson: low(g.pronounsPerson), groupPronouns: low(g.groupPronouns), firstPerson: low(g.firstPerson), subjectPronouns: low(g.subjectPronouns), speech: low(g.speech), clauseBreakers: low(g.clauseBreakers), determiners: low(g.determiners), coordination: low(g.coordination), culprits: low(g.culprits), comparison: low(g.comparison), secondPerson: low(g.secondPerson), thisCountry: low(g.thisCountry), accusation: low(g.accusation), nameStop: new Set(g.nameStop),
    settings: low(g.settings), settingFillers: low(g.settingFillers), boilerplate: g.boilerplate.map((x) => x.toLowerCase()), others: low(g.others), sceneRelatives: low(g.sceneRelatives),
    requesters: g.requesters.map((x) => x.toLowerCase()), returnWords: g.returnWords.map((x) => x.toLowerCase()), quantities: low(g.quantities),
    conviction: lowList(g.conviction), afterwards: lowList(g.afterwards), unnamedStates: lowList(g.unnamedStates), arrival: lowList(g.arrival), relativePronouns: low(g.relativePronouns), collaborationAims: lowList(g.collaborationAims), selfReference: low(g.selfReference), abroad: lowList(g.abroad), returnVerbs: low(g.returnVerbs), returnParticles: low(g.returnParticles),
  };
}

const EN = compile(english);
const NO = compile(norwegian);

export function grammarFor(lang: Lang): CompiledGrammar {
  return lang === 'en' ? EN : NO;
}

import type { Doc } from '../../nlp/doc.js';
import type { CueMatch } from './find-cues.js';
import type { QuoteRule } from './quote-rule.js';

/**
 * Lexicon verbs of criticism whose first sense is a blow (`attack`, `blast`, `slam`, `savage`, `knock`): "The army attacked
 * the rebels", "slammed the door", "knocked 0.2% off growth" report no words. (`assail`, `lash out at`, `fire back at`
 * are read as speech: their physical senses are rare in news.)
 */
const PHYSICAL_SENSE_VERBS: ReadonlySet<string> = new Set(['attack', 'blast', 'slam', 'savage', 'knock']);

/**
 * Object words that make such a verb criticism: what is said, planned or decided. The events stage's rule
 * `attack.verbal` (data/events/verbs.yaml, CAMEO 111, PETRARCH2's ATTACK + a plan or a government's act) reads the same
 * words; a few more name a record or a claim ("attacked Labour's record", "attacked his claims").
 */
const SPEECH_OBJECTS: ReadonlySet<string> = new Set([
  'proposal', 'proposals', 'plan', 'plans', 'policy', 'policies', 'decision', 'decisions', 'statement', 'statements', 'remark',
  'remarks', 'comment', 'comments', 'bill', 'legislation', 'law', 'laws', 'report', 'idea', 'ideas', 'budget', 'stance', 'speech',
  'deal', 'agreement', 'measure', 'measures', 'reform', 'reforms', 'initiative', 'motion', 'amendment', 'ruling', 'verdict',
  'handling', 'approach', 'strategy', 'attitude', 'failure', 'practices', 'program', 'programme', 'tactics', 'leadership',
  'management', 'conduct', 'view', 'views', 'forecast', 'forecasts', 'projection', 'projections', 'estimate', 'estimates',
  'prediction', 'predictions', 'outlook', 'findings', 'regulation', 'regulations', 'record', 'claim', 'claims', 'pledge',
  'pledges', 'promise', 'promises', 'proposition', 'package', 'scheme', 'rules', 'tax', 'taxes', 'manifesto',
  'campaign', 'response', 'plea', 'move', 'moves', 'words', 'criticism', 'critics',
]);

/**
 * Objects that only a blow reaches: the events stage's rule `sense.attack-physical-object` (data/events/verbs.yaml's
 * senses, CAMEO 190) reads the same words, and a few things slammed, knocked or blasted ("the door", "the waves").
 */
const PHYSICAL_OBJECTS: ReadonlySet<string> = new Set([
  'position', 'positions', 'base', 'bases', 'town', 'towns', 'village', 'villages', 'city', 'convoy', 'convoys', 'troop', 'troops',
  'soldier', 'soldiers', 'police', 'policeman', 'policemen', 'station', 'post', 'posts', 'camp', 'camps', 'checkpoint', 'patrol',
  'barracks', 'ship', 'ships', 'vessel', 'vessels', 'tanker', 'aircraft', 'plane', 'planes', 'helicopter', 'embassy', 'building',
  'headquarters', 'compound', 'garrison', 'outpost', 'target', 'targets', 'stronghold', 'bunker', 'airport', 'airfield', 'port',
  'pipeline', 'refinery', 'fighter', 'fighters', 'rebel', 'rebels', 'militant', 'militants', 'guerrilla', 'guerrillas', 'civilian',
  'civilians', 'worshippers', 'protester', 'protesters', 'demonstrator', 'demonstrators', 'door', 'doors', 'wall', 'walls', 'ball',
  'waves', 'intruders', 'phones', 'computers', 'network', 'networks', 'website', 'websites', 'server', 'servers',
]);

/**
 * Heads of a subject that strikes rather than speaks: armed forces and groups, weapons and vehicles, malicious software
 * ("Rebels attacked the convoy", "the virus attacks Windows machines").
 */
const FORCE_SUBJECTS: ReadonlySet<string> = new Set([
  'army', 'armies', 'troops', 'soldiers', 'forces', 'force', 'military', 'rebels', 'militants', 'insurgents', 'guerrillas', 'gunmen',
  'fighters', 'militia', 'militias', 'police', 'attackers', 'bombers', 'terrorists', 'jets', 'warplanes', 'planes', 'aircraft',
  'helicopters', 'tanks', 'gunboat', 'gunboats', 'warship', 'warships', 'navy', 'mob', 'crowd', 'youths', 'virus', 'viruses', 'worm',
  'worms', 'trojan', 'malware', 'program', 'programs', 'hackers', 'hacker', 'storm', 'storms', 'wind', 'winds', 'shooter',
]);

/** Particles and measures that make the verb a physical act ("knocked 0.2% off growth", "blasted away the competition"). */
const PHYSICAL_PARTICLES: ReadonlySet<string> = new Set(['off', 'away', 'down', 'out', 'into', '%', 'percent']);

/** Words after the object that make the act criticism: "attacked the plan as a stealth tax", "attacked X for saying …", "attacked Blair over Iraq". */
const GROUND_WORDS: ReadonlySet<string> = new Set(['as', 'for', 'over']);

/** Words after "for" / "over" that make it a duration or a time, not a ground ("for hours", "over the weekend"). */
const TIME_WORDS = /^(\d+|a|an|several|two|three|hours|days|weeks|months|years|minutes|the)$/;
const TIME_HEADS = /^(hours|days|weeks|months|years|minutes|night|weekend|week|month|year|period|decade|decades)$/;

/** Rules whose content is the verb's object or complement rather than a clause. */
const OBJECT_RULES: ReadonlySet<QuoteRule> = new Set(['indirect-object', 'indirect-complement', 'indirect-fallback']);

/** Words that open a clause: a complement starting with one is reported speech ("blasted that the plan …"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which']);

/**
 * True when cue `c` is a verb with a physical sense (`attack`, `blast`, `slam`, `savage`, `knock`) whose content
 * `[cs, ce)` is its object, nothing in or right after it makes the act speech, and something makes it a blow. Speech: a
 * quotation mark, an object word that names something said, planned or decided (the words of the events stage's
 * `attack.verbal`, CAMEO 111, read 6 words on), or a ground of criticism after the object (`as …`, `for …`, `over …`
 * that is no time). A blow: a subject that is an armed force, a weapon or malicious software ("The army attacked …"), an
 * object only a blow reaches (the events stage's `sense.attack-physical-object`, CAMEO 190: "attacked the rebels",
 * "slammed the door"), or a particle or measure of a physical act ("knocked 0.2% off growth", "blasted away"). An object
 * that is neither (a person, a party: "Trump attacked Machado") stays a quote: political news uses the verb for words
 * far more often (PolNeAR train and dev annotate every "attacked <name>" as an attribution).
 * @param doc the token layer; `c` the cue; `cs`, `ce` the content's token range (half-open); `rule` the rule that read it
 * @param quoted per-token flags, non-zero inside quotation marks
 * @returns true when the content is a blow, no speech
 */
export function isPhysicalSense(doc: Doc, c: CueMatch, cs: number, ce: number, rule: QuoteRule, quoted: Uint8Array): boolean {
  if (!OBJECT_RULES.has(rule) || !PHYSICAL_SENSE_VERBS.has(c.entry.lemma) || c.entry.rest.length > 0) return false;
  if (cs < c.end || ce <= cs || CLAUSE_OPENERS.has(doc.lower[cs])) return false;
  const end = Math.min(doc.tokenCount, ce + 1);
  let blow = c.speaker !== null && c.side === 'left' && FORCE_SUBJECTS.has(doc.lower[c.speaker.head]);
  if (PHYSICAL_PARTICLES.has(doc.lower[c.end] ?? '')) blow = true;
  for (let t = cs; t < end; t++) {
    if (quoted[t]) return false;
    const w = doc.lower[t];
    if (t < cs + 6 && (SPEECH_OBJECTS.has(w) || SPEECH_OBJECTS.has(doc.lemmas[t]))) return false;
    if (t > cs && GROUND_WORDS.has(w) && !(w !== 'as' && timeAfter(doc, t + 1, end + 3))) return false;
    if (t < cs + 5 && (PHYSICAL_OBJECTS.has(w) || PHYSICAL_PARTICLES.has(w))) blow = true;
  }
  return blow;
}

/** True when a duration or time phrase opens at `t` ("hours", "the weekend", "two days"). */
function timeAfter(doc: Doc, t: number, limit: number): boolean {
  for (let k = t; k < Math.min(limit, doc.tokenCount, t + 3); k++) {
    if (TIME_HEADS.test(doc.lower[k])) return true;
    if (!TIME_WORDS.test(doc.lower[k])) return false;
  }
  return false;
}

// The place an article last named before a sentence: where police it names by the noun alone are at work.
import type { Doc, Sentence } from '../../nlp/doc.js';
import type { ActorIndex, ActorRef } from './actor-chunks.js';
import { PLACE_TYPES } from './actor-roles.js';

/**
 * True when the sentence has a group noun of `groups` whose agent is COP ("police", "policemen") that no entity mention
 * covers: police named by the noun alone, whose country the sentence may not say ("Police arrested six protesters on
 * Monday."). "Kenyan police" is the entities layer's KENCOP and does not count.
 * @param doc the parsed article; `sentence` the sentence; `index` the article's mentions by token
 * @param groups the group nouns of the role lexicon (EventResources `groupAgents`: "police" → COP)
 */
export function unnamedPolice(doc: Doc, sentence: Sentence, index: ActorIndex, groups: ReadonlyMap<string, string>): boolean {
  for (let k = sentence.firstToken; k < sentence.endToken; k++) if (groups.get(doc.lower[k]) === 'COP' && index.mentionAt[k] < 0) return true;
  return false;
}

/**
 * The last place (a GPE, LOC or FAC mention with a country) named before `sentence` in its paragraph, else in a
 * dateline before it, and not after "from" or "toward" (a place someone came from): police named by the noun alone are
 * taken to be the police of that place's country, as a wire story about Jakarta says "police" for Indonesia's (police
 * act at home: CAMEO codes their acts as domestic, COP of the country). Troops and other groups are not so taken: they
 * may be abroad.
 * @param doc the parsed article; `index` its mentions by token; `sentence` the sentence of the act
 * @returns the place's reference (its mention is the evidence of the country), or null when the article names none before
 */
export function placeBefore(doc: Doc, index: ActorIndex, sentence: Sentence): ActorRef | null {
  const paragraph = doc.paragraphs[sentence.paragraph];
  const first = paragraph ? doc.sentences[paragraph.firstSentence].firstToken : 0;
  for (let k = sentence.firstToken - 1; k >= 0; k--) {
    const m = index.mentionAt[k];
    if (m < 0) continue;
    const ref = index.refs[m];
    // a place someone came from or went to ("returned from Paris") is no place where the story's police are at work;
    // and before the paragraph only the dateline's place counts, not any place the story named earlier
    const before = ref.firstToken > 0 ? doc.lower[ref.firstToken - 1] : '';
    const inDateline = doc.datelines.some((d) => doc.starts[ref.firstToken] >= d.start && doc.starts[ref.firstToken] < d.end);
    if (PLACE_TYPES.has(ref.entity.type) && ref.entity.country && !AWAY.has(before) && (ref.firstToken >= first || inDateline)) return ref;
    k = ref.firstToken;
  }
  return null;
}

/** Prepositions before a place that name where someone came from or is heading, not where they are ("returned from"). */
const AWAY: ReadonlySet<string> = new Set(['from', 'toward', 'towards']);

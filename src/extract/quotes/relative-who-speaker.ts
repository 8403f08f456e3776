import type { Doc } from '../../nlp/doc.js';
import type { TokenRange } from './noun-phrase.js';
import type { SpeakerResolver } from './speaker-resolver.js';

/**
 * The person a relative `who` stands for when the phrase before it is a thing that came from or by that person ("a
 * challenge from party leader Jo Roe who said …", "a speech by Tom Vell, who said …"): `who` names a person, and the
 * head of the phrase (`challenge`, `speech`) is none, so the speaker is the person named after the last `from`/`by`
 * of the phrase, when the entities layer knows that name as a person and its mention ends where the phrase ends. The
 * phrase is left as it is otherwise: a place or an organisation after `from` ("a nurse from Leeds who said", "an aide
 * from the ministry, who said") and a head the entities layer knows as a person stay the speaker, and `of` is never
 * stepped over ("the daughter of Tom Vell, who said": either may be meant).
 * Source: fresh-eyes review 18 (BBC politics: "a challenge from <title> <name> who said" left the speaker unresolved).
 * @param doc the token layer; `speaker` the speaker phrase a relative-pronoun cue was given (half-open token range)
 * @param resolver the article's entity lookups
 * @returns the narrower speaker phrase (the name after the preposition), or `speaker` itself
 */
export function personBeforeWho(doc: Doc, speaker: TokenRange, resolver: SpeakerResolver): TokenRange {
  const { start, end } = speaker;
  let next = end;
  if (doc.lower[next] === ',') next++;
  if (doc.lower[next] !== 'who') return speaker;
  let prep = -1;
  for (let t = end - 2; t > start; t--) {
    if (doc.lower[t] === 'from' || doc.lower[t] === 'by') {
      prep = t;
      break;
    }
  }
  if (prep < 0) return speaker;
  // the phrase's own head already names a person ("Tom Vell from the union who …"): it stays
  const own = resolver.resolve(doc.starts[start], doc.ends[end - 1], doc.starts[speaker.head], doc.ends[speaker.head]);
  if (own && resolver.byId(own.entity)?.type === 'PERSON' && own.mention.end <= doc.starts[prep]) return speaker;
  const head = end - 1;
  const found = resolver.resolve(doc.starts[prep + 1], doc.ends[head], doc.starts[head], doc.ends[head]);
  if (!found || resolver.byId(found.entity)?.type !== 'PERSON' || found.mention.end !== doc.ends[head]) return speaker;
  return { start: prep + 1, end, head };
}

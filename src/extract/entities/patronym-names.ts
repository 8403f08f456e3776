import type { DocView } from './doc-view.js';
import { nameTokens } from './find-mentions.js';
import { copyMention, type RawMention } from './raw-mention.js';

/** Arabic and Malay patronymic particles: "son of", "daughter of" ("Mohammed bin Salman", "Reema bint Bandar"). */
const PATRONYM_PARTICLES: ReadonlySet<string> = new Set(['bin', 'bint', 'binti', 'ibn']);

/**
 * A title word that Somali and Arabic names carry inside them ("Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed"): after
 * a person's name and before another name it is part of one name, not an honorific opening a second person
 * (fresh-eyes review 27: "Hassan" and "Mohamud" were two persons).
 */
const INNER_TITLES: ReadonlySet<string> = new Set(['sheikh', 'shaikh', 'sheik']);

/**
 * A person's name that goes on over a patronymic particle: a person mention followed directly by "bin", "bint",
 * "binti" or "ibn" and a mention of any type opening right after it ("Princess Reema" + "bint" + the place
 * "Bandar al-Saud" that the tagger saw) becomes one person mention over all three, as the rules already read such
 * names mid-sentence; the mention after the particle is dropped. Found in a review: at the start of a sentence the
 * tagger's two spans won and "Bandar al-Saud" became a place. So does a person followed, one space on, by "Sheikh"
 * ({@link INNER_TITLES}) and a person ("Hassan Sheikh Mohamud"), when the first person opens with a given name (not
 * "Sunni Mufti Sheikh Mohammad Rasheed Qabbani", a title and a person, found in TempEval-3).
 * @param view the article's DocView
 * @param mentions mentions in text order (not modified)
 * @param firstNames lower-case given names (EntityResources.firstNames); without them no "Sheikh" name is joined
 * @returns the mentions with such names joined (new objects)
 */
export function joinPatronymNames(view: DocView, mentions: readonly RawMention[], firstNames: ReadonlySet<string> = new Set()): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  const out: RawMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const next = mentions[k + 1];
    const p = m.tokEnd;
    if (
      m.kind === 'name' && m.type === 'PERSON' && next && next.kind === 'name' &&
      p < doc.tokenCount && (PATRONYM_PARTICLES.has(keys[p]) || (INNER_TITLES.has(keys[p]) && next.type === 'PERSON' && doc.starts[p] === m.end + 1 && firstNames.has(keys[m.tokStart]))) &&
      next.tokStart === p + 1 && sentenceOf[p + 1] === sentenceOf[m.tokStart]
    ) {
      const a = m.tokStart;
      const b = next.tokEnd;
      out.push(copyMention(m, { end: next.end, tokEnd: b, name: `${m.name}${doc.text.slice(m.end, next.end)}`, personTokens: nameTokens(keys, a, b), weak: m.weak && next.weak }));
      k++;
      continue;
    }
    out.push(m);
  }
  return out;
}

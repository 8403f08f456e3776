import { addressSpells } from './address-names.js';
import type { DocView } from './doc-view.js';
import { nameTokens } from './find-mentions.js';
import { startsUpper } from './letter-case.js';
import { rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** Quotation marks that enclose an e-mail display name ("Lenhart, Matthew" <mlenhart@…>). */
const QUOTES: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d', "''", '``']);

/**
 * E-mail display names written surname first ("Lenhart, Matthew" <mlenhart@…>): a quotation opening a
 * sentence that is exactly one to three capitalised words, a comma and a known given name (with up to
 * two more capitalised words) is one person, "Matthew Lenhart"; so is a given name no list holds when
 * the address after the quotation spells both words ("Roe, Zarela" <zarela.roe@…>, address-names.ts); and
 * the mentions the rules or the tagger made of its parts ("Matthew", "Townsend" as a place or an
 * organisation) give way to it. UNER English-EWT marks them so (its e-mail headers); news text rarely
 * has them. Words that are countries or other strong non-person names before the comma ("Paris, Jean")
 * stop it; unquoted "Austen, Jane." (a bibliography) and "Goodbye, Ramon." are left alone.
 * @param view the article's DocView; `res` entity resources (given names)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such names as single person mentions (rule "inverted-name"), in text order
 */
export function invertedNames(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  const surface = (i: number) => doc.text.slice(doc.starts[i], doc.ends[i]);
  const found: { a: number; b: number; comma: number }[] = [];
  for (const s of doc.sentences) {
    // The candidate: the inside of a quotation that opens the sentence (a bibliography's "Austen, Jane."
    // or a greeting "Goodbye, Ramon." is no display name).
    let a = s.firstToken;
    let b = s.endToken;
    if (!QUOTES.has(keys[a])) continue;
    a++;
    let q = a;
    while (q < b && !QUOTES.has(keys[q])) q++;
    if (q === b) continue;
    b = q;
    const n = b - a;
    if (n < 3 || n > 6) continue;
    let comma = -1;
    for (let i = a; i < b; i++) if (keys[i] === ',') comma = comma < 0 ? i : -2;
    if (comma <= a || comma >= b - 1 || comma - a > 3) continue;
    let ok = true;
    for (let i = a; i < b && ok; i++) if (i !== comma) ok = startsUpper(surface(i)) && /\p{L}/u.test(surface(i));
    if (!ok || !(res.givenNames.has(keys[comma + 1]) || res.firstNames.has(keys[comma + 1]) || addressSpells(doc.text.slice(doc.ends[q], s.end), keys[comma + 1], keys[a]))) continue;
    found.push({ a, b, comma });
  }
  if (found.length === 0) return [...mentions];
  const covered = new Int32Array(doc.tokenCount).fill(-1);
  found.forEach((f, k) => {
    for (let i = f.a; i < f.b; i++) covered[i] = k;
  });
  const blocked = new Set<number>();
  for (const m of mentions) {
    const k = covered[m.tokStart];
    if (k < 0) continue;
    // A country or a known organisation before the comma is no surname ("France, Paris").
    if (m.type !== 'PERSON' && !m.weak && !m.rule.startsWith('ner-tagger') && m.tokStart < found[k].comma) blocked.add(k);
    if (m.tokEnd > found[k].b) blocked.add(k);
  }
  const out = mentions.filter((m) => covered[m.tokStart] < 0 || blocked.has(covered[m.tokStart]));
  found.forEach((f, k) => {
    if (blocked.has(k)) return;
    const tokens = [...nameTokens(keys, f.comma + 1, f.b), ...nameTokens(keys, f.a, f.comma)];
    const name = doc.text.slice(doc.starts[f.a], doc.ends[f.b - 1]);
    out.push(rawMention({ start: doc.starts[f.a], end: doc.ends[f.b - 1], tokStart: f.a, tokEnd: f.b, sentence: view.sentenceOf[f.a], evidence: [] }, { kind: 'name', type: 'PERSON', key: '', name, actor: null, country: null, agent: null, personTokens: tokens, gender: res.givenNames.get(keys[f.comma + 1]) ?? null, rule: 'inverted-name', confidence: 0.7 }));
  });
  return out.sort((x, y) => x.start - y.start);
}

import type { DocView } from './doc-view.js';
import { nameTokens } from './find-mentions.js';
import { copyMention, rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';
import { sortByStart } from './sort-by-start.js';

/** Determiners that may open a role apposition ("X, the Nigerian army spokeswoman,"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * A person's role given in an apposition that names the country: "Ahmed Mohamed, Somalia's defence minister, said"
 * and "Kenya's interior minister, Kithure Kindiki, said", "Fatima Bello, the Nigerian army spokeswoman, said". The role
 * description (a nominal person mention with a role and a country, find-mentions.ts) set off by a comma from a
 * person's name right before it, or followed by a comma and a name closed by a comma, is that person's title: the
 * name takes the description's country, agent and role as a titled person does (SOMGOV, KENGOV, NGAMIL; rule of the
 * name kept, the description's span its evidence), so that resolve-nominals.ts links the description to it and the
 * quote has a coded speaker (fresh-eyes review 27 item 4: the speaker was left uncoded, or, when the tagger missed
 * "Kithure Kindiki", no entity at all). Such a name the tagger missed, two to four capitalised words between the
 * commas, becomes a person (rule `appositive-role-name`). A name that already has an actor code (a known office
 * holder, a title of its own) keeps it.
 * @param view the article's DocView
 * @param _res entity resources (unused)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such names coded (new objects) and missed names added, in text order
 */
export function appositiveRoles(view: DocView, _res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  const text = doc.text;
  const changed = new Map<number, RawMention>();
  const added: RawMention[] = [];
  const mentionEndingAt = new Map<number, number>();
  const mentionStartingAt = new Map<number, number>();
  mentions.forEach((m, k) => {
    mentionEndingAt.set(m.tokEnd, k);
    mentionStartingAt.set(m.tokStart, k);
  });
  const titled = (p: RawMention, n: RawMention) =>
    copyMention(p, {
      actor: n.country + (n.agent ?? ''),
      country: n.country,
      agent: n.agent,
      role: n.role,
      categories: n.categories,
      // the role vouches for a name only guessed to be one
      weak: false,
      evidence: [...p.evidence, { start: n.start, end: n.end }],
    });
  mentions.forEach((n) => {
    if (n.kind !== 'nominal' || n.type !== 'PERSON' || n.role === null || n.country === null || n.agent === null) return;
    // where the apposition opens: "Somalia's" before the role words, or a determiner
    let open = n.tokStart;
    if (open > 0 && keys[open - 1] === "'s" && mentionEndingAt.has(open - 1)) open = mentions[mentionEndingAt.get(open - 1)!].tokStart;
    if (open > 0 && DETERMINERS.has(keys[open - 1])) open--;
    const close = n.tokEnd;
    if (close >= doc.tokenCount || keys[close] !== ',') return;
    // "Asked about Ruto, Kenya's interior minister, Kithure Kindiki, said": a name set off after the role whose comma a
    // verb follows is the one the role describes, even with a name before the opening comma (change review)
    const after = close + 1 < doc.tokenCount ? mentionStartingAt.get(close + 1) : undefined;
    const afterName = after === undefined ? null : (changed.get(after) ?? mentions[after]);
    const afterSubject =
      afterName !== null && afterName.kind === 'name' && afterName.type === 'PERSON' && keys[afterName.tokEnd] === ',' && afterName.tokEnd + 1 < doc.tokenCount && (doc.pos[afterName.tokEnd + 1] === 'VERB' || doc.pos[afterName.tokEnd + 1] === 'AUX');
    // "Ahmed Mohamed, Somalia's defence minister,": the name right before the opening comma
    if (!afterSubject && open >= 2 && keys[open - 1] === ',' && mentionEndingAt.has(open - 1)) {
      const k = mentionEndingAt.get(open - 1)!;
      const p = changed.get(k) ?? mentions[k];
      if (p.kind === 'name' && p.type === 'PERSON' && p.actor === null && sentenceOf[p.tokStart] === sentenceOf[n.tokStart]) changed.set(k, titled(p, n));
      return;
    }
    // "Kenya's interior minister, Kithure Kindiki,": the name between the closing comma and the next one
    const first = close + 1;
    if (first >= doc.tokenCount || sentenceOf[first] !== sentenceOf[n.tokStart]) return;
    const k = mentionStartingAt.get(first);
    if (k !== undefined) {
      const p = changed.get(k) ?? mentions[k];
      if (p.kind === 'name' && p.type === 'PERSON' && p.actor === null && keys[p.tokEnd] === ',') changed.set(k, titled(p, n));
      return;
    }
    let end = first;
    while (end < doc.tokenCount && end - first < 4 && /^\p{Lu}\p{L}/u.test(text.slice(doc.starts[end], doc.ends[end])) && !mentionStartingAt.has(end)) end++;
    if (end - first < 2 || keys[end] !== ',' || sentenceOf[end] !== sentenceOf[first]) return;
    if (mentions.some((m) => m.tokStart < end && m.tokEnd > first)) return;
    const start = doc.starts[first];
    const stop = doc.ends[end - 1];
    added.push(
      rawMention(
        { start, end: stop, tokStart: first, tokEnd: end, sentence: n.sentence, evidence: [{ start: n.start, end: n.end }] },
        {
          kind: 'name',
          type: 'PERSON',
          key: '',
          name: text.slice(start, stop),
          actor: n.country + n.agent,
          country: n.country,
          agent: n.agent,
          role: n.role,
          categories: n.categories,
          personTokens: nameTokens(keys, first, end),
          rule: 'appositive-role-name',
          confidence: 0.75,
        },
      ),
    );
  });
  if (changed.size === 0 && added.length === 0) return [...mentions];
  return sortByStart([...mentions.map((m, k) => changed.get(k) ?? m), ...added]);
}

import type { DocView } from './doc-view.js';
import { copyMention, rawMention, type RawMention } from './raw-mention.js';

/** Agent of a general staff: the command of a country's armed forces (CAMEO 1.1b3 actor codebook, MIL). */
const AGENT = 'MIL';

/** How many capitalised words the country before "General Staff" may run to when the title rules hold it ("South Korean"). */
const MAX_OWNER = 2;

/** How many tokens the officer's title may run to between the comma and "of" (", Deputy Chief of the …"). */
const MAX_TITLE = 4;

/**
 * "General Staff" after a country, people or coded organisation ("the Turkish General Staff", "the IDF General Staff")
 * is the command of that country's armed forces, one organisation coded country + MIL (TURMIL, ISRMIL; rule
 * `general-staff`), not a general named "Staff" with "the Turkish General" as a role description, as the title rules
 * read it ("General" is a military title). The mentions it covers are replaced. A person set off before it by a comma
 * and his title, "General Selim Aydan, Deputy Chief of the Turkish General Staff,", is its officer and takes its
 * code when he has none (rule `<rule>+general-staff`).
 * Found in Reuters-21578 (1987): users reported the Turkish General Staff read as a person.
 * @param view the article's DocView
 * @param mentions mentions in text order (not modified)
 * @returns the corrected mentions, in text order
 */
export function generalStaffs(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  let out: RawMention[] | null = null;
  for (let t = 1; t + 1 < doc.tokenCount; t++) {
    if (keys[t] !== 'general' || keys[t + 1] !== 'staff' || sentenceOf[t + 1] !== sentenceOf[t]) continue;
    if (doc.text.slice(doc.starts[t], doc.starts[t] + 1) !== 'G' || doc.text.slice(doc.starts[t + 1], doc.starts[t + 1] + 1) !== 'S') continue;
    const list: readonly RawMention[] = out ?? mentions;
    const s = sentenceOf[t];
    const owner = list.find((x) => x.tokEnd === t && x.sentence === s && x.country && x.kind === 'name' && (x.type === 'NORP' || x.type === 'GPE' || (x.type === 'ORG' && x.agent === AGENT)));
    // the title rules' reading: a general named "Staff" whose title "Turkish General" gave him the country
    const titled = owner ? undefined : list.find((x) => x.tokStart === t + 1 && x.tokEnd === t + 2 && x.type === 'PERSON' && x.country);
    const country = owner?.country ?? titled?.country;
    if (!country) continue;
    let a = owner ? owner.tokStart : t;
    if (!owner) for (let k = 0; k < MAX_OWNER && a > 0 && sentenceOf[a - 1] === s && /^\p{Lu}/u.test(doc.text.charAt(doc.starts[a - 1])) && keys[a - 1] !== 'the'; k++) a--;
    if (a === t) continue;
    const b = t + 2;
    const staff = rawMention(
      { start: doc.starts[a], end: doc.ends[b - 1], tokStart: a, tokEnd: b, sentence: s, evidence: [] },
      {
        kind: 'name',
        type: 'ORG',
        key: `ORG|${doc.text.slice(doc.starts[a], doc.ends[b - 1]).toLowerCase()}`,
        name: doc.text.slice(doc.starts[a], doc.ends[b - 1]),
        actor: country + AGENT,
        country,
        agent: AGENT,
        rule: 'general-staff',
        confidence: 0.8,
      },
    );
    // the mentions inside, and a description of "the Turkish General" opening before it
    const rest: RawMention[] = list.filter((x) => x.sentence !== s || x.tokEnd <= a || x.tokStart >= b);
    const next: RawMention[] = [...rest, staff].sort((x, y) => x.start - y.start);
    // "General Selim Aydan, Deputy Chief of the Turkish General Staff": its officer
    const officer = officerBefore(view, next, a);
    if (officer >= 0) next[officer] = copyMention(next[officer], { country: staff.country, agent: AGENT, actor: staff.actor, rule: `${next[officer].rule}+general-staff` });
    out = next;
    t = b - 1;
  }
  return out ?? [...mentions];
}

/**
 * The index of an uncoded person named right before ", <title> of [the]" ending at token `a`, or -1. The title is one to
 * {@link MAX_TITLE} capitalised tokens ("Deputy Chief", "Commander").
 */
function officerBefore(view: DocView, mentions: readonly RawMention[], a: number): number {
  const { doc, keys, sentenceOf } = view;
  let t = a;
  if (keys[t - 1] === 'the') t--;
  if (keys[t - 1] !== 'of') return -1;
  t--;
  let n = 0;
  while (n < MAX_TITLE && t > 0 && sentenceOf[t - 1] === sentenceOf[a] && /^\p{Lu}/u.test(doc.text.charAt(doc.starts[t - 1])) && keys[t - 1] !== ',') {
    t--;
    n++;
  }
  if (n === 0 || keys[t - 1] !== ',') return -1;
  const comma = t - 1;
  return mentions.findIndex((x) => x.tokEnd === comma && x.type === 'PERSON' && x.kind === 'name' && !x.actor && !x.country);
}

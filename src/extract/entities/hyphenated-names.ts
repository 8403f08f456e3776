import type { DocView } from './doc-view.js';
import { nameTokens } from './find-mentions.js';
import { startsUpper } from './letter-case.js';
import { copyMention, type RawMention } from './raw-mention.js';

/**
 * Lower-case words that follow a name and a hyphen in a compound modifier ("Trump-era", "Kim-style",
 * "Beijing-run"), besides participles in "-ed" ("Hamas-led", "Iran-backed"): no name syllable.
 */
const MODIFIER_HEADS: ReadonlySet<string> = new Set(['era', 'run', 'style', 'like', 'born', 'free', 'made', 'type', 'wide', 'day', 'year', 'time', 'fest', 'gate', 'mania', 'ism', 'ist', 'ite', 'ian', 'esque', 'only', 'class', 'bred', 'held', 'built', 'won', 'lost', 'set', 'hit', 'to', 'on', 'in', 'of', 'and', 'the', 'a', 'an', 'vs']);

/** Whether tokens `i` and `i + 1` touch (no space between them). */
function touching(view: DocView, i: number): boolean {
  return view.doc.ends[i] === view.doc.starts[i + 1];
}

/**
 * Whether token `k` after an unhyphenated dash continues a person's name: an alphabetic word written
 * against the hyphen, capitalised ("Min-Woo", "El-Hassan") or a lower-case syllable of up to five letters that
 * is no modifier head ("Jong-un", "Chun-ying", "Ka-ki"; not "-era", "-led").
 */
function nameSyllable(view: DocView, k: number): boolean {
  const w = view.doc.text.slice(view.doc.starts[k], view.doc.ends[k]);
  if (/^\p{Lu}\p{Ll}+$/u.test(w)) return true;
  return /^\p{Ll}{1,5}$/u.test(w) && !/ed$/.test(w) && !MODIFIER_HEADS.has(w);
}

/**
 * The end of a person's name over tokens `[a, b)` of two or more words that goes on over a hyphen
 * with no spaces ("Leung Chun|-ying", "Kim Jong|-un", "Kim Min|-Woo"): the token after the syllable;
 * `b` when no such syllable follows. A one-word name before a hyphen is a compound modifier
 * ("Trump-era") and is left alone.
 * @param view the article; `a`, `b` token range of the person's name
 * @returns the new end token (≥ b)
 */
export function hyphenatedNameEnd(view: DocView, a: number, b: number): number {
  const { doc, keys, sentenceOf } = view;
  while (b - a >= 2 && b + 1 < doc.tokenCount && keys[b] === '-' && sentenceOf[b + 1] === sentenceOf[a] && touching(view, b - 1) && touching(view, b) && nameSyllable(view, b + 1)) b += 2;
  return b;
}

/**
 * Person names written with a hyphen inside that the rules cut in two ("Jean-Pierre Raffarin" read as
 * "Pierre Raffarin", "Mohamed El-Hassan Mohamed" as "Mohamed El" and "Hassan Mohamed", "Kim Min-Woo" as
 * "Kim Min"): a person mention is widened over a hyphen with no spaces around it to the capitalised word
 * before it, or to the name syllable after it ({@link hyphenatedNameEnd}); a person mention on that word
 * joins it. Words held by another kind of mention are left alone.
 * @param view the article's DocView
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions with such person names widened (new objects) and the persons joined into them removed
 */
export function joinHyphenatedNames(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  const owner = new Int32Array(doc.tokenCount).fill(-1);
  mentions.forEach((m, k) => {
    for (let i = m.tokStart; i < m.tokEnd; i++) owner[i] = k;
  });
  const isPerson = (k: number) => k >= 0 && mentions[k].kind === 'name' && mentions[k].type === 'PERSON';
  const dropped = new Set<number>();
  const widened = new Map<number, RawMention>();
  mentions.forEach((m, k) => {
    if (!isPerson(k) || dropped.has(k)) return;
    let a = m.tokStart;
    let b = m.tokEnd;
    const joined: number[] = [];
    // Left: "Jean-|Pierre Raffarin".
    while (a >= 2 && keys[a - 1] === '-' && sentenceOf[a - 2] === sentenceOf[a] && touching(view, a - 2) && touching(view, a - 1) && /^\p{Lu}\p{Ll}+$/u.test(doc.text.slice(doc.starts[a - 2], doc.ends[a - 2]))) {
      const o = owner[a - 2];
      if (o >= 0 && (!isPerson(o) || mentions[o].tokEnd !== a - 1)) break;
      if (o >= 0) {
        joined.push(o);
        a = mentions[o].tokStart;
      } else a -= 2;
    }
    // Right: "Mohamed El|-Hassan Mohamed", "Kim Jong|-un".
    for (;;) {
      if (!(b + 1 < doc.tokenCount && keys[b] === '-' && sentenceOf[b + 1] === sentenceOf[a] && touching(view, b - 1) && touching(view, b) && (b - a >= 2 || startsUpper(doc.text[doc.starts[b + 1]])) && nameSyllable(view, b + 1))) break;
      const o = owner[b + 1];
      if (o >= 0 && (!isPerson(o) || mentions[o].tokStart !== b + 1)) break;
      if (o >= 0) {
        joined.push(o);
        b = mentions[o].tokEnd;
      } else b += 2;
    }
    if (a === m.tokStart && b === m.tokEnd) return;
    for (const o of joined) dropped.add(o);
    const name = doc.text.slice(doc.starts[a], doc.ends[b - 1]);
    widened.set(k, copyMention(m, { start: doc.starts[a], end: doc.ends[b - 1], tokStart: a, tokEnd: b, name, personTokens: nameTokens(keys, a, b), weak: m.weak && joined.every((o) => mentions[o].weak) }));
  });
  if (widened.size === 0) return [...mentions];
  return mentions.flatMap((m, k) => (dropped.has(k) ? [] : [widened.get(k) ?? m]));
}

import type { DocView } from './doc-view.js';
import { GUESSED_PERSON_RULES, type RawMention } from './raw-mention.js';

/** Whether a token is two to four capital letters ("SI", "DE", "JSON"; not "DOUGLAS": transcripts write surnames so). */
function isCapitalsWord(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) letters++;
    else if (c >= 0x80) return /^\p{Lu}{2,4}$/u.test(s);
    else return false;
  }
  return letters >= 2 && letters <= 4;
}

/**
 * A word in capitals guessed to be a person ("SI" units, "DE" for a state, "JSON", "GUI", "MOHELA", a
 * signature's "LU") names nobody: a one-token person mention written all in capitals that rests only on
 * the tagger or a given-name guess ({@link GUESSED_PERSON_RULES}) is dropped when its sentence has
 * lower-case words — in a line written all in capitals ("OBAMA ARRIVES") capitals say nothing.
 * Words of five or more capitals stay: court transcripts write surnames so ("DOUGLAS", GENTLE). The
 * step runs after acronym linking, which may still make such a word an organisation ("HANO").
 * On the held-out dev sets it removed 16 false persons and no right one (GENTLE 6: "DE", "KL", "JSON";
 * GUM train with a tagger without GUM 9; UNER dev folds 1).
 * @param view the article's DocView
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions without such persons
 */
export function dropCapitalsPersons(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { doc } = view;
  // Whether each sentence asked about has a lower-case word, found once a sentence.
  const lower = new Map<number, boolean>();
  const hasLowerWord = (k: number) => {
    let v = lower.get(k);
    if (v === undefined) {
      v = false;
      const s = doc.sentences[k];
      for (let i = s.firstToken; i < s.endToken && !v; i++) {
        const c = doc.text.charCodeAt(doc.starts[i]);
        v = c >= 0x61 && c <= 0x7a;
      }
      lower.set(k, v);
    }
    return v;
  };
  return mentions.filter((m) => {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.tokEnd - m.tokStart !== 1 || !GUESSED_PERSON_RULES.has(m.rule)) return true;
    if (!isCapitalsWord(doc.text.slice(m.start, m.end))) return true;
    return !hasLowerWord(m.sentence);
  });
}

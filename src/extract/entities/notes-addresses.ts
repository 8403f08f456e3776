import type { DocView } from './doc-view.js';
import { copyMention, type RawMention } from './raw-mention.js';

/** A Lotus Notes domain glued to a name: "@" and a word in capitals ("@ENRON", "@AZURIX", "@ECT"). */
const NOTES_DOMAIN = /^@[A-Z][A-Z0-9-]*$/;

/**
 * Lotus Notes addresses ("Traci Warner@ENRON", "John Griffith@ENRON", "Robert Bryngelson@AZURIX" in e-mail headers):
 * the address is the person's display name with the mail domain glued to its last word, and the whole address names
 * the person (UNER English-EWT marks it so, one token "Warner@ENRON"). A person mention whose last token is followed,
 * with no space, by a token of "@" and capitals takes that token into its span; its name and person tokens stay the
 * display name's, so it joins the person's other mentions. Found on UNER English-EWT dev (Enron e-mail headers),
 * where the person ended inside the address and matched no name.
 * @param view the article's DocView (token offsets, keys)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions, such persons widened over the domain
 */
export function notesAddresses(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { doc } = view;
  return mentions.map((m) => {
    const n = m.tokEnd;
    if (m.kind !== 'name' || m.type !== 'PERSON' || n >= doc.tokenCount || doc.starts[n] !== doc.ends[n - 1] || doc.text.charCodeAt(doc.starts[n]) !== 0x40) return m;
    if (!NOTES_DOMAIN.test(doc.text.slice(doc.starts[n], doc.ends[n]))) return m;
    return copyMention(m, { end: doc.ends[n], tokEnd: n + 1 });
  });
}

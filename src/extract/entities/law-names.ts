import type { DocView } from './doc-view.js';
import { retypedAsThing, type RawMention } from './raw-mention.js';

/**
 * Last words of the names of laws, agreements and other written instruments ("Disaster Relief Act",
 * "New START Treaty", "Service Agreement", "Due Process Clause", "Marshall Plan", "Millennium Declaration").
 * "law" and "bill" are left out: they end persons' names ("Nathan Law") and "Bill" is a given name.
 */
const INSTRUMENT_WORDS: ReadonlySet<string> = new Set([
  'act', 'acts', 'agreement', 'agreements', 'accord', 'accords', 'amendment', 'amendments', 'charter', 'clause', 'code',
  'contract', 'contracts', 'guaranty', 'provisions',
  'convention', 'conventions', 'declaration', 'directive', 'doctrine', 'guidelines', 'lemma', 'pact', 'plan', 'protocol',
  'resolution', 'statute', 'theorem', 'treaty', 'treaties',
]);

/** Whether lower-case token key `key` is an instrument word ("act", "treaty", "plan"…) that ends the names of laws and agreements. */
export function isInstrumentWord(key: string): boolean {
  return INSTRUMENT_WORDS.has(key);
}

/** Person rules that rest on a title, honorific, role or known person: such a name is a person's. */
const FIRM_PERSON_RULES: ReadonlySet<string> = new Set(['titled-person', 'honorific-name', 'name-of-person', 'known-person']);

/**
 * Names of laws, agreements and other written instruments taken for persons, organisations or places
 * ("Hindu Marriage Act", "Electronic Fund Transfer Act", "Service Agreement", "Marshall Plan" read as a
 * person, "Lemma" chains): a name of two or more words whose last word is an instrument word
 * ({@link INSTRUMENT_WORDS}: "Act", "Treaty", "Agreement", "Clause", "Plan"…) names a document — OntoNotes'
 * LAW, CoNLL's MISC — not an actor: it becomes an `OTHER` entity with no actor code (rule `law-name`),
 * so that it is still a name mention but no person, organisation or place. A mention with an actor code
 * ("Warsaw Pact" is a known organisation, IGO) or resting on a title or honorific is left alone, as are
 * one-word names.
 * None of UNER English-EWT dev, GUM train/dev, GENTLE or re3d train marks a person, organisation or place
 * ending in one of these words (only "Bill", "Nathan Law", "Kenya Law", whose words are not in the list);
 * found on GENTLE (a services agreement, 9 false organisations; a proof's "Lemma") and GUM train (a
 * marriage act, "Disabilities Act", "New START Treaty", "Adriatic Charter", "Marshall Plan" as a person);
 * "Contract", "Guaranty", "Provisions" since 2026-11-30, after UNER dev e-mails' "Turbine Contract", "… Corporation
 * Guaranty", "… Agreement and Special Provisions" (seen among its errors).
 * @param view the article's DocView (token keys)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such names retyped `OTHER`, in the same order
 */
export function lawNames(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { keys } = view;
  return mentions.map((m) => {
    if (m.kind !== 'name' || m.type === 'OTHER' || m.tokEnd - m.tokStart < 2 || !INSTRUMENT_WORDS.has(keys[m.tokEnd - 1])) return m;
    // a cue-word name's code is a guess from its cue word and a country before it ("Germany's Securities Trading Act")
    if ((m.actor !== null && m.rule !== 'cue-word-name') || FIRM_PERSON_RULES.has(m.rule) || m.rule === 'known-organisation') return m;
    return retypedAsThing(m, 'OTHER', 'law-name');
  });
}

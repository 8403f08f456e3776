import { isLegalFormAt } from './company-short-names.js';
import type { DocView } from './doc-view.js';
import { copyMention, type RawMention } from './raw-mention.js';

/**
 * A known organisation right before a name the cue-word rule made of the capitalised words after it opens that name:
 * "BBC Radio Wales", "UN Economic Commission for Europe", "NATO Parliamentary Assembly" are one body of the known one,
 * not the broadcaster and an unknown "Radio Wales" (or "Economic Commission for Europe" with no actor). The two
 * mentions must be in one sentence with only spaces between them; the widened name keeps the cue word's type and
 * takes the known organisation's actor code, country and agent (rule `organisation-led-name`).
 * Not when the name ends in a company's legal form ("Toyota Motor Corp" is Toyota itself, under its own key).
 * Found on BBC articles (16 such pairs over 900 politics, business and technology articles, all one body each).
 * @param view the article's DocView
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions with such pairs joined (new objects), in text order
 */
export function widenOrganisationLedNames(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { doc } = view;
  const out: RawMention[] = [];
  for (const m of mentions) {
    const p = out.length > 0 ? out[out.length - 1] : undefined;
    if (
      p === undefined || m.kind !== 'name' || m.rule !== 'cue-word-name' || m.type !== 'ORG' || p.kind !== 'name' || p.rule !== 'known-organisation' ||
      p.type !== 'ORG' || p.tokEnd !== m.tokStart || p.sentence !== m.sentence || doc.text.slice(p.end, m.start).trim() !== '' ||
      // "Toyota Motor Corp": the known company's own full name, which the company-name steps join to it under its key
      isLegalFormAt(view, m.tokEnd - 1)
    ) {
      out.push(m);
      continue;
    }
    const name = doc.text.slice(p.start, m.end);
    out[out.length - 1] = copyMention(m, { start: p.start, tokStart: p.tokStart, name, key: `ORG|${name.toLowerCase()}`, actor: p.actor, country: p.country, agent: p.agent, evidence: [...p.evidence, ...m.evidence], rule: 'organisation-led-name' });
  }
  return out;
}

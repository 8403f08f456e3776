import type { UserActorsFile } from './actor-kb.js';
import { CAMEO_NON_COUNTRY_PREFIXES } from './cameo-actor-prefixes.js';
import type { SkippedDictionaryLine } from './petrarch-import.js';

/**
 * The actor codes of a user's JSON dictionary whose first three letters are neither a known CAMEO country code nor a
 * CAMEO international, regional, religious or ethnic prefix ({@link CAMEO_NON_COUNTRY_PREFIXES}): "XYZGOV" for a
 * mistyped country. Users do code new actors, so the file is still loaded and each such code is only reported, once
 * per entry, with the line of the file where the code first appears (1 when it cannot be found).
 * @param file the parsed file
 * @param text the file's text (for the line numbers)
 * @param countries known CAMEO country codes
 * @returns one warning per entry and unknown code: its line and a reason naming the entry and the code
 */
export function unknownCountryCodes(file: UserActorsFile, text: string, countries: ReadonlySet<string>): SkippedDictionaryLine[] {
  const out: SkippedDictionaryLine[] = [];
  const known = (code: string) => countries.has(code.slice(0, 3)) || CAMEO_NON_COUNTRY_PREFIXES.has(code.slice(0, 3));
  const lineOf = (code: string) => {
    const at = text.indexOf(`"${code}"`);
    return at < 0 ? 1 : text.slice(0, at).split('\n').length;
  };
  const report = (entry: string, code: string) =>
    out.push({ line: lineOf(code), reason: `${entry}: "${code}" opens with ${code.slice(0, 3)}, no known CAMEO country, international, regional or religious code (loaded as given; a typing error?)` });
  (file.people ?? []).forEach((p, i) => {
    for (const code of new Set(p.terms.map((t) => t.actor))) if (!known(code)) report(`people[${i}] "${p.name}"`, code);
  });
  (file.organisations ?? []).forEach((o, i) => {
    if (o.actor && !known(o.actor)) report(`organisations[${i}] "${o.name}"`, o.actor);
  });
  return out;
}

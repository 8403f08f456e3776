import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';

/**
 * The BCP 47 language tag of a language code or tag, with the shortest primary subtag BCP 47 prefers: the
 * ISO 639-1 code where the language has one (`swa` → `sw`, `zul` → `zu`, `hin` → `hi`, `tgl` → `tl`), else, for an
 * individual language of a macrolanguage that has one, the macrolanguage's ISO 639-1 code (`swh` Swahili → `sw`,
 * `cmn` Mandarin → `zh`, `arb` Standard Arabic → `ar`, `pes` Persian → `fa`), else the ISO 639-3 code as given
 * (`quy`, `nso`, `zlm`). Sources: ISO 639-3 → 639-1 from the `iso-639-3` package; the macrolanguage aliases from
 * CLDR (supplementalMetadata languageAlias, through the runtime's `Intl.getCanonicalLocales`), taken only when they
 * give a bare two-letter code (CLDR's own replacements of valid ISO 639-1 codes, `tl` → `fil`, are not followed).
 * Subtags after the primary one are cased as BCP 47 writes them (`sw_ke` → `sw-KE`, `zh-hant` → `zh-Hant`).
 * franc and many sources give ISO 639-3 codes, while users and BCP 47 consumers (HTML `lang`, `Intl`, GDELT's
 * translingual feeds) expect `sw`.
 * @param tag a language code or tag as written (`swh`, `SW_KE`, ` zul `); `_` is read as `-`
 * @returns the tag; a value with no 2- or 3-letter primary subtag (`English`, `x-default`) is returned trimmed, as written
 */
export function languageTag(tag: string): string {
  const written = tag.trim();
  const [first = '', ...rest] = written.replace(/_/g, '-').split('-');
  let primary = first.toLowerCase();
  if (!/^[a-z]{2,3}$/.test(primary)) return written;
  if (primary.length === 3) primary = iso6393To1[primary] ?? macrolanguage(primary);
  return [primary, ...rest.map(subtagCase)].join('-');
}

/** The ISO 639-1 code of the macrolanguage of a 3-letter individual language (CLDR alias), else the code itself. */
function macrolanguage(code: string): string {
  try {
    const canonical = Intl.getCanonicalLocales(code)[0] ?? code;
    return /^[a-z]{2}$/.test(canonical) ? canonical : code;
  } catch {
    return code;
  }
}

/** A subtag after the language as BCP 47 writes it: region upper case, script title case, the rest lower case. */
function subtagCase(subtag: string): string {
  if (/^[a-z]{2}$/i.test(subtag)) return subtag.toUpperCase();
  if (/^[a-z]{4}$/i.test(subtag)) return subtag[0]!.toUpperCase() + subtag.slice(1).toLowerCase();
  return subtag.toLowerCase();
}

import type { DocView } from './doc-view.js';
import { copyMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** CAMEO codes of the two Congos: the Democratic Republic (Kinshasa, Zaire until 1997) and the Republic (Brazzaville). */
const COD = 'COD';
const COG = 'COG';

/** The day Zaire became the Democratic Republic of the Congo again (1997-05-17): before it, "Congo" alone was Brazzaville's. */
const ZAIRE_RENAMED = '1997-05-17';

/**
 * "Congo" alone is the Democratic Republic of the Congo (COD) in an article that names it otherwise ("DR Congo",
 * "Democratic Republic of Congo", "DRC", Kinshasa) or a place in it (Goma, Bukavu, North Kivu: any mention whose
 * country is COD) and names nothing of the Republic of the Congo but the bare word (no "Republic of Congo",
 * "Congo-Brazzaville", Brazzaville): the gazetteer reads the bare name as the Republic (COG), world-countries' common name for it,
 * while news since 1997 mostly writes "Congo" for the larger country ("Kenya criticised Congo over the fighting in
 * Goma" was KEN → COG; fresh-eyes review 27). Each mention coded COG whose own text holds the word "Congo" and neither
 * "Republic" nor "Brazzaville" ("Congo", "eastern Congo", "Congo's army") takes COD in its actor code, country and
 * key (so it joins the article's DR Congo entity), rule `congo-name`. Articles dated before 1997-05-17, when the
 * larger country was Zaire, are left alone; undated ones are read as recent.
 * @param view the article's DocView
 * @param res entity resources (`countryNames` for the entity's name)
 * @param mentions mentions in text order (not modified)
 * @param date the article's publication date (YYYY-MM-DD…) or null
 * @returns the mentions with such "Congo" mentions recoded (new objects), in the same order
 */
export function congoNames(view: DocView, res: EntityResources, mentions: readonly RawMention[], date: string | null): RawMention[] {
  if (date !== null && date.slice(0, 10) < ZAIRE_RENAMED) return [...mentions];
  const text = view.doc.text;
  let bare = false;
  let democratic = false;
  for (const m of mentions) {
    if (m.country === COD) democratic = true;
    else if (m.country === COG) {
      if (bareCongo(text.slice(m.start, m.end))) bare = true;
      // "Republic of Congo", "Congo-Brazzaville", Brazzaville, a person titled of the Republic: the article knows both
      else return [...mentions];
    }
  }
  if (!bare || !democratic) return [...mentions];
  const name = res.countryNames.get(COD) ?? 'DR Congo';
  return mentions.map((m) => {
    if (m.country !== COG || !bareCongo(text.slice(m.start, m.end))) return m;
    const actor = m.actor?.startsWith(COG) ? COD + m.actor.slice(COG.length) : m.actor;
    const country = m.key === `${m.type}|${COG}`;
    return copyMention(m, { actor, country: COD, key: country ? `${m.type}|${COD}` : m.key.replace(COG, COD), name: country ? name : m.name, rule: 'congo-name' });
  });
}

/** Whether a mention's text names the Congo by the bare word: "Congo" inside it, no "Republic", no "Brazzaville". */
function bareCongo(surface: string): boolean {
  return /\bCongo\b/.test(surface) && !/Republic|Brazzaville/i.test(surface);
}

import type { Entity, Mention } from '../../model/entity.js';
import type { Doc } from '../../nlp/doc.js';
import { buildEntities, type DraftEntity } from './build-entities.js';
import { createDocView } from './doc-view.js';
import { findMentions } from './find-mentions.js';
import { resolveNominals } from './resolve-nominals.js';
import { resolvePronouns } from './resolve-pronouns.js';
import { mergeTaggedMentions } from './tagged-mentions.js';
import { correctPlaceNames } from './place-names.js';
import type { EntityResources } from './resources.js';
import { dropWordsBeforeTitles, weakenWordNamePersons } from './word-names.js';
import { trimLeadingDeterminers, widenCoordinatedNames, widenOfAndNames } from './name-spans.js';
import { brandsAsOrganisations } from './brand-names.js';
import { placeNamedOrganisations } from './place-named-organisations.js';
import { linkAcronyms } from './acronyms.js';
import { confirmLoneGivenNames } from './lone-given-names.js';
import { dropTitleOnlyNames } from './title-only-names.js';
import { dropDateNames } from './date-names.js';
import { retypeCueNames } from './cue-name-types.js';
import { joinHyphenatedNames } from './hyphenated-names.js';
import { dropPlanetPersons } from './planet-names.js';
import { dropLetterPersons } from './letter-names.js';
import { nationalTeams } from './sports-teams.js';
import { lowerCasePlaces } from './lower-case-places.js';
import { invertedNames } from './inverted-names.js';

/** Component name and version stamped on every entity and mention. */
export const ENTITIES_COMPONENT = { name: 'entities', version: '0.2.0' } as const;

/**
 * Extracts the entities of one article: rule-based mentions (find-mentions.ts; person guesses opening
 * with a word-like given name weakened, word-names.ts; churches of a faith made organisations and names
 * not ending in their place word weakened, cue-name-types.ts) merged with the NER
 * tagger's spans (tagged-mentions.ts), countries and towns written in lower case added ("flights to france", lower-case-places.ts), person names cut at a hyphen joined ("Jean-Pierre Raffarin", hyphenated-names.ts), planets and lone letters taken for persons dropped (planet-names.ts, letter-names.ts), e-mail display names "Surname, Given" made one person (inverted-names.ts), a word opening a title and a bare title after an honorific dropped ("Shadow", "Mr. Speaker"; title-only-names.ts), tagged places that are known brands or are named after a place made organisations (brand-names.ts, place-named-organisations.ts), names with "and" inside widened ("National Air and Space Museum", "Department of Housing and Urban Development") and a leading "the" cut (name-spans.ts), dates taken for names dropped (date-names.ts), acronyms defined in parentheses given their name's entity (acronyms.ts), place names corrected per article (place-names.ts), countries acting as teams in a sports report made national teams (sports-teams.ts) → entities with aliases
 * (build-entities.ts) → role descriptions (resolve-nominals.ts) → pronouns (resolve-pronouns.ts).
 * @param doc the article's token layer
 * @param res entity resources
 * @param date the article's publication date (YYYY-MM-DD…), used to pick office holders' actor codes
 * @returns entities in order of first mention, ids "E1", "E2"…; mentions sorted by offset, each with
 *   provenance (rule, confidence, evidence = the title span or the antecedent span)
 */
export function extractEntities(doc: Doc, res: EntityResources, date: string | null = null): Entity[] {
  const view = createDocView(doc);
  const merged = invertedNames(view, res, dropLetterPersons(view, dropPlanetPersons(view, joinHyphenatedNames(view, lowerCasePlaces(view, res, mergeTaggedMentions(view, res, weakenWordNamePersons(view, res, retypeCueNames(view, res, findMentions(view, res)))))))));
  const named = widenOfAndNames(view, res, widenCoordinatedNames(view, res, placeNamedOrganisations(view, res, brandsAsOrganisations(view, res, dropWordsBeforeTitles(view, res, dropTitleOnlyNames(view, res, trimLeadingDeterminers(view, dropDateNames(view, merged))))))));
  const raw = nationalTeams(view, res, correctPlaceNames(view, res, confirmLoneGivenNames(view, res, linkAcronyms(view, res, named))));
  const drafts = buildEntities(raw, res, date);
  resolveNominals(raw.filter((m) => m.kind === 'nominal'), drafts, res.actors, date);
  resolvePronouns(view, drafts);
  return drafts.map((d, i) => toEntity(d, i, doc.text));
}

function toEntity(d: DraftEntity, i: number, text: string): Entity {
  const mentions: Mention[] = d.mentions.map((m) => ({
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    kind: m.kind,
    provenance: {
      component: ENTITIES_COMPONENT.name,
      version: ENTITIES_COMPONENT.version,
      rule: m.rule,
      confidence: m.confidence,
      ...(m.evidence.length > 0 ? { evidence: m.evidence } : {}),
    },
  }));
  return {
    id: `E${i + 1}`,
    name: d.name,
    type: d.type,
    actor: d.actor,
    country: d.country,
    agent: d.agent,
    role: d.role,
    gender: d.type === 'PERSON' ? d.gender : null,
    mentions,
    provenance: {
      component: ENTITIES_COMPONENT.name,
      version: ENTITIES_COMPONENT.version,
      rule: d.rule,
      confidence: d.confidence,
    },
  };
}

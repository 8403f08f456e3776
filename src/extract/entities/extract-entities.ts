import type { Entity, Mention } from '../../model/entity.js';
import type { Doc } from '../../nlp/doc.js';
import { buildEntities, type DraftEntity } from './build-entities.js';
import { applyPredecessorStates } from './predecessor-states.js';
import { createDocView, type DocView } from './doc-view.js';
import { packedList } from './packed-list.js';
import { findMentions } from './find-mentions.js';
import { resolveNominals } from './resolve-nominals.js';
import { resolvePronouns } from './resolve-pronouns.js';
import { possessiveCountries } from './possessive-countries.js';
import { linkOrganisationDescriptions } from './organisation-descriptions.js';
import { linkInstitutionDescriptions } from './institution-descriptions.js';
import { mergeTaggedMentions } from './tagged-mentions.js';
import { correctPlaceNames } from './place-names.js';
import { congoNames } from './congo-names.js';
import { appositiveRoles } from './appositive-roles.js';
import { speakerRepeats } from './speaker-repeats.js';
import type { EntityResources } from './resources.js';
import type { RawMention } from './raw-mention.js';
import { dropWordsBeforeTitles, weakenWordNamePersons } from './word-names.js';
import { trimLeadingDeterminers, widenCoordinatedNames, widenOfAndNames } from './name-spans.js';
import { brandsAsOrganisations } from './brand-names.js';
import { placeNamedOrganisations } from './place-named-organisations.js';
import { linkAcronyms } from './acronyms.js';
import { ambiguousAliases } from './ambiguous-aliases.js';
import { titleWordNames } from './title-word-names.js';
import { linkInitialisms } from './initialisms.js';
import { dropDefinedTerms } from './term-definitions.js';
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
import { citedAuthors } from './cited-authors.js';
import { joinCompanySuffixes } from './company-suffixes.js';
import { widenOrganisationLedNames } from './organisation-led-names.js';
import { signatureNames } from './signature-names.js';
import { trimRoleEdges } from './role-edges.js';
import { placeWordPersons } from './place-word-persons.js';
import { widenCountryLedNames } from './country-led-names.js';
import { widenGroupNames } from './group-name-cues.js';
import { dropStormNames } from './storm-names.js';
import { prophetNames } from './prophet-names.js';
import { dropCommonWordPersons, trimCommonWordTails } from './common-word-persons.js';
import { dropDeterminerPersons } from './determiner-persons.js';
import { joinPatronymNames } from './patronym-names.js';
import { joinWashingtonDc } from './washington-dc.js';
import { townPersons } from './town-persons.js';
import { techNames } from './tech-names.js';
import { lawNames } from './law-names.js';
import { titleCountries } from './title-countries.js';
import { groupCountries } from './group-countries.js';
import { initialsNames } from './initials-names.js';
import { compassInitials } from './compass-initials.js';
import { dropTermAcronyms } from './term-acronyms.js';
import { businessNames } from './business-names.js';
import { consumerBusinesses } from './consumer-businesses.js';
import { facilityNames } from './facility-names.js';
import { joinAndCoNames, joinCompanyForms } from './company-forms.js';
import { companyShortNames } from './company-short-names.js';
import { legalFormPersons } from './legal-form-persons.js';
import { dropTickerSymbols } from './ticker-symbols.js';
import { countrySubsidiaries } from './country-subsidiaries.js';
import { nationalityCompanies } from './nationality-companies.js';
import { qualifierPersons } from './qualifier-persons.js';
import { holidayNames } from './holiday-names.js';
import { prizeNames } from './prize-names.js';
import { roundNames } from './round-names.js';
import { dropCapitalsPersons } from './capitals-persons.js';
import { outputMentionKind } from './group-descriptions.js';
import { contextNames } from './context-names.js';
import { partyTitles } from './party-titles.js';
import { dropCommonGivenNames } from './common-given-names.js';
import { companyNouns } from './company-nouns.js';
import { ofCountryNames } from './of-country-names.js';
import { titleOfPlaces } from './title-of-places.js';
import { townRegionPersons } from './town-region-persons.js';
import { dropHeadlineCommonNames } from './headline-common-names.js';
import { notesAddresses } from './notes-addresses.js';
import { appositivePersons } from './appositive-persons.js';
import { officeCountries, storyCountries } from './office-countries.js';
import { tradeUnions, unionOfficers } from './union-officers.js';
import { governmentDepartments } from './government-departments.js';
import { listedPlaces } from './listed-places.js';
import { dropMonthMentions } from './month-mentions.js';
import { spokesmanDescriptions } from './spokesman-descriptions.js';
import { generalStaffs } from './general-staff.js';
import { counterpartCountries } from './counterpart-countries.js';
import { cueWordReferences } from './cue-word-references.js';
import { centralBanks } from './central-banks.js';
import { tradeInstitutes } from './trade-institutes.js';
import { dropOpeningCueWords } from './opening-cue-words.js';
import { dropLowerCasePersons } from './lower-case-persons.js';

/** Component name and version stamped on every entity and mention. */
export const ENTITIES_COMPONENT = { name: 'entities', version: '0.2.0' } as const;

/** One correction of the article's mentions: takes them in text order (and the article's date), returns the corrected list (a copy). */
type MentionStep = (view: DocView, res: EntityResources, mentions: readonly RawMention[], date: string | null) => RawMention[];

/**
 * The corrections applied, in this order, to the rule-based mentions (find-mentions.ts) before they become
 * entities; each file's docstring gives its rule and the data it was found on.
 */
const MENTION_STEPS: readonly MentionStep[] = [
  retypeCueNames, // churches of a faith are organisations; names not ending in their place word weakened (cue-name-types.ts)
  weakenWordNamePersons, // person guesses opening with a word-like given name weakened (word-names.ts)
  mergeTaggedMentions, // the NER tagger's spans merged with the rules' (tagged-mentions.ts)
  (view, _res, m) => dropTickerSymbols(view, m), // stock tickers, "Unilever NV <UN.AS>", are no names (ticker-symbols.ts)
  lowerCasePlaces, // "flights to france" (lower-case-places.ts)
  (view, _res, m) => joinHyphenatedNames(view, m), // "Jean-Pierre Raffarin" (hyphenated-names.ts)
  (view, res, m) => joinPatronymNames(view, m, res.firstNames), // "Reema bint Bandar al-Saud" one person (patronym-names.ts)
  (view, _res, m) => dropPlanetPersons(view, m), // planets taken for persons (planet-names.ts)
  (view, _res, m) => dropLetterPersons(view, m), // lone letters taken for persons (letter-names.ts)
  dropLowerCasePersons, // a lower-case word that is no given name taken for a person, "he", "emperor" (lower-case-persons.ts)
  placeWordPersons, // "Mount Hood", "Coron" beside "Coron Island" taken for persons (place-word-persons.ts)
  townPersons, // "York" taken for a person where the article also says "to York" (town-persons.ts)
  townRegionPersons, // "Austin, Texas" a town even beside a person named Austin (town-region-persons.ts)
  listedPlaces, // "Kirkuk, Hawija and Zummar", "Zummar and other towns": a guessed person in a list of places is one (listed-places.ts)
  invertedNames, // e-mail display names "Surname, Given" (inverted-names.ts)
  citedAuthors, // authors cited in parentheses, "(Baron & Beresford, 2014)", "Quilis (1964)" (cited-authors.ts)
  (view, _res, m) => dropDateNames(view, m), // dates taken for names (date-names.ts)
  (view, _res, m) => holidayNames(view, m), // holidays and eras, "Christmas Eve", "the Holocaust", are events (holiday-names.ts)
  (view, _res, m) => prizeNames(view, m), // prizes and contests, "Booker Prize", "World Cup", are no actors (prize-names.ts)
  (view, _res, m) => roundNames(view, m), // "the Uruguay Round", "the Uruguay meeting" are talks, no actor (round-names.ts)
  (view, _res, m) => lawNames(view, m), // laws and agreements ("Disaster Relief Act") are no actors (law-names.ts)
  (view, _res, m) => trimLeadingDeterminers(view, m), // a leading lower-case "the" cut (name-spans.ts)
  dropTitleOnlyNames, // a bare title after an honorific, "Mr. Speaker" (title-only-names.ts)
  dropWordsBeforeTitles, // a word opening a title, "Shadow" (word-names.ts)
  brandsAsOrganisations, // tagged places that are known brands (brand-names.ts)
  placeNamedOrganisations, // businesses named after a place (place-named-organisations.ts)
  widenCountryLedNames, // "the British Museum", "US National Hurricane Center" (country-led-names.ts)
  (view, _res, m) => widenOrganisationLedNames(view, m), // "BBC Radio Wales" one body of the BBC (organisation-led-names.ts)
  widenGroupNames, // "an Iranian Opposition Group" one organisation, IRNOPP (group-name-cues.ts)
  techNames, // "Georgia Tech" a university, not the country (tech-names.ts)
  widenCoordinatedNames, // "National Air and Space Museum" (name-spans.ts)
  widenOfAndNames, // "Department of Housing and Urban Development" (name-spans.ts)
  (view, res, m) => joinCompanySuffixes(view, m, res), // "Orbital Widgets, Inc." (company-suffixes.ts)
  signatureNames, // "Jane Roe Acme Power Services, Inc." on a signature line: a person and a company (signature-names.ts)
  (view, _res, m) => joinCompanyForms(view, m), // "Toyota Motor Corp" one company, not Toyota and "Motor Corp" (company-forms.ts)
  (view, _res, m) => joinAndCoNames(view, m), // "Merrill Lynch and Co Inc" one company, not Merrill Lynch and "Co Inc" (company-forms.ts)
  countrySubsidiaries, // "Chrysler Canada Ltd", "IBM Canada Ltd" a business of that country, CANBUS (country-subsidiaries.ts)
  (view, _res, m) => nationalityCompanies(view, m), // "the Dutch electronics group" a company, NLDBUS, not the Netherlands (nationality-companies.ts)
  (view, _res, m) => companyShortNames(view, m), // "Alcan Australia" after "Alcan Australia Ltd" is that company, not Australia (company-short-names.ts)
  titleWordNames, // "King World" after "King World Productions Inc" is the company, no king named World (title-word-names.ts)
  legalFormPersons, // a guessed person ending in a legal form, "Degussa AG", and its short name "Degussa" are a company (legal-form-persons.ts)
  trimRoleEdges, // a person's role at an organisation name's edge, "GNOFHAC Executive Director" (role-edges.ts)
  ambiguousAliases, // "CPC", "ICC" the known organisation only where the article names it otherwise (ambiguous-aliases.ts)
  linkAcronyms, // acronyms defined in parentheses (acronyms.ts)
  dropDefinedTerms, // acronyms defined as terms, "ground reaction force (GRF)", are no names (term-definitions.ts)
  linkInitialisms, // initials of an organisation named earlier, "Coalition Provisional Authority … the CPA" (initialisms.ts)
  confirmLoneGivenNames, // lone given names (lone-given-names.ts)
  dropTermAcronyms, // common acronyms of things, "HTML", "GDP" (term-acronyms.ts)
  (view, _res, m) => dropCapitalsPersons(view, m), // a short word in capitals taken for a person, "JSON" (capitals-persons.ts)
  (view, _res, m) => dropStormNames(view, m), // "Hurricane Rita … Rita" (storm-names.ts)
  prophetNames, // "the Prophet Mohammed" a person, not an organisation (prophet-names.ts)
  (view, _res, m) => dropMonthMentions(view, m), // "Feb 26" of a dateline taken for a place (month-mentions.ts)
  (view, _res, m) => companyNouns(view, m), // a guessed person modifying "company", "the Naftohaz company" (company-nouns.ts)
  dropOpeningCueWords, // "Group net 104.8 mln" opening a results line: a cue word modifying the noun after it is no name (opening-cue-words.ts)
  appositivePersons, // a tagged organisation set off by commas before "said he", ", Yury Boyko, said he" (appositive-persons.ts)
  businessNames, // a guessed person ending in a trade word, "Carr Futures" (business-names.ts)
  consumerBusinesses, // well-known shops, chains, airlines, web services the tagger missed, "Hobby Lobby" (consumer-businesses.ts)
  facilityNames, // buildings, stations, roads the tagger missed, "Harlow Auditorium" (facility-names.ts)
  initialsNames, // initials before a name, "L. Ron Hubbard", "O.J. Simpson" (initials-names.ts)
  compassInitials, // "S. Korea", "W. Germany": a compass initial before the rest of a country's name is that country (compass-initials.ts)
  trimCommonWordTails, // a guessed person running on into ordinary words, "John Staikos Direct Dial" (common-word-persons.ts)
  dropCommonGivenNames, // a lone given name that is an ordinary word the article also writes in lower case, "the Bill" (common-given-names.ts)
  dropHeadlineCommonNames, // a guess of ordinary words in a title-case line, "Great Job Thanks" (headline-common-names.ts)
  dropCommonWordPersons, // title-case phrases of ordinary words taken for persons, "Developer Tools" (common-word-persons.ts)
  (view, _res, m) => dropDeterminerPersons(view, m), // a one-word person guess after a lower-case determiner, "Quoth the Raven" (determiner-persons.ts)
  titleCountries, // the country opening a person's title, "US President Barack Obama" (title-countries.ts)
  groupCountries, // the country before a lower-case group noun, "US troops", is a place too (group-countries.ts)
  correctPlaceNames, // place names corrected per article (place-names.ts)
  congoNames, // "Congo" alone is DR Congo where the article names it or Goma, and not Brazzaville (congo-names.ts)
  ofCountryNames, // "the Government of Iraq" one organisation, IRQGOV (of-country-names.ts)
  (view, _res, m) => titleOfPlaces(view, m), // "the King of Jordan" a person, JORGOV (title-of-places.ts)
  qualifierPersons, // "North Kivu", "Old English", "West African" left as persons by the place steps (qualifier-persons.ts)
  (view, _res, m) => joinWashingtonDc(view, m), // "Washington D.C." one place (washington-dc.ts)
  contextNames, // "Labour", "Tory", "the Lords" coded by the country the article is about (context-names.ts)
  partyTitles, // "Tory leader Michael Howard" GBRPTY, "Shadow Home Secretary David Davis" OPP (party-titles.ts)
  nationalTeams, // countries acting as teams in a sports report (sports-teams.ts)
  (view, _res, m) => notesAddresses(view, m), // a Lotus Notes address is its person, "Traci Warner@ENRON" (notes-addresses.ts)
  unionOfficers, // "union leader Tom Abel", "X, president of the miners' union": agent LAB, the union's country (union-officers.ts)
  tradeUnions, // "Harbour Porters Union", "National Union of Mineworkers": agent LAB, the country named or the story's (union-officers.ts)
  spokesmanDescriptions, // "the Iraqi spokesman", "an Israeli army spokesman" IRQGOV, ISRMIL (spokesman-descriptions.ts)
  (view, _res, m) => generalStaffs(view, m), // "the Turkish General Staff" TURMIL, not a general named Staff (general-staff.ts)
  (view, _res, m) => centralBanks(view, m), // "the Dutch Central Bank" NLDGOV, not a business (central-banks.ts)
  (view, _res, m) => tradeInstitutes(view, m), // "the Brazilian Coffee Institute" BRABUS, a body of the coffee trade, not a school (trade-institutes.ts)
  cueWordReferences, // "the Bank" after "the Bank of England" is that bank, not an organisation "Bank" (cue-word-references.ts)
  governmentDepartments, // "the Finance Ministry", "Taiwan's Labor Department": agent GOV, the country named or the story's (government-departments.ts; after the short forms, "the Ministry", took their full name)
  counterpartCountries, // "his U.S. counterpart, Trade Representative X" USAGOV, not the dateline's (counterpart-countries.ts)
  officeCountries, // "Finance Minister Dilson Funaro" in a Brazilian story BRAGOV: a state title naming no country (office-countries.ts)
  appositiveRoles, // "Ahmed Mohamed, Somalia's defence minister," SOMGOV: a role apposition naming the country (appositive-roles.ts)
  speakerRepeats, // "Umbro said": an organisation or person named elsewhere in the article, missed where it speaks (speaker-repeats.ts; last, once the types are settled)
];

/**
 * Extracts the entities of one article: rule-based mentions (find-mentions.ts) corrected by each step of
 * {@link MENTION_STEPS} in turn → entities with aliases (build-entities.ts) → role descriptions
 * (resolve-nominals.ts) → predecessor states (predecessor-states.ts) → pronouns (resolve-pronouns.ts) → "his country"
 * (possessive-countries.ts) → business
 * descriptions, "the company" (organisation-descriptions.ts).
 * @param doc the article's token layer
 * @param res entity resources
 * @param date the article's publication date (YYYY-MM-DD…), used to pick office holders' actor codes
 * @returns entities in order of first mention, ids "E1", "E2"…; mentions sorted by offset, each with
 *   provenance (rule, confidence, evidence = the title span or the antecedent span)
 */
export function extractEntities(doc: Doc, res: EntityResources, date: string | null = null): Entity[] {
  const view = createDocView(doc);
  // each step gets its list as one array kind (packed-list.ts: other kinds made the steps deoptimise again and again)
  let raw = packedList(findMentions(view, res));
  for (const step of MENTION_STEPS) raw = packedList(step(view, res, raw, date));
  const drafts = buildEntities(raw, res, date, doc.text);
  const nominals = raw.filter((m) => m.kind === 'nominal');
  // "the chancellor" with no holder named: the office holder of the country the article is about (resolve-nominals.ts)
  resolveNominals(nominals, drafts, res.actors, date, { country: storyCountries(raw).about, keys: view.keys, partyLeaders: res.partyLeaders });
  applyPredecessorStates(drafts, res, date);
  resolvePronouns(view, drafts);
  // "his country's firms": the pronoun's referent's country and its group, not the referent (possessive-countries.ts)
  possessiveCountries(view, res, drafts);
  // after the pronouns: a description opening a sentence would otherwise take the subject's salience from its name
  linkOrganisationDescriptions(view, drafts);
  // "the department", "the agency", "the central bank": the body of that kind named last (institution-descriptions.ts)
  linkInstitutionDescriptions(view, drafts);
  return drafts.map((d, i) => toEntity(d, i, doc.text));
}

function toEntity(d: DraftEntity, i: number, text: string): Entity {
  const mentions: Mention[] = d.mentions.map((m) => ({
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    kind: outputMentionKind(m, text), // a lower-case group phrase, "US troops", is a description (group-descriptions.ts)
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

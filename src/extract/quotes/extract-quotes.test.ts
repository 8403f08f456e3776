import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, MentionKind } from '../../model/entity.js';
import type { Quote } from '../../model/quote.js';
import { createNlp } from '../../nlp/nlp.js';
import { extractQuotes } from './extract-quotes.js';
import { loadQuoteResources } from './resources.js';
import { assertQuoteSpans, quotePieces } from './test-quotes.js';

const nlp = createNlp();
const resources = loadQuoteResources();
const prov = { component: 'test', version: '0', rule: 'hand-built', confidence: 1 };

/** A hand-built entity whose mentions are the n-th occurrences (default first) of the given surfaces. */
function entity(text: string, id: string, name: string, actor: string | null, mentions: [string, MentionKind, number?][]): Entity {
  return {
    id,
    name,
    type: 'PERSON',
    actor,
    country: actor ? actor.slice(0, 3) : null,
    agent: actor ? actor.slice(3) || null : null,
    mentions: mentions.map(([surface, kind, nth = 1]) => {
      let at = -1;
      for (let k = 0; k < nth; k++) at = text.indexOf(surface, at + 1);
      assert.ok(at >= 0, `"${surface}" #${nth} not in text`);
      return { start: at, end: at + surface.length, text: surface, kind, provenance: prov };
    }),
    provenance: prov,
  };
}

/** The quotes of `text`, a discontinuous content as one quote per part ({@link quotePieces}): most tests here check pieces. */
function run(text: string, entities: Entity[] = []): Quote[] {
  return quotePieces(runWhole(text, entities));
}

/** The quotes of `text` as extracted, one per attribution. */
function runWhole(text: string, entities: Entity[] = []): Quote[] {
  const { quotes } = extractQuotes(nlp.parse(text), resources, entities, { name: 'quotes', version: 'test' });
  for (const q of quotes) assertQuoteSpans(text, q);
  return quotes;
}

test('a direct quote followed by "he said" goes to the entity that owns the pronoun', () => {
  const text = 'Ms Rahman arrived in Oslo on Friday.\n"The talks were useful," she said.';
  const rahman = entity(text, 'E1', 'Leila Rahman', 'NORGOV', [['Ms Rahman', 'name'], ['she', 'pronoun']]);
  const [q] = run(text, [rahman]);
  assert.equal(q.kind, 'direct');
  assert.equal(q.text, 'The talks were useful');
  assert.equal(q.speaker.entity, 'E1');
  assert.equal(q.speaker.actor, 'NORGOV');
  assert.equal(q.speaker.mention?.text, 'she');
  assert.equal(q.cue?.text, 'said');
});

test('an inverted cue puts the speaker after the verb', () => {
  const text = '“We are not giving up,” said Mr Okafor.';
  const [q] = run(text, [entity(text, 'E7', 'Ade Okafor', null, [['Mr Okafor', 'name']])]);
  assert.equal(q.speaker.entity, 'E7');
  assert.equal(q.speaker.mention?.text, 'Mr Okafor');
});

test('a speaker before a colon and "told reporters" gives the addressee', () => {
  const text = 'Mrs Lind told reporters: "Our position has not changed."';
  const [q] = run(text, [entity(text, 'E2', 'Anna Lind', 'SWEGOV', [['Mrs Lind', 'name']])]);
  assert.equal(q.kind, 'direct');
  assert.equal(q.text, 'Our position has not changed.');
  assert.equal(q.addressee, 'reporters');
  assert.equal(q.cue?.text, 'told reporters');
  assert.equal(q.speaker.entity, 'E2');
});

test('a quote that continues after an attributed one keeps its speaker', () => {
  const text = '"I heard it too," the envoy said. "We both want calm."';
  // one attribution: the second quotation is the second part of the quote
  const qs = runWhole(text);
  assert.equal(qs.length, 1);
  assert.deepEqual(qs[0].parts?.map((p) => p.text), ['I heard it too', 'We both want calm.']);
  assert.equal(qs[0].speaker.mention?.text, 'the envoy');
});

test('a pronoun speaker no entity owns keeps its mention but no entity', () => {
  const text = '"Nothing was agreed," he said.';
  const [q] = run(text);
  assert.equal(q.speaker.entity, null);
  assert.equal(q.speaker.mention?.text, 'he');
});

test('a quote with no recoverable speaker is kept with a null speaker', () => {
  const text = 'The hall was silent.\n"Peace is still possible in this region."';
  const [q] = run(text);
  assert.equal(q.speaker.mention, null);
  assert.equal(q.cue, null);
});

test('a short scare quote with no cue is not a quote', () => {
  assert.equal(run('The so-called "reset" went nowhere.').length, 0);
  // nor a short unattributed phrase of a few words, unless it is a sentence of four words or more
  assert.equal(run('The mood at the depot turned "a little bit grim" by noon.').length, 0);
  assert.equal(run('The crowd was quiet.\n"Stop the cuts now."').length, 1);
});

test('a dash after the quote names the speaker', () => {
  const text = '"We will rebuild every school." - Commissioner Maria Gomez';
  const [q] = run(text);
  assert.equal(q.speaker.mention?.text, 'Commissioner Maria Gomez');
  assert.equal(q.provenance.rule, 'direct-dash');
  assert.equal(q.cue?.text, '-');
});

// review 16: a technical article's table of compiler flags gave each "message" -Wflag as its speaker
test('a hyphen glued to the next word (a command-line flag) names no speaker; a spaced one or a true dash does', () => {
  const flags = run('"unused variable %0" -Wunused-variable\n\n"missing return in function %0" -Wreturn-type');
  assert.ok(flags.every((q) => q.speaker.mention === null), JSON.stringify(flags.map((q) => q.speaker.mention?.text)));
  const [dash] = run('"We will rebuild every school." \u2014Maria Gomez');
  assert.equal(dash?.speaker.mention?.text, 'Maria Gomez');
});

test('a speaker introduced on the line before with a colon', () => {
  const text = 'And from the finance minister:\n"The budget is balanced."';
  const [q] = run(text);
  assert.equal(q.speaker.mention?.text, 'the finance minister');
  assert.equal(q.provenance.rule, 'direct-colon-line');
});

test('reported speech with and without "that", cut at a "while" clause', () => {
  const text = 'Mr Sato said they had found common ground, while Ms Berg warned that gaps remained.';
  const qs = run(text, [
    entity(text, 'E3', 'Ken Sato', 'JPNGOV', [['Mr Sato', 'name']]),
    entity(text, 'E4', 'Eva Berg', 'DEUGOV', [['Ms Berg', 'name']]),
  ]);
  assert.deepEqual(
    qs.map((q) => [q.kind, q.text, q.speaker.entity, q.cue?.text]),
    [
      ['indirect', 'they had found common ground', 'E3', 'said'],
      ['indirect', 'that gaps remained', 'E4', 'warned'],
    ],
  );
});

test('a description that the entity layer links to a person resolves the speaker', () => {
  const text = 'Mr Sato met Ms Berg.\nBut the veteran diplomat made clear that no deal was near.';
  const [q] = run(text, [entity(text, 'E3', 'Ken Sato', 'JPNGOV', [['Mr Sato', 'name'], ['the veteran diplomat', 'nominal']])]);
  assert.equal(q.cue?.text, 'made clear');
  assert.equal(q.speaker.entity, 'E3');
  assert.equal(q.text, 'that no deal was near');
});

test('quoted words inside reported speech make a mixed quote attributed once', () => {
  const text = 'Ms Berg said she was "cautiously hopeful" about the outcome.';
  const qs = run(text, [entity(text, 'E4', 'Eva Berg', 'DEUGOV', [['Ms Berg', 'name']])]);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].kind, 'mixed');
  assert.equal(qs[0].text, 'she was "cautiously hopeful" about the outcome');
});

test('"according to" attributes the rest of the sentence to its object', () => {
  const text = 'The convoy was stopped at the border, according to the Red Cross.';
  const [q] = run(text);
  assert.equal(q.text, 'The convoy was stopped at the border');
  assert.equal(q.speaker.mention?.text, 'the Red Cross');
  assert.equal(q.cue?.text, 'according to');
});

test('a passive cue takes its speaker from the "by" phrase', () => {
  const text = 'The ceasefire deal was first reported by the Kyiv Independent.';
  const [q] = run(text);
  assert.equal(q.provenance.rule, 'indirect-passive');
  assert.equal(q.speaker.mention?.text, 'the Kyiv Independent');
});

test('a coordinated subject resolves to the person named first', () => {
  const text = 'Prime Minister Ana Costa and officials in Lisbon have said they want closer ties.';
  const [q] = run(text, [entity(text, 'E5', 'Ana Costa', 'PRTGOV', [['Prime Minister Ana Costa', 'name']])]);
  assert.equal(q.speaker.entity, 'E5');
  assert.equal(q.text, 'they want closer ties');
});

test('content after the cue lists the entities it mentions', () => {
  const text = 'Mr Sato said Ms Berg had been helpful.';
  const [q] = run(text, [
    entity(text, 'E3', 'Ken Sato', 'JPNGOV', [['Mr Sato', 'name']]),
    entity(text, 'E4', 'Eva Berg', 'DEUGOV', [['Ms Berg', 'name']]),
  ]);
  assert.deepEqual(q.mentions, ['E4']);
});

test('an indirect statement placed before its cue: "…, officials said."', () => {
  const text = 'The talks will resume next month in Geneva, officials said.';
  const [q] = run(text);
  assert.equal(q.provenance.rule, 'indirect-cue-after');
  assert.equal(q.text, 'The talks will resume next month in Geneva');
  assert.equal(q.speaker.mention?.text, 'officials');
});

test('a speaker after an apposition chain is the name, not the age or the job', () => {
  const text = '"We need more buses," Rita Olsen, 58, a nurse from Bergen, said on Monday.';
  const [q] = run(text);
  assert.equal(q.speaker.mention?.text, 'Rita Olsen');
  assert.equal(q.provenance.rule, 'direct-cue-after');
});

test('a party tag in parentheses stays with the speaker', () => {
  const text = '"The hearing is over," Sen. Mark Hale (D-Ohio) said.';
  const [q] = run(text);
  assert.equal(q.speaker.mention?.text, 'Sen. Mark Hale (D-Ohio)');
});

test('a cue interrupting its content splits it in two parts that share the cue', () => {
  const text = 'The aim, the minister said, is a lasting truce.';
  const qs = run(text);
  assert.deepEqual(qs.map((q) => q.text), ['The aim', 'is a lasting truce']);
  assert.equal(qs[0].cue?.start, qs[1].cue?.start);
});

test('a participle cue takes the subject of its clause: "…, adding that …"', () => {
  const text = 'Ms Berg praised the talks, adding that more work was needed.';
  const qs = run(text);
  const adding = qs.find((q) => q.cue?.text === 'adding');
  assert.ok(adding);
  assert.equal(adding.text, 'that more work was needed');
  assert.equal(adding.speaker.mention?.text, 'Ms Berg');
});

test('a time phrase between speaker and cue is stepped over', () => {
  const text = 'Police on Tuesday said the road would reopen soon.';
  const [q] = run(text);
  assert.equal(q.speaker.mention?.text, 'Police');
});

test('a transcript line names its speaker with a label', () => {
  const text = 'HOST: Will the ceasefire hold through the winter?\nMINISTER: We are confident that it will.';
  const qs = run(text);
  assert.deepEqual(
    qs.map((q) => [q.speaker.mention?.text, q.text, q.provenance.rule]),
    [
      ['HOST', 'Will the ceasefire hold through the winter', 'label-line'],
      ['MINISTER', 'We are confident that it will', 'label-line'],
    ],
  );
});

test('a sentence-final cue takes the clause before it, not an object after it', () => {
  const text = 'Since the mayor backed him, he would support the plan.';
  assert.equal(run(text).filter((q) => q.provenance.rule === 'indirect-cue-after').length, 0);
});

test('a request keeps its object in the content and names it as the addressee', () => {
  const text = 'The union urged its members to vote against the deal.';
  const [q] = run(text);
  assert.equal(q.text, 'its members to vote against the deal');
  assert.equal(q.cue?.text, 'urged');
  assert.equal(q.addressee, 'its members');
});

test('a reported clause stops before a coordinated attribution with its own speaker', () => {
  const text = 'Most voters said prices were too high, and many workers said wages were too low.';
  const qs = run(text);
  assert.deepEqual(qs.map((q) => q.text), ['prices were too high', 'wages were too low']);
});

test('any verb before a colon introduces the quote after it', () => {
  const text = 'The crowd chanted: "Four more years!"';
  const [q] = run(text);
  assert.equal(q.cue?.text, 'chanted');
  assert.equal(q.speaker.mention?.text, 'The crowd');
});

test('a quoted title inside a clause is not a quote of its own', () => {
  const text = 'Speaking on the show "Face the Nation," Ms Berg said talks would resume.';
  const qs = run(text);
  assert.equal(qs.filter((q) => q.kind === 'direct').length, 0);
});

test('"Asked whether …, X said" reports the question without naming the asker', () => {
  const text = 'Asked whether the border would reopen, the minister said talks were continuing.';
  const qs = run(text);
  const question = qs.find((q) => q.provenance.rule === 'indirect-question');
  assert.ok(question);
  assert.equal(question.text, 'whether the border would reopen');
  assert.equal(question.speaker.mention, null);
  const answer = qs.find((q) => q.cue?.text === 'said');
  assert.equal(answer?.text, 'talks were continuing');
});

test('a cue right before a quote wins over the cue of the next sentence', () => {
  const text = 'The host asked, "Will you run again?" Mr Sato replied that he would not.';
  const [q] = run(text).filter((x) => x.kind === 'direct');
  assert.equal(q.cue?.text, 'asked');
  assert.equal(q.speaker.mention?.text, 'The host');
});

test('"polls show" is a cue even when the tagger reads "show" as a noun', () => {
  const text = 'New polls show the governor trailing in three states.';
  const [q] = run(text);
  assert.equal(q.cue?.text, 'show');
  assert.equal(q.speaker.mention?.text, 'New polls');
});

test('an "according to" source that is not a plain noun phrase runs to the comma', () => {
  const text = 'According to a just-released survey by the state university, the mayor leads by nine points.';
  const [q] = run(text);
  assert.equal(q.text, 'the mayor leads by nine points');
  assert.equal(q.speaker.mention?.text, 'a just-released survey by the state university');
});

test('a participle after a noun takes the subject of the main clause', () => {
  const text = '"We will appeal," she said at a news conference announcing that the state would sue.';
  const qs = run(text);
  const announcing = qs.find((q) => q.cue?.text === 'announcing');
  assert.equal(announcing?.speaker.mention?.text, 'she');
  assert.equal(announcing?.text, 'that the state would sue');
});

test('a possessor is not the speaker: "Mr Sato\'s spokesman said" does not resolve to Mr Sato', () => {
  const text = "Mr Sato's spokesman said the visit would go ahead.";
  const [q] = run(text, [entity(text, 'E3', 'Ken Sato', 'JPNGOV', [['Mr Sato', 'name']])]);
  assert.equal(q.speaker.mention?.text, "Mr Sato's spokesman");
  assert.equal(q.speaker.entity, null);
});

test('a hyphenated place modifier stays in an inverted speaker phrase', () => {
  const text = '"The assets must be repaid," said Oslo-based lawyer Ida Berg.';
  const [q] = run(text);
  assert.equal(q.speaker.mention?.text, 'Oslo-based lawyer Ida Berg');
});

test('after a comma, an inverted cue takes the phrase that closes the sentence as speaker', () => {
  const text = 'The summit failed on trade and migration, said an Arab diplomat.';
  const [q] = run(text);
  assert.equal(q.speaker.mention?.text, 'an Arab diplomat');
  assert.equal(q.text, 'The summit failed on trade and migration');
});

test('participle and adjective-tagged heads still make speaker phrases', () => {
  const a = run('"We will not resign," the embattled president said.');
  assert.equal(a[0].speaker.mention?.text, 'the embattled president');
  const b = run('"Our reforms are working," said the premier, a veteran of the party.');
  assert.equal(b[0].speaker.mention?.text, 'the premier');
});

test('"X quoted Y as saying" and "Y was quoted as saying" make Y the speaker', () => {
  const a = run('Reuters quoted a senior ministry official as saying the talks had stalled.');
  assert.equal(a[0].speaker.mention?.text, 'a senior ministry official');
  assert.equal(a[0].text, 'the talks had stalled');
  const b = run('"Our stance is clear," Mr Okafor was quoted as saying.');
  assert.equal(b[0].speaker.mention?.text, 'Mr Okafor');
});

test('a clause ending in a quotation before "he said" is one mixed quote', () => {
  const text = 'Others have taken up sport and "are in much better shape than before," he said.';
  const qs = run(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].kind, 'mixed');
  assert.equal(qs[0].speaker.mention?.text, 'he');
});

test('an addressee phrase stops where the reported clause begins', () => {
  const [q] = run('The general told the inquiry the failure was a breakdown of command.');
  assert.equal(q.addressee, 'the inquiry');
  assert.equal(q.text, 'the failure was a breakdown of command');
});

test('"The Post reports that" and "the attorney general is confirming that" are found despite tagging', () => {
  const a = run('The Daily Post reports that the minister resigned.');
  assert.equal(a[0].speaker.mention?.text, 'The Daily Post');
  const b = run('The state attorney general is confirming that the charity was never registered.');
  assert.equal(b[0].speaker.mention?.text, 'The state attorney general');
});

test('a speaker whose party tag was split off by the sentence splitter keeps the cue', () => {
  const [q] = run('Rep. Ann Hedge (R-S.C.) said that claim reeked of double standards.');
  assert.equal(q.speaker.mention?.text, 'Rep. Ann Hedge (R-S.C.)');
  assert.equal(q.text, 'that claim reeked of double standards');
});

test('a name ending in a month is not a time phrase, and "this week" before "that" is skipped', () => {
  const [q] = run('Prime Minister Clara May said this week that the government would resign.');
  assert.equal(q.speaker.mention?.text, 'Prime Minister Clara May');
  assert.equal(q.text, 'that the government would resign');
});

test('a "while" clause after a quotation closing with a comma ends the reported clause', () => {
  const text = 'Half of voters agreed that she was "fit to serve," while 70 percent said the same of him.';
  const qs = run(text);
  assert.deepEqual(qs.map((q) => q.text), ['that she was "fit to serve,"', 'the same of him']);
});

test('a raised subject ("is expected to") gives subject and to-clause as content, with no speaker', () => {
  const text = 'The governor is expected to sign the budget bill on Friday.';
  const quotes = run(text).filter((q) => q.provenance.rule === 'indirect-raised');
  assert.deepEqual(quotes.map((q) => q.text), ['The governor', 'to sign the budget bill on Friday']);
  assert.ok(quotes.every((q) => q.speaker.mention === null && q.cue?.text === 'expected'));
});

test('"expected to" with a speaker of its own stays an infinitive attribution, not a raised subject', () => {
  const quotes = run('The mayor expects to win the runoff next month.');
  assert.ok(!quotes.some((q) => q.provenance.rule === 'indirect-raised'));
});

test('a noun cue with a possessor ("the senator\'s claim that …") attributes the that-clause to the possessor', () => {
  const text = 'Economists took a hard look at the senator’s claim that the tariffs had lowered prices.';
  const quotes = run(text).filter((q) => q.provenance.rule === 'indirect-noun');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].text, 'that the tariffs had lowered prices'); // PolNeAR keeps "that" in the content
  assert.equal(quotes[0].speaker.mention?.text, 'the senator');
});

test('a noun cue with no speaker to be found ("the claim that …") is not an attribution', () => {
  const quotes = run('The claim that the tariffs had lowered prices spread quickly online.');
  assert.ok(!quotes.some((q) => q.provenance.rule === 'indirect-noun'));
});

test('a stance verb with a bare name as object is an attribution ("most farmers supported Harlan")', () => {
  const quotes = run('Most farmers in the county supported Harlan.').filter((q) => q.provenance.rule === 'indirect-object');
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker.mention?.text]), [['Harlan', 'Most farmers in the county']]);
});

test('a stance participle after a noun takes that noun as holder ("a fund backing Harlan")', () => {
  const text = 'Last spring the Keller family gave $2 million to a fund backing Harlan.';
  const quotes = run(text).filter((q) => q.cue?.text === 'backing');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].text, 'Harlan');
  assert.equal(quotes[0].speaker.mention?.text, 'a fund');
});

test('a reported clause whose subject is a relative pronoun ("a result that she said surprised") keeps the pronoun', () => {
  const quotes = run('Ortega finished third, a result that she said surprised her campaign staff.').filter((q) => q.provenance.rule === 'indirect-relative');
  assert.deepEqual(quotes.map((q) => q.text), ['that', 'surprised her campaign staff']);
  assert.equal(quotes[0].speaker.mention?.text, 'she');
});

test('a passive question ("was asked whether …") keeps the question as content without guessing who asked', () => {
  const quotes = run('At the briefing the mayor was asked whether the bridge would reopen before winter.').filter((q) => q.provenance.rule === 'indirect-question');
  assert.deepEqual(quotes.map((q) => q.text), ['whether the bridge would reopen before winter']);
  assert.equal(quotes[0].speaker.mention, null);
});

test('a passive question opening with a wh-word ("was asked what …", "were asked who …") is the content too', () => {
  const questions = (text: string) => run(text).filter((q) => q.provenance.rule === 'indirect-question').map((q) => [q.text, q.cue?.text, q.speaker.mention]);
  assert.deepEqual(questions('During the debate, the mayor was asked what the city would do about the flooding.'), [['what the city would do about the flooding', 'asked', null]]);
  assert.deepEqual(questions('When residents were asked who should run the port, most named the harbour board.'), [['who should run the port', 'asked', null]]);
});

test('a one-word answer ("most members said no") is the reported content', () => {
  const quotes = run('Asked about the merger, most union members said no, but the board voted for it.').filter((q) => q.text === 'no');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].speaker.mention?.text, 'most union members');
});

test('an infinitive cue takes the subject of its clause as the speaker', () => {
  const [q] = run('Farmers in the valley are far more likely to say the new canal helped their harvest.');
  assert.equal(q.speaker.mention?.text, 'Farmers in the valley');
  assert.equal(q.cue?.text, 'say');
  assert.equal(q.text, 'the new canal helped their harvest');
});

test('a speaker set off by a dash aside is the phrase before the aside', () => {
  const [q] = run('Maria Lopes — a nurse from Porto — says she will vote for the opposition.');
  assert.equal(q.speaker.mention?.text, 'Maria Lopes');
  assert.equal(q.text, 'she will vote for the opposition');
});

test('a quantifier alone can be the speaker of a reported clause', () => {
  const [q] = run('Among the delegates, many said the budget was too small.');
  assert.equal(q.speaker.mention?.text, 'many');
  assert.equal(q.text, 'the budget was too small');
});

test('a coordinated cue after a dateline shares the subject of the first verb', () => {
  const quotes = run('LAGOS, Nigeria (Reuters) - Governor Bello visited the flooded district on Sunday and said the state would rebuild every school.');
  const q = quotes.find((x) => x.cue?.text === 'said');
  assert.ok(q, 'the coordinated cue is found');
  assert.equal(q.speaker.mention?.text, 'Governor Bello');
  assert.equal(q.text, 'the state would rebuild every school');
});

test('a cue with the complement frame takes the phrase after it, past a preposition, as the content', () => {
  const [q] = run('The mayor tweeted her thanks to the rescue crews.');
  assert.equal(q.cue?.text, 'tweeted');
  assert.equal(q.text, 'her thanks to the rescue crews');
  const [r] = run('The minister commented on the delay in the report.');
  assert.equal(r.text, 'the delay in the report');
});

test('a stance verb learned from the training counts takes its object as the content', () => {
  const [q] = run('The governor portrayed the strike as a threat to the harbour.');
  assert.equal(q.cue?.text, 'portrayed');
  assert.equal(q.speaker.mention?.text, 'The governor');
  assert.equal(q.text, 'the strike as a threat to the harbour');
});

test('a title-case headline verb is a cue, and a comma joins the headline’s second predicate to the same speaker', () => {
  const quotes = run('Harbour Chief Praises New Dock Plan, Calls Delays ‘Costly’');
  assert.equal(quotes.length, 2);
  assert.equal(quotes[0].cue?.text, 'Praises');
  assert.equal(quotes[0].speaker.mention?.text, 'Harbour Chief');
  assert.equal(quotes[0].text, 'New Dock Plan');
  assert.equal(quotes[1].cue?.text, 'Calls');
  assert.equal(quotes[1].speaker.mention?.text, 'Harbour Chief');
});

test('a capitalised word ending in s outside a title-case headline is not a cue', () => {
  // "Claims" is the name of the harbour; the line is an ordinary sentence, so it is not read as a headline verb
  const quotes = run('Visitors from Port Claims praised the new dock plan.');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].cue?.text, 'praised');
  assert.equal(quotes[0].text, 'the new dock plan');
});

test('a source that interrupts its content splits it in two, leaving a lone connective out', () => {
  const [q] = run('His main complaint, according to an interview with the Gazette, was the cost of the bridge.');
  assert.equal(q.cue?.text, 'according to');
  assert.equal(q.speaker.mention?.text, 'an interview with the Gazette');
  const quotes = run('But, according to the survey, most farmers remain undecided.');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].text, 'most farmers remain undecided');
});

test('an object ends after a quotation that closes on a comma inside its marks', () => {
  const [q] = run('The senator called the budget “reckless,” a rare rebuke from a party elder.');
  assert.equal(q.text, 'the budget “reckless,”');
  const [r] = run('She called that plan “a gift to the banks.”');
  assert.equal(r.cue?.text, 'called');
  assert.equal(r.kind, 'mixed');
});

test('a cue inside a relative clause takes only that clause, and the main verb keeps its own content', () => {
  const quotes = run('Okafor, who thinks the port deal failed, praised the new harbour master.');
  assert.equal(quotes.length, 2);
  assert.equal(quotes[0].text, 'the port deal failed');
  assert.equal(quotes[1].cue?.text, 'praised');
  assert.equal(quotes[1].text, 'the new harbour master');
});

test('an object closing on a time adjunct leaves the adjunct out', () => {
  const [q] = run('The union endorsed the harbour plan on Monday.');
  assert.equal(q.text, 'the harbour plan');
});

test('a complement opened by "whether" keeps the word in the content', () => {
  const quotes = run('Reporters asked whether the port would reopen.');
  const q = quotes.find((x) => x.cue?.text === 'asked');
  assert.ok(q);
  assert.equal(q.text.startsWith('whether'), true);
});

test('an embedded question after a clausal cue is the content', () => {
  const quotes = run('The court did not say how the judges had voted.');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].text, 'how the judges had voted');
});

test('a verb the tagger reads as a noun between a name and its object is still a cue', () => {
  const quotes = run('Most farmers who support Okafor live in the north.');
  const q = quotes.find((x) => x.cue?.text === 'support');
  assert.ok(q, 'the cue is found');
  assert.equal(q.text, 'Okafor');
});

test('a cue after a quotation closing with a comma wraps a clause that holds another speaker’s cue', () => {
  const quotes = run('In one letter, Mensah described how he had put the files in a “shred box,” the Gazette reported.');
  const q = quotes.find((x) => x.cue?.text === 'reported');
  assert.ok(q, 'the outer attribution is found');
  assert.equal(q.speaker.mention?.text, 'the Gazette');
  assert.ok(q.text.startsWith('In one letter, Mensah described'));
});

test('a raising verb with a predicate adjective joins the subject and the adjective, with no speaker', () => {
  const quotes = run('The dock workers seemed quite happy, and the talks ended early.');
  assert.equal(quotes.length, 2);
  assert.equal(quotes[0].text, 'The dock workers');
  assert.equal(quotes[1].text, 'quite happy');
  assert.equal(quotes[0].speaker.mention, null);
  const raised = run('The truce seems to hold.');
  assert.deepEqual(raised.map((q) => q.text), ['The truce', 'to hold']);
});

test('a sentence opening "Asked about …," reports the question with no asker named', () => {
  const quotes = run('Asked about the port strike, the mayor said talks would resume.');
  const q = quotes.find((x) => x.cue?.text === 'Asked about');
  assert.ok(q, 'the question is found');
  assert.equal(q.text, 'the port strike');
  assert.equal(q.speaker.mention, null);
});

test('an infinitive content may open with a quotation mark, and a dangling conjunction is trimmed', () => {
  const quotes = run('Okafor vowed to “keep the port open for everyone,” and she repeated it later.');
  const q = quotes.find((x) => x.cue?.text === 'vowed');
  assert.ok(q);
  assert.equal(q.kind, 'mixed');
  assert.equal(q.text, 'to “keep the port open for everyone,”');
});

test('a verb further before a colon, or an infinitive cue after an aside, still introduces the quote', () => {
  const [q] = run('The harbour master delivered a blunt message to the unions: "The strike ends on Friday."');
  assert.equal(q.kind, 'direct');
  assert.equal(q.speaker.mention?.text, 'The harbour master');
  const [r] = run('Mensah, who ran the port for a decade, stood up to say: "We were never consulted."');
  assert.equal(r.speaker.mention?.text, 'Mensah');
  assert.equal(r.cue?.text, 'say');
});

test('a past-tense verb after a quotation closing on a comma is its cue even outside the lexicon', () => {
  const [q] = run('“The ferry is late again,” Mensah grumbled.');
  assert.equal(q.kind, 'direct');
  assert.equal(q.cue?.text, 'grumbled');
  assert.equal(q.speaker.mention?.text, 'Mensah');
});

test('a sentence-initial name the tagger reads as an adverb, and a postposed "overall", leave the speaker intact', () => {
  const [q] = run('Jolly said he would cut the harbour fees.');
  assert.equal(q.speaker.mention?.text, 'Jolly');
  const [r] = run('Eight in 10 dock workers overall said they backed the strike.');
  assert.equal(r.speaker.mention?.text, 'Eight in 10 dock workers');
  assert.equal(r.text, 'they backed the strike');
});

test('a day name with a possessive opens the reported clause rather than dating the cue', () => {
  const [q] = run("Mensah said Thursday's vote had changed her mind.");
  assert.equal(q.text, "Thursday's vote had changed her mind");
});

test('a time phrase with a possessive opens the reported clause ("said last night’s vote …", straight or curly apostrophe)', () => {
  const [q] = run('Mensah said last night’s vote had changed her mind.');
  assert.equal(q.text, 'last night’s vote had changed her mind');
  const [r] = run("Mensah said this week's talks were a waste of time.");
  assert.equal(r.text, "this week's talks were a waste of time");
});

test('a cue interrupting its content keeps the second part even when it holds a nested stance verb', () => {
  const [q, r] = run('His sister, he says, plans to leave the party because of what they see as a rigged process.');
  assert.equal(q.text, 'His sister');
  assert.ok(r.text.startsWith('plans to leave the party'));
  assert.equal(r.cue?.text, 'says');
});

test('a quantity subject, a postposed "polled" and a stray comma after a party tag keep the speaker', () => {
  const [q] = run('About one in five say they would stay home.');
  assert.equal(q.speaker.mention?.text, 'one in five');
  const [r] = run('Some 40 percent of farmers polled said they were worse off.');
  assert.equal(r.speaker.mention?.text, 'Some 40 percent of farmers');
  const [t] = run('Sen. Ada Roe (D-Ohio), said on Tuesday that she had not read the bill.');
  assert.equal(t.speaker.mention?.text, 'Sen. Ada Roe (D-Ohio)');
  assert.equal(t.text, 'that she had not read the bill');
});

test('an addressee ends before a possessive pronoun that opens the reported clause', () => {
  const [q] = run('Mensah told the Gazette her union would strike.');
  assert.equal(q.addressee, 'the Gazette');
  assert.equal(q.text, 'her union would strike');
});

test('"most of them" is a speaker phrase', () => {
  const [q] = run('Most of them say they will return next year.');
  assert.equal(q.speaker.mention?.text, 'Most of them');
});

test('learned cue phrases: "made it clear", "laid out", "took issue with"', () => {
  const [q] = run('The minister made it clear that the port would stay open.');
  assert.equal(q.cue?.text, 'made it clear');
  assert.equal(q.text, 'that the port would stay open');
  const [r] = run('The union took issue with the new shift rota.');
  assert.equal(r.cue?.text, 'took issue with');
  assert.equal(r.text, 'the new shift rota');
});

test('a sentence opening "In a … poll," attributes the rest of the sentence to the poll', () => {
  const [q] = run('In a Gazette poll released Monday, 52 percent of voters backed the dock plan.');
  assert.equal(q.cue?.text, 'In');
  assert.equal(q.speaker.mention?.text, 'a Gazette poll released Monday');
  assert.equal(q.text, '52 percent of voters backed the dock plan');
  // a poll later in the sentence is not read as a source
  assert.ok(!run('The mayor led by ten points in a Gazette poll.').some((x) => x.cue?.text === 'in'));
});

test('a verb outside the lexicon that the cue model recognises attributes its that-clause, never a mere object', () => {
  assert.equal(resources.verbs.has('grumble'), false);
  const q = run('Rivals have grumbled that the plan is too costly.').find((x) => x.cue?.text === 'grumbled');
  assert.ok(q, 'no quote with the cue "grumbled"');
  assert.equal(q.speaker.mention?.text, 'Rivals');
  assert.equal(q.text, 'that the plan is too costly');
  assert.match(q.provenance.rule, /\+learned-cue$/);
  // objects of verbs outside the lexicon were right 39% of the time on PolNeAR dev: "signed an agreement" is no quote
  assert.deepEqual(run('Rivals have ridiculed the plan for weeks. Japan signed an agreement with the Philippines on Monday.'), []);
});

test('an object that only names an earlier claim ("rejected the charge") gives no quote', () => {
  assert.deepEqual(run('Moscow rejected the charge. Kyiv denied the allegations.').map((q) => q.text), []);
});

test('a claim noun with a relative clause closes the accusation and is not a speaker ("…, a charge Moscow denies")', () => {
  const quotes = run('The foreign ministry on Monday accused Russia of violating the truce, a charge Moscow denies.');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].text, 'Russia of violating the truce');
  assert.equal(quotes[0].speaker.mention?.text, 'The foreign ministry');
});

test('a coordinated cue after a quotation reports its own clause ("“energy and drive” but argues that …")', () => {
  const quotes = run('Smith says she admires Jones’ “energy and drive” but argues that he cannot pay for his plans.');
  const argues = quotes.find((q) => q.cue?.text === 'argues');
  assert.equal(argues?.text, 'that he cannot pay for his plans');
  const says = quotes.find((q) => q.cue?.text === 'says');
  assert.equal(says?.kind, 'mixed');
});

test('a dash aside between a cue and its that-clause is stepped over', () => {
  const [q] = run('His manager Al Roe said — on Twitter, as it happens — that the campaign raised $4 million that day.');
  assert.equal(q.text, 'that the campaign raised $4 million that day');
  assert.equal(q.speaker.mention?.text, 'His manager Al Roe');
});

test('"that" before a gerund opens the reported clause ("thinks that cutting the deficit is …")', () => {
  const [q] = run('She thinks that cutting the deficit is more urgent than new spending.');
  assert.equal(q.text, 'that cutting the deficit is more urgent than new spending');
});

test('a cue followed by an adjunct or a second predicate gets no rest-of-clause content ("said in a statement")', () => {
  const texts = [
    'Profits at the lender rose to 70bn yuan ($9bn; £5bn) in 2004, the bank said in a statement.',
    'The unions said on Friday, and were expected to repeat it at the rally.',
  ];
  for (const text of texts) {
    for (const q of run(text)) assert.doesNotMatch(q.text, /^(in a statement|and were expected)/, `${q.provenance.rule}: ${q.text}`);
  }
});

test('"As X reported, …" attributes the clause after the comma to X', () => {
  const quotes = run('As the Gazette reported on Monday, the inspector general issued subpoenas to the foundation.');
  const q = quotes.find((x) => x.cue?.text === 'reported');
  assert.equal(q?.text, 'the inspector general issued subpoenas to the foundation');
  assert.equal(q?.speaker.mention?.text, 'the Gazette');
});

test('an unnamed spokesman speaks for the body named in the speaker phrase and takes its actor code', () => {
  const text = 'The border was quiet again, a spokesman for Ruritania\'s foreign ministry said on Friday.';
  const ministry: Entity = { ...entity(text, 'e1', "Ruritania's foreign ministry", 'RURGOV', [["Ruritania's foreign ministry", 'name']]), type: 'ORG' };
  const country: Entity = { ...entity(text, 'e2', 'Ruritania', 'RUR', [['Ruritania', 'name']]), type: 'GPE' };
  const [q] = run(text, [ministry, country]);
  assert.equal(q.speaker.mention?.text, "a spokesman for Ruritania's foreign ministry");
  assert.deepEqual([q.speaker.entity, q.speaker.name, q.speaker.actor], ['e1', "Ruritania's foreign ministry", 'RURGOV']);
  // with nothing coded in the phrase, nothing is guessed
  assert.equal(run('The border was quiet again, officials said on Friday.')[0].speaker.actor, null);
});

test('a subject with post-modifiers before its cue is the speaker ("a source close to him said", "people familiar with it say")', () => {
  const cases: [string, string, string][] = [
    ['A person with knowledge of the negotiations said the agreement was close.', 'A person', 'the agreement was close'],
    ['Aides familiar with her plans say she will stand again in the spring.', 'Aides', 'she will stand again in the spring'],
    ['Most members of the union in three cities going to the polls on Friday said they would accept the offer.', 'Most members of the union in three cities', 'they would accept the offer'],
    ['The mayor will rethink how he treats the council, an aide close to him said.', 'an aide', 'The mayor will rethink how he treats the council'],
  ];
  for (const [text, speaker, content] of cases) {
    const q = run(text).find((x) => x.cue?.text === 'said' || x.cue?.text === 'say');
    assert.equal(q?.speaker.mention?.text, speaker, text);
    assert.equal(q?.text, content, text);
  }
});

test('a name after a comma that the tagger reads as an adverb or verb is the speaker of the cue after it', () => {
  const [q] = run('Towns would turn into mere middlemen, Jolly said.');
  assert.equal(q?.speaker.mention?.text, 'Jolly');
  assert.equal(q?.text, 'Towns would turn into mere middlemen');
  const [r] = run('With the first option ruled out, Cross said he had only one choice left.');
  assert.equal(r?.speaker.mention?.text, 'Cross');
  assert.equal(r?.text, 'he had only one choice left');
  // a sentence adverb is never a speaker
  assert.equal(run('The plant is closed now, Later said.').length, 0);
});

test('a participle or coordinated cue finds the subject after an opening phrase or two asides', () => {
  const [q] = run('Leaving the town hall, Okonjo thanked the volunteers, and said the count was fair.').filter((x) => x.cue?.text === 'said');
  assert.equal(q?.speaker.mention?.text, 'Okonjo');
  assert.equal(q?.text, 'the count was fair');
  const [r] = run('Rep. Ann Vole, D-Maine, who faces a hard race, backed away from the bill, saying it lacks funding.');
  assert.equal(r?.speaker.mention?.text, 'Rep. Ann Vole');
  assert.equal(r?.text, 'it lacks funding');
});

test('an apposed description with post-modifiers does not hide the name before it', () => {
  const [q] = run('Omar Haddad, 41, a Syrian engineer living in Lyon with his wife, told reporters that he had heard two blasts.');
  assert.equal(q?.speaker.mention?.text, 'Omar Haddad');
  assert.equal(q?.text, 'that he had heard two blasts');
});

test('a cue inside a fronted subordinate clause or opening participle reports only up to the comma that closes it', () => {
  const q = run('While the delegates vowed to walk out of the meeting, most senior members stayed in their seats.').find((x) => x.cue?.text === 'vowed');
  assert.equal(q?.text, 'to walk out of the meeting');
  const r = run('Although early surveys indicated that the mayor was ahead, turnout decided the race.').find((x) => x.cue?.text === 'indicated');
  assert.equal(r?.text, 'that the mayor was ahead');
});

test('an infinitive content stops before ", and" opening a clause with its own subject', () => {
  const q = run('The brewery declined to renew its sponsorship of the cup, and the league could not find another backer.').find((x) => x.cue?.text === 'declined');
  assert.equal(q?.text, 'to renew its sponsorship of the cup');
  // a coordinated verb without a subject of its own stays inside
  const r = run('She vowed to cut fares and extend the night buses.').find((x) => x.cue?.text === 'vowed');
  assert.equal(r?.text, 'to cut fares and extend the night buses');
});

test('an opening participle cue ends at its comma, but "According to X, …" keeps the clause after it', () => {
  const q = run('Denying any wrongdoing, the two aides turned the episode into a long feud.').find((x) => x.cue?.text === 'Denying');
  assert.equal(q?.text, 'any wrongdoing');
  assert.equal(q?.speaker.mention?.text, 'the two aides');
  const p = run('Insisting that the levy was fair, the minister left the chamber early.').find((x) => x.cue?.text === 'Insisting');
  assert.equal(p?.text, 'that the levy was fair');
  assert.equal(p?.speaker.mention?.text, 'the minister');
  const [r] = run('According to the audit, the agency lost track of 40 vehicles last year.');
  assert.equal(r?.text, 'the agency lost track of 40 vehicles last year');
});

test('a lexicon verb the tagger reads as an adjective or noun before "that" is still a cue ("Mr. Doe alleged that …")', () => {
  const [q] = run('Mr. Okafor alleged that the contractor had inflated every invoice.');
  assert.equal(q?.cue?.text, 'alleged');
  assert.equal(q?.speaker.mention?.text, 'Mr. Okafor');
  assert.equal(q?.text, 'that the contractor had inflated every invoice');
  const [r] = run('She further announced that the agency was keeping the right to appeal.');
  assert.equal(r?.speaker.mention?.text, 'She');
  assert.equal(r?.text, 'that the agency was keeping the right to appeal');
});

test('an impersonal passive before "that" reports the clause with no speaker, a passive of worry names its holder', () => {
  const [q] = run('It was announced on Monday that the ferry service would end in May.');
  assert.equal(q?.cue?.text, 'announced');
  assert.equal(q?.speaker.mention, null);
  assert.equal(q?.text, 'that the ferry service would end in May');
  const [r] = run('The Danish government is worried that the tariffs could hurt its farmers.');
  assert.equal(r?.speaker.mention?.text, 'The Danish government');
  assert.equal(r?.text, 'that the tariffs could hurt its farmers');
  // a personal passive of a speech verb is not an attribution here
  assert.equal(run('The mayor was told that the ferry would stop.').length, 0);
});

test('a proper adjective and an adjectival head make a speaker phrase ("the Republican incumbent said")', () => {
  const [q] = run('The Republican incumbent said that her record speaks for itself.');
  assert.equal(q?.speaker.mention?.text, 'The Republican incumbent');
});

test('a that-clause with no verb yet steps over a dash aside instead of ending at it', () => {
  const [q] = run('The filing confirms that the party\'s biggest donors - who spent millions on his rivals - now back him.');
  assert.equal(q?.text, "that the party's biggest donors - who spent millions on his rivals - now back him");
  const [r] = run('The count showed that only half — 52 percent — of the members backed the deal.');
  assert.equal(r?.text, 'that only half — 52 percent — of the members backed the deal');
  // with its verb already read, the clause still ends at the aside
  const [s] = run('Ms Vale said that the count was fair — a view her rivals reject.');
  assert.equal(s?.text, 'that the count was fair');
});

test('"according to" after a closing relative clause attributes that clause alone', () => {
  const [q] = run('The campaign is narrowing the gap in delegates, which stood at 180 before the vote, according to the party.');
  assert.equal(q?.text, 'which stood at 180 before the vote');
  // a relative clause inside the sentence does not cut it
  const [r] = run('The firm, which is based in Leeds, cut its prices last month, according to the filing.');
  assert.equal(r?.text, 'The firm, which is based in Leeds, cut its prices last month');
});

test('a cue after its content may be followed by ", while …" or a participle and still close the attribution', () => {
  const quotes = run('In Leeds, marchers carried white roses, the station reported, while in York the parade began with a silence.');
  assert.deepEqual(quotes.map((q) => q.text), ['In Leeds, marchers carried white roses']);
  assert.equal(quotes[0].speaker.mention?.text, 'the station');
});

test('a subject with a short relative clause is the speaker ("groups that have backed him say …")', () => {
  const q = run('But several unions that have backed him say they expect the council to vote first.').find((x) => x.cue?.text === 'say');
  assert.equal(q?.speaker.mention?.text, 'several unions');
  assert.equal(q?.text, 'they expect the council to vote first');
  const r = run('Tenants who opposed the sale said they were relieved.').find((x) => x.cue?.text === 'said');
  assert.equal(r?.speaker.mention?.text, 'Tenants');
});

test('"on condition of anonymity" after a closing cue does not block the attribution', () => {
  const [q] = run('The talks had stalled again, an official said on condition of anonymity because he was not allowed to speak.');
  assert.equal(q?.text, 'The talks had stalled again');
  assert.equal(q?.speaker.mention?.text, 'an official');
});

test('a participle cue after "and" or "but" shares the speaker of the cue before it', () => {
  const quotes = run('The union stood firm, saying its members were ready on paper but suggesting that a deal might not be enough.');
  const q = quotes.find((x) => x.cue?.text === 'suggesting');
  assert.equal(q?.text, 'that a deal might not be enough');
  assert.equal(q?.speaker.mention?.text, 'The union');
});

test('participles used as prepositions ("regarding", "including") are no cues', () => {
  const quotes = run('Ms Lund accused Mr Berg of a smear regarding her links while he suggests the former minister is a captive of the banks.');
  assert.ok(!quotes.some((q) => q.cue?.text === 'regarding'));
});

test('a quotation inside running text after a closed quote is no continuation of it (a show title, another cue\'s words)', () => {
  const quotes = run('"She simply made it up," Ms Vale said on the station\'s "Morning Desk."');
  assert.deepEqual(quotes.map((q) => q.text), ['She simply made it up']);
  // a quotation opening a new sentence still continues the quote
  const more = runWhole('"We will win," she said. "And we will win by a wide margin."');
  assert.deepEqual(more.map((q) => [q.provenance.rule, q.parts?.length]), [['direct-cue-after', 2]]);
});

test('a reported clause may follow an adjunct of the cue ("said for weeks he is …", "said during a taping of …, that …")', () => {
  const [q] = run('Mr Osei has said for weeks he is the only candidate who can win the seat.');
  assert.equal(q?.text, 'he is the only candidate who can win the seat');
  const [r] = run('Ms Lind said Thursday during a taping of a town hall meeting in Leeds, England, that the council was wrong.');
  assert.equal(r?.text, 'that the council was wrong');
});

test('adjuncts before a that-clause may join names with "and" or hold a possessive mark', () => {
  const [q] = run('Mr Hale told The Star and Herald newspaper of Dundee on Saturday that he had voted for the plan.');
  assert.equal(q?.text, 'that he had voted for the plan');
  const [r] = run("The veterans' league wrote to Mr Evans' office that it had not allowed the use of its emblem.");
  assert.equal(r?.text, 'that it had not allowed the use of its emblem');
});

test('a participle cue after a quotation closing on a comma shares the speaker of the cue before it', () => {
  const quotes = run('Ms Ruiz insisted that she has "widened the party," claiming that she is behind the higher turnout.');
  const q = quotes.find((x) => x.cue?.text === 'claiming');
  assert.equal(q?.speaker.mention?.text, 'Ms Ruiz');
  assert.equal(q?.text, 'that she is behind the higher turnout');
});

test('a time phrase opening the sentence is no subject for a coordinated cue', () => {
  const q = run('A few minutes later the clerks reopened the hall and said they would count every ballot.').find((x) => x.cue?.text === 'said');
  assert.equal(q?.speaker.mention?.text, 'the clerks');
  assert.equal(q?.text, 'they would count every ballot');
});

test('"said in a statement" may be followed by a bare clause with a noun subject', () => {
  const [q] = run('The ministry said in a statement the border talks would resume next week.');
  assert.equal(q?.text, 'the border talks would resume next week');
  const [r] = run('The mayor said at a news conference on Monday the budget was fair.');
  assert.equal(r?.text, 'the budget was fair');
});

test('"which" before a cue stands for the phrase before it ("The firm, which said it would appeal, …")', () => {
  const q = run('The brewery, which said it would appeal, lost the case.').find((x) => x.cue?.text === 'said');
  assert.equal(q?.speaker.mention?.text, 'The brewery');
  assert.equal(q?.text, 'it would appeal');
  const r = run('The union, which has argued that pay is too low, called a strike.').find((x) => x.cue?.text === 'argued');
  assert.equal(r?.speaker.mention?.text, 'The union');
});

test('a relative "that" before a cue stands for the phrase before it ("a group that says …")', () => {
  const q = run('It is a lobby group that says it speaks for small farmers.').find((x) => x.cue?.text === 'says');
  assert.equal(q?.speaker.mention?.text, 'a lobby group');
  assert.equal(q?.text, 'it speaks for small farmers');
});

test('a survey "found" a bare clause or an object ("a poll found 90 percent support for …")', () => {
  const [q] = run('A recent county survey found 80 percent support for the new bus lanes.');
  assert.equal(q?.speaker.mention?.text, 'A recent county survey');
  assert.equal(q?.text, '80 percent support for the new bus lanes');
  const [r] = run('The audit found the agency had lost track of 40 vehicles.');
  assert.equal(r?.text, 'the agency had lost track of 40 vehicles');
});

test('a lexicon verb the tagger reads as a plural noun before a to-infinitive is a cue ("Okafor plans to visit …")', () => {
  const [q] = run('Okafor plans to visit the northern ports next week.');
  assert.equal(q?.cue?.text, 'plans');
  assert.equal(q?.speaker.mention?.text, 'Okafor');
  assert.equal(q?.text, 'to visit the northern ports next week');
});

test('a time adjunct after a closing cue is no object ("…, the ferry operator said Thursday.")', () => {
  const [q] = run('The harbour crane failed twice last month, the ferry operator said Thursday.');
  assert.equal(q?.cue?.text, 'said');
  assert.equal(q?.speaker.mention?.text, 'the ferry operator');
  assert.equal(q?.text, 'The harbour crane failed twice last month');
  const quotes = run('The levy is unfair, Mayor Oduya said Tuesday night, noting the council has frozen rents.');
  assert.equal(quotes.find((x) => x.cue?.text === 'said')?.text, 'The levy is unfair');
  assert.ok(!quotes.some((x) => x.text === 'night'));
});

test('a longer time adjunct or adverb between a cue and its "that" stays outside the content', () => {
  assert.equal(run('The coastguard said early Sunday that nine sailors had been rescued.')[0]?.text, 'that nine sailors had been rescued');
  assert.equal(run('Ms. Varga told reporters here Monday that she would stand again.')[0]?.text, 'that she would stand again');
  assert.equal(run('The minister said Friday morning that the border would reopen.')[0]?.text, 'that the border would reopen');
});

test('a closing participle cue finds a subject with a prepositional post-modifier or after an opening time phrase', () => {
  const [q] = run('The other bidder at the auction drew a sharp contrast, saying that the price was far too high.');
  assert.equal(q?.speaker.mention?.text, 'The other bidder at the auction');
  assert.equal(q?.text, 'that the price was far too high');
  const [r] = run('This spring, she came to the aid of Tom Reyes, saying Mr. Reyes deserved a second term.');
  assert.equal(r?.speaker.mention?.text, 'she');
  assert.equal(r?.text, 'Mr. Reyes deserved a second term');
});

test('a closing participle cue whose subject has a long aside falls back on the first phrase; a dash may lead it', () => {
  const [q] = run('Officials in the port city, long used to storms of every kind, shrugged off the forecast, saying the sea walls would hold.');
  assert.equal(q?.cue?.text, 'saying');
  assert.equal(q?.speaker.mention?.text, 'Officials in the port city');
  assert.equal(q?.text, 'the sea walls would hold');
  const [r] = run('Ms. Dube changed her answer on the spot — saying she now backed the harbour plan.');
  assert.equal(r?.speaker.mention?.text, 'Ms. Dube');
  assert.equal(r?.text, 'she now backed the harbour plan');
});

test('a contracted "be" before a participle cue is progressive, and a manner adverb may stand before a closing participle', () => {
  const [q] = run("She's not saying which other routes the council would close.");
  assert.equal(q?.cue?.text, 'saying');
  assert.equal(q?.text, 'which other routes the council would close');
  const [r] = run('Okafor has cast doubt on the audit, wrongly suggesting that the funds were never spent.');
  assert.equal(r?.speaker.mention?.text, 'Okafor');
  assert.equal(r?.text, 'that the funds were never spent');
});

test('a quotation after a mixed quote in the same paragraph carries it on, with its cue and speaker', () => {
  const text = 'Some of the claims about the port are "rooted in old myths, but a few are true," said Jo Roe, an analyst. "Nobody will settle it soon."';
  const quotes = run(text);
  const last = runWhole(text).find((q) => q.parts?.some((p) => p.text === 'Nobody will settle it soon.'));
  assert.equal(last?.kind, 'mixed');
  assert.equal(last?.cue?.text, 'said');
  assert.equal(last?.speaker.mention?.text, 'Jo Roe');
});

test('a past form the tagger reads as an adjective still closes a quotation as its cue ("…," the senator fumed.)', () => {
  const [q] = run('“They stole a fair count from us,” the alderman fumed. “Nobody trusts those numbers.”');
  assert.equal(q?.cue?.text, 'fumed');
  assert.equal(q?.speaker.mention?.text, 'the alderman');
});

test('a share of poll respondents before a lexicon verb the tagger reads as a noun is its subject ("64 percent call him …")', () => {
  const q = run('And 61 percent call her competent, up from 52 percent in May.').find((x) => x.cue?.text === 'call');
  assert.equal(q?.speaker.mention?.text, '61 percent');
  assert.equal(q?.text, 'her competent');
});

test('a raised subject leaves out an opening connective or adjunct phrase, and an extraposed "it" before a that-clause', () => {
  assert.deepEqual(run('But the mayor appeared to be preparing the ground for a tax fight.').map((q) => q.text), ['the mayor', 'to be preparing the ground for a tax fight']);
  assert.deepEqual(run('In the latest batch of letters, the governor appeared to show little regard for the victims.').map((q) => q.text), ['the governor', 'to show little regard for the victims']);
  assert.deepEqual(run('It may seem odd that a single post could go unnoticed.').map((q) => q.text), ['odd that a single post could go unnoticed']);
});

test('a raising verb before a predicate noun or participle joins the subject and the predicate ("seemed a warning", "seemed aimed at")', () => {
  assert.deepEqual(run('The vote count seemed a warning that rallies alone do not win seats.').map((q) => q.text), ['The vote count', 'a warning that rallies alone do not win seats']);
  assert.deepEqual(run('The memo from the panel seemed aimed at shoring up the inquiry.').map((q) => q.text), ['The memo from the panel', 'aimed at shoring up the inquiry']);
});

test('a light verb and its stance noun report the complement of the noun ("expressed concern that …", "offered ideas for …")', () => {
  assert.equal(run('The union leader expressed concern that some of her members, including nurses, could back Mr. Roe.')[0]?.text, 'that some of her members, including nurses, could back Mr. Roe');
  assert.equal(run('Ms. Vega expressed concerns about the price of the new rule.')[0]?.text, 'the price of the new rule');
  assert.equal(run('Okafor offered ideas for cutting bus fares.')[0]?.text, 'cutting bus fares');
  assert.equal(run('The mayor voiced a desire to rebuild the pier.')[0]?.text, 'to rebuild the pier');
});

test('a past-tense predicate after a comma shares the subject of the cue before it and ends that cue\'s content', () => {
  const quotes = run('He later suggested her temper was to blame, called her reckless and skipped one of the forums.');
  assert.equal(quotes.find((q) => q.cue?.text === 'suggested')?.text, 'her temper was to blame');
  const called = quotes.find((q) => q.cue?.text === 'called');
  assert.equal(called?.speaker.mention?.text, 'He');
  assert.ok(called?.text.startsWith('her reckless'));
});

test('an opening participle phrase with a comma of its own does not hide the subject after it', () => {
  const q = run('Speaking at a town hall in Salem, New Hampshire, Ruiz went after Diaz, calling him a total stiff.').find((x) => x.cue?.text === 'calling');
  assert.equal(q?.speaker.mention?.text, 'Ruiz');
  assert.equal(q?.text, 'him a total stiff');
});

test('a quotation opening the paragraph after "X released the following statement:" takes that verb as its cue', () => {
  const [q] = run('The harbour board released the following statement:\n“We regret the delays and will reopen the quay in May.”');
  assert.equal(q?.cue?.text, 'released');
  assert.equal(q?.speaker.mention?.text, 'The harbour board');
  assert.equal(q?.provenance.rule, 'direct-colon-line');
});

test('a negated cue with a curly apostrophe ("don’t think", "didn’t disclose") is a cue like its straight-apostrophe twin', () => {
  const [q] = run('Most council members don’t think the ferry can run by June.');
  assert.equal(q?.cue?.text, 'think');
  assert.equal(q?.speaker.mention?.text, 'Most council members');
  assert.equal(q?.text, 'the ferry can run by June');
});

test('"X was asked about Y" reports the topic of the question, with no asker', () => {
  const [q] = run('Mayor Ruiz was asked about the loan from the harbour fund.');
  assert.equal(q?.cue?.text, 'asked about');
  assert.equal(q?.text, 'the loan from the harbour fund');
  assert.equal(q?.speaker.mention, null);
});

test('a relative pronoun after a dash or an opening parenthesis stands for the phrase before it, and the parenthesis ends the content', () => {
  const [q] = run('On Monday, Ruiz — who had previously endorsed Diaz for mayor — switched sides.');
  assert.equal(q?.speaker.mention?.text, 'Ruiz');
  const [r] = run('A letter from Tom Hale (who strongly backs Ruiz) was read aloud.');
  assert.equal(r?.cue?.text, 'backs');
  assert.equal(r?.text, 'Ruiz');
});

test('a noun phrase and a colon right before a quotation make the speaker and the cue ("Ruiz on the budget: “…”")', () => {
  const [q] = run('Mayor Ruiz on the budget: “We will not cut a single teacher from any school in the city.”');
  assert.equal(q?.cue?.text, ':');
  assert.equal(q?.speaker.mention?.text, 'Mayor Ruiz');
  assert.equal(q?.provenance.rule, 'direct-colon-line');
  // a clause with a verb before the colon is no bare label: its verb is the cue
  assert.equal(run('The mayor was blunt: “We will not cut a single teacher from any school in the city.”')[0]?.cue?.text, 'blunt');
});

test('an -ing participle after a comma that the tagger reads as an adjective or noun is still a cue ("…, promising to …")', () => {
  const [q] = run('Ruiz toured the port on Friday, promising to reopen the old quay by June.');
  assert.equal(q?.cue?.text, 'promising');
  assert.equal(q?.speaker.mention?.text, 'Ruiz');
  assert.equal(q?.text, 'to reopen the old quay by June');
  assert.equal(run('The mayor spoke for an hour, repeating that the budget was sound.')[0]?.text, 'that the budget was sound');
});

test('a voting intention ("would vote for" a name) reports the name, a vote cast on a bill reports nothing', () => {
  const [q] = run('Among union members, 41 percent would vote for Okafor.');
  assert.equal(q?.cue?.text, 'vote');
  assert.equal(q?.speaker.mention?.text, '41 percent');
  assert.equal(q?.text, 'Okafor');
  assert.equal(run('The senator voted for the bill.').length, 0);
});

test('a participle cue after a preposition opening the sentence takes the subject after its comma ("After saying …, the man …")', () => {
  const [q] = run('After saying he was nervous about the vote, the farmer walked to the front of the hall.');
  assert.equal(q?.cue?.text, 'saying');
  assert.equal(q?.speaker.mention?.text, 'the farmer');
  assert.equal(q?.text, 'he was nervous about the vote');
});

test('a cue interrupting its content resumes after a conjunction or preposition ("…, he said, and …", "…, they say, but …")', () => {
  const quotes = run('The ferry left an hour late, the captain said, and nobody on board complained about it.');
  assert.equal(quotes.length, 2);
  assert.deepEqual(quotes.map((q) => q.text), ['The ferry left an hour late', 'and nobody on board complained about it']);
  assert.ok(quotes.every((q) => q.cue?.text === 'said' && q.speaker.mention?.text === 'the captain'));
  const [first, second] = run('The mayor may not win every ward, his aides say, but he still leads in the suburbs.');
  assert.equal(first?.text, 'The mayor may not win every ward');
  assert.equal(second?.text, 'but he still leads in the suburbs');
});

test('a closing cue may carry a place adjunct or end at a semicolon ("…, Ruiz said Monday in Lima, noting …", "…, analysts say; …")', () => {
  const [q] = run('The new port fees are unfair, Ruiz said Monday in Lima, noting that exporters already pay twice.');
  assert.equal(q?.text, 'The new port fees are unfair');
  assert.equal(q?.cue?.text, 'said');
  const [r] = run('Turnout in the valley will be low, analysts say; in 2018, fewer than a third of voters came out.');
  assert.equal(r?.text, 'Turnout in the valley will be low');
  assert.equal(r?.speaker.mention?.text, 'analysts');
});

test('a pronoun joined to the subject by "and" is part of the speaker ("she and another witness said")', () => {
  const [q] = run('The guards opened the gate early, she and another witness said.');
  assert.equal(q?.text, 'The guards opened the gate early');
  assert.equal(q?.speaker.mention?.text, 'she and another witness');
});

test('a description set off by commas before the name opens the attribution ("…, a spokesman, Tom Baker, said …")', () => {
  const [q] = run('The agency built the app for floods, a spokesman, Tom Baker, said on Friday, and it has used it twice this year.');
  assert.equal(q?.text, 'The agency built the app for floods');
  assert.equal(q?.speaker.mention?.text, 'Tom Baker');
});

test('a home town in an apposition chain is stepped over, and the next quotation carries on ("Ana Ruiz, 30, of Tulsa, Okla., said")', () => {
  const text = '"Neither of them speaks for me," Ana Ruiz, 30, of Tulsa, Okla., said in an interview. "We need someone who will listen to farmers."';
  const quotes = run(text);
  assert.equal(quotes.length, 2);
  assert.ok(quotes.every((q) => q.speaker.mention?.text === 'Ana Ruiz' && q.cue?.text === 'said'));
  // one quote of two parts
  assert.deepEqual(runWhole(text).map((q) => q.parts?.length), [2]);
});

test('a quotation right after the cue of the quote before it carries that quote on (`"…," she said "…"`)', () => {
  const quotes = runWhole('"The board keeps delaying the vote," she said "In the end the families are the ones who wait."');
  assert.equal(quotes.length, 1);
  assert.deepEqual(quotes[0].parts?.map((p) => p.text), ['The board keeps delaying the vote', 'In the end the families are the ones who wait.']);
  assert.equal(quotes[0].speaker.mention?.text, 'she');
  // a quotation inside running text after an ordinary word is still not a continuation
  const titled = run('"We will appeal the ruling," Doe said. Later she appeared on the show "Meet the Press at Nine Tonight."');
  assert.equal(titled.filter((q) => q.provenance.rule === 'direct-continuation').length, 0);
  assert.equal(runWhole('"We will appeal the ruling," Doe said. Later she appeared on the show "Meet the Press at Nine Tonight."').filter((q) => q.parts).length, 0);
});

test('a raised subject starts after the conjunction or subordinator that opens its clause ("… and Ruiz appears to …", "though the group is expected to …")', () => {
  const raised = (text: string) => run(text).filter((q) => q.provenance.rule === 'indirect-raised').map((q) => q.text);
  assert.deepEqual(raised('Early voting opens on Monday and Ruiz appears to have the county all to himself.'), ['Ruiz', 'to have the county all to himself']);
  assert.deepEqual(raised('The fund raised little in the spring, though the group is expected to report a far larger total next week.'), [
    'the group',
    'to report a far larger total next week',
  ]);
});

test('a connective opening a sentence closed by its cue stays outside the content ("And …, she said", "Still, …, according to …")', () => {
  assert.equal(run('And the bridge will stay closed until the spring, she said.')[0]?.text, 'the bridge will stay closed until the spring');
  assert.equal(run('Still, the harbour lost money for a third year, according to the annual report.')[0]?.text, 'the harbour lost money for a third year');
  assert.equal(run('In fact, most farmers backed the plan, the survey found.')[0]?.text, 'most farmers backed the plan');
  // "But" without a comma mostly stays in PolNeAR's contents
  assert.equal(run('But the ferry will keep running all winter, the mayor said.')[0]?.text, 'But the ferry will keep running all winter');
});

test('a poll subject is found behind a gerund or a time phrase, and "only" may open the object ("Exit polling showed …", "A poll last month showed …")', () => {
  const [a] = run('Exit polling showed that Ruiz won every group except voters under 30.');
  assert.equal(a?.speaker.mention?.text, 'Exit polling');
  assert.equal(a?.text, 'that Ruiz won every group except voters under 30');
  const [b] = run('A state poll last month showed Ruiz leading Diaz by ten points.');
  assert.equal(b?.speaker.mention?.text, 'A state poll');
  assert.equal(b?.text, 'Ruiz leading Diaz by ten points');
  assert.equal(run('But the survey shows only a slight gender gap.')[0]?.text, 'only a slight gender gap');
});

test('a headline label followed by a quotation and more words is one content ("Ryan: ‘Hateful Images’ Have ‘No Place …’")', () => {
  const [q] = run('Ryan: ‘Hateful Images’ Have ‘No Place In A Campaign.’');
  assert.equal(q?.provenance.rule, 'label-line');
  assert.equal(q?.speaker.mention?.text, 'Ryan');
  assert.match(q?.text ?? '', /^‘Hateful Images’ Have ‘No Place In A Campaign/);
  // a quotation that is the whole rest of the line stays a direct quote of its own
  assert.equal(run('Ana Ruiz: ‘We Will Win This Seat.’')[0]?.provenance.rule, 'direct-colon-line');
});

test('a complement cue takes no content from an agent or means after "by", nor from the medium ("offered by the contest", "responded on Twitter")', () => {
  assert.equal(run('Not all of the seats offered by the contest in Texas will go to the senator.').length, 0);
  const quotes = run('The mayor responded on Twitter within the hour.');
  assert.equal(quotes.length, 0);
  assert.equal(run('The mayor responded to the charge on Friday.')[0]?.text, 'the charge');
});

test('a stance verb takes a gerund object as its content ("supported pitching a bigger tent"), a verb of saying does not', () => {
  const [q] = run('Rather than rebuild the old party, he supported pitching a bigger tent to voters.');
  assert.equal(q?.cue?.text, 'supported');
  assert.equal(q?.text, 'pitching a bigger tent to voters');
  assert.equal(run('The senator opposed holding the vote before the election.')[0]?.text, 'holding the vote before the election');
});

test('a poll share is a speaker: a percentage, a fraction the tagger misreads, a quantifier read as an adverb ("42% say", "a third say", "…; most said")', () => {
  const shares = run('On schools, 42% say they want more funding, 31% call themselves undecided.');
  assert.deepEqual(shares.map((q) => [q.speaker.mention?.text, q.text]), [
    ['42%', 'they want more funding'],
    ['31%', 'themselves undecided'],
  ]);
  assert.equal(run('Nearly a third say they do not know.')[0]?.speaker.mention?.text, 'a third');
  const [most] = run('Farmers were worried about the drought; most said they were very worried.');
  assert.equal(most?.speaker.mention?.text, 'most');
  assert.equal(most?.text, 'they were very worried');
});

test('a dash after a closing cue opens an aside, not the cue\'s object ("…, his aides believe — voters he will need …")', () => {
  const [q] = run('Such a move could cost him the rural vote, his aides believe — voters he will need in November.');
  assert.equal(q?.text, 'Such a move could cost him the rural vote');
  assert.equal(q?.cue?.text, 'believe');
});

test('a phrase after a preposition joined by "and" to the next subject is split: the cue\'s speaker is the second conjunct', () => {
  const quotes = run('Ruiz said the port would hire more dockers under the new plan and Diaz says most of those jobs will be temporary.');
  assert.deepEqual(quotes.map((q) => [q.speaker.mention?.text, q.text]), [
    ['Ruiz', 'the port would hire more dockers under the new plan'],
    ['Diaz', 'most of those jobs will be temporary'],
  ]);
});

test('a third-person cue the tagger reads as a plural noun is still a cue after a singular subject ("The candidate claims his …", "…, the Daily Courier reports.")', () => {
  const [a] = run('The candidate claims his net worth is above ten billion dollars.');
  assert.equal(a?.cue?.text, 'claims');
  assert.equal(a?.speaker.mention?.text, 'The candidate');
  const [b] = run('Dock workers plan to strike next week, the Daily Courier reports.');
  assert.equal(b?.cue?.text, 'reports');
  assert.equal(b?.text, 'Dock workers plan to strike next week');
  // a plural noun after a possessive stays a noun
  assert.equal(run("The mayor's plans to rebuild the pier were dropped.").filter((q) => q.cue?.text === 'plans').length, 0);
});

test('a participle in an absolute "with" phrase takes the phrase as its speaker and ends at its comma ("with polls showing …, …")', () => {
  const [a] = run('The race stayed close, with the new state survey finding that most voters backed Ruiz.');
  assert.equal(a?.speaker.mention?.text, 'the new state survey');
  assert.equal(a?.text, 'that most voters backed Ruiz');
  const [b] = run('After a rough week for Ruiz, and with polls showing Diaz ahead in the north, the story broke.');
  assert.equal(b?.speaker.mention?.text, 'polls');
  assert.equal(b?.text, 'Diaz ahead in the north');
});

test('an apposition or relative clause about a speaker named after the cue is not content ("…, said Matt Lane, another speechwriter who …")', () => {
  const [a] = run('In the world of politics, such a mistake is highly unusual, said Matt Lane, another veteran speechwriter who worked in the White House.');
  assert.equal(a?.text, 'In the world of politics, such a mistake is highly unusual');
  assert.equal(a?.speaker.mention?.text, 'Matt Lane');
  const [b] = run('The union reached a deal with the firm, according to the Labor Department, moving a step closer to ending the strike.');
  assert.equal(b?.text, 'The union reached a deal with the firm');
  const [c] = run('Young renters might not be so lucky, according to Dana Dell, who was an adviser to the campaign.');
  assert.equal(c?.text, 'Young renters might not be so lucky');
  // a clause with its own verb after the speaker still resumes the content
  const parts = run('The harbour, according to the port authority, will reopen on Monday.');
  assert.deepEqual(parts.map((q) => q.text), ['The harbour', 'will reopen on Monday']);
});

test('a description before the name after a quotation closing on a comma opens the attribution (`“…, and so on,” the spokesman, Jo Earl, said`)', () => {
  const [q] = run('The plan will cost more than it saves, ‘at least in its first years,’ the port spokesman, Jo Earl, said on Thursday.');
  assert.equal(q?.speaker.mention?.text, 'Jo Earl');
  assert.equal(q?.text.includes('spokesman'), false);
});

test('a raised to-clause ends at a comma before a participle, relative clause or apposition ("is expected to pass the bill, the sweeping law that …")', () => {
  const raised = (text: string) => run(text).filter((q) => q.provenance.rule === 'indirect-raised').map((q) => q.text);
  assert.deepEqual(raised('The council is expected to pass the harbour bill this week, the sweeping law that replaced the old port rules.'), [
    'The council',
    'to pass the harbour bill this week',
  ]);
  assert.deepEqual(raised('Support for the mayor appears to have fallen sharply, when compared with the last election.'), [
    'Support for the mayor',
    'to have fallen sharply',
  ]);
});

test('a time adjunct closing an object stays out of it ("endorsed Ruiz in November", "backed the plan last year")', () => {
  assert.equal(run('The dockers union endorsed Ruiz in November.')[0]?.text, 'Ruiz');
  assert.equal(run('The mayor backed the harbour plan last year.')[0]?.text, 'the harbour plan');
});

test('an adverb set off by commas before a relative clause is stepped over to the speaker ("Lopez, meanwhile, who has …, said")', () => {
  const [q] = run('Lopez, meanwhile, who has no such endorsements, said that fact tells voters a lot about the race.');
  assert.equal(q?.speaker.mention?.text, 'Lopez');
  assert.equal(q?.text, 'that fact tells voters a lot about the race');
});

test('a cueless quotation that running text leads into and carries on after is not a quote', () => {
  // a slogan in the middle of a sentence: words before its opening mark and after its closing mark
  assert.equal(run('Workers hung banners with "no more closures in our valley towns, not one" across the gate.').length, 0);
  // the same words closing the sentence, or standing on their own line, are still kept without a speaker
  assert.equal(run('The strikers had one demand.\n"No more closures in our valley towns, not one."').length, 1);
  assert.equal(run('Workers hung banners across the gate that read "no more closures in our valley towns, not one."').length, 1);
});

test('a raised subject leaves out a participle, relative clause or lone "too" set off by commas before its verb', () => {
  const raised = (text: string) => run(text).filter((q) => q.provenance.rule === 'indirect-raised').map((q) => q.text);
  assert.deepEqual(raised('The harbour board, chaired by a retired judge, seems to favour a later vote.'), ['The harbour board', 'to favour a later vote']);
  assert.deepEqual(raised('The mill owners, who met twice last week, appear to have dropped the plan.'), ['The mill owners', 'to have dropped the plan']);
  assert.deepEqual(raised('Farmers, too, seemed to welcome the change.'), ['Farmers', 'to welcome the change']);
  // an apposition naming the subject stays inside it
  assert.deepEqual(raised('The mayor and her deputy, Ana Ruiz, seem to agree on the budget.'), ['The mayor and her deputy, Ana Ruiz,', 'to agree on the budget']);
});

test('the opening words of a sentence its cue interrupts before a quotation are part of the content, an adjunct of the cue is not', () => {
  const texts = (text: string) => runWhole(text).map((q) => [q.kind, q.text, q.cue?.text]);
  // one mixed quote of two parts
  assert.deepEqual(texts('If the port closes, the mayor said, "we will lose a thousand jobs by spring."'), [
    ['mixed', 'If the port closes … we will lose a thousand jobs by spring.', 'said'],
  ]);
  assert.deepEqual(texts('The new ferry, the mayor added, "is the best thing to happen to this town in years."'), [
    ['mixed', 'The new ferry … is the best thing to happen to this town in years.', 'added'],
  ]);
  // a time or place adjunct, or a name before its apposition, stays out
  assert.deepEqual(texts('In a statement on Monday, the mayor said, "We will lose a thousand jobs by spring."'), [['direct', 'We will lose a thousand jobs by spring.', 'said']]);
  assert.deepEqual(texts('Ana Ruiz, the mayor, said, "We will lose a thousand jobs by spring."').map((q) => q[1]), ['We will lose a thousand jobs by spring.']);
});

test('a raised subject leaves out a time adjunct closing it ("The minister on Tuesday seemed to …")', () => {
  const raised = (text: string) => run(text).filter((q) => q.provenance.rule === 'indirect-raised').map((q) => q.text);
  assert.deepEqual(raised('The minister on Tuesday seemed to rule out a second vote.'), ['The minister', 'to rule out a second vote']);
  assert.deepEqual(raised('The union last week appeared to soften its demands.'), ['The union', 'to soften its demands']);
});

test('a raised "seem like" leaves "like" out of the predicate part of the content', () => {
  const raised = (text: string) => run(text).filter((q) => q.provenance.rule === 'indirect-raised').map((q) => q.text);
  assert.deepEqual(raised('The late change of venue seemed like a costly mistake.'), ['The late change of venue', 'a costly mistake']);
});

test('"realize" reports the clause it introduces, and "trumpet" reports its object', () => {
  const texts = (text: string) => run(text).map((q) => [q.text, q.cue?.text, q.speaker.mention?.text]);
  assert.deepEqual(texts('The council soon realized that the bridge repairs would run over budget.'), [
    ['that the bridge repairs would run over budget', 'realized', 'The council'],
  ]);
  assert.deepEqual(texts('The governor trumpeted the new jobs figures.'), [['the new jobs figures', 'trumpeted', 'The governor']]);
});

test('"continue" is a cue after a quotation or before a colon, not before a clause', () => {
  const texts = (text: string) => run(text).map((q) => [q.kind, q.text, q.cue?.text]);
  assert.deepEqual(texts('The ferry service continued its crossings through the storm.'), []);
  assert.deepEqual(texts('The mayor continued the budget was sound.'), []);
  assert.deepEqual(texts('"We are not finished," the coach continued.'), [['direct', 'We are not finished', 'continued']]);
});

test('"nominate" and "knock" report their object ("nominated a judge", "knocked the plan")', () => {
  const texts = (text: string) => run(text).map((q) => [q.text, q.cue?.text, q.speaker.mention?.text]);
  assert.deepEqual(texts('The governor nominated a retired appeals judge for the vacant seat.'), [
    ['a retired appeals judge for the vacant seat', 'nominated', 'The governor'],
  ]);
  assert.deepEqual(texts('The union knocked the new pension plan.'), [['the new pension plan', 'knocked', 'The union']]);
});

test('an opening topic with "of" or a lone "Instead" joins the content of a cue interrupting it before a quotation', () => {
  const texts = (text: string) => run(text).map((q) => [q.kind, q.text, q.cue?.text]);
  // (the two parts of one mixed quote)
  assert.deepEqual(texts('Of the new toll, the mayor said, "Nobody in this town asked for it."'), [
    ['mixed', 'Of the new toll', 'said'],
    ['mixed', 'Nobody in this town asked for it.', 'said'],
  ]);
  assert.deepEqual(texts('Instead, the coach said, "we will play the young squad all season."').map((q) => q[1]), ['Instead', 'we will play the young squad all season.']);
  // "Instead of …" is an adjunct of the cue and stays out
  assert.deepEqual(texts('Instead of answering, the coach said, "We will play the young squad all season."').map((q) => q[1]), [
    'We will play the young squad all season.',
  ]);
});

test('an unattributed quotation takes the words leading into it from "that" or a determiner in its sentence', () => {
  const texts = (text: string) => run(text).map((q) => [q.kind, q.text, q.provenance.rule]);
  assert.deepEqual(texts('Her slogan in the last race was that the council “would sell the harbour to the highest bidder.”'), [
    ['mixed', 'that the council “would sell the harbour to the highest bidder.”', 'direct-unattributed'],
  ]);
  assert.deepEqual(texts('The posters along the pier carry a “rigged housing market that rewards speculators over families.”'), [
    ['mixed', 'a “rigged housing market that rewards speculators over families.”', 'direct-unattributed'],
  ]);
  // a quotation set off by a comma is a sentence of its own, and the "that" of an earlier sentence does not lead in
  assert.deepEqual(texts('The crowd heard that the vote was close. “The ferry will run again by the first week of May.”').map((q) => q[1]), [
    'The ferry will run again by the first week of May.',
  ]);
  assert.deepEqual(texts('It was clear that the mood had turned, “We will not wait another year for the new school to open.”').map((q) => q[1]), [
    'We will not wait another year for the new school to open.',
  ]);
});

test('a content read to the clause end leaves out an adverb of the cue and the preposition after it', () => {
  const texts = (text: string) => run(text).map((q) => [q.text, q.cue?.text, q.provenance.rule]);
  assert.deepEqual(texts('The former mayor complained bitterly about the new toll on the bridge.'), [
    ['the new toll on the bridge', 'complained', 'indirect-fallback'],
  ]);
  // an adverb of the word opening the content stays in it
  assert.deepEqual(texts('The union has proposed jointly owned buses for the two towns.'), [
    ['jointly owned buses for the two towns', 'proposed', 'indirect-fallback'],
  ]);
});

test('a mixed quote closed by "…,” said X" keeps its attribution when an apposition or a joined clause follows the speaker', () => {
  const texts = (text: string) => run(text).map((q) => [q.kind, q.text, q.cue?.text, q.speaker.mention?.text]);
  assert.deepEqual(texts("Ms. Lopez is ''not a team player,'' said Mr. Ortiz, but she works hard."), [
    ['mixed', "Ms. Lopez is ''not a team player,''", 'said', 'Mr. Ortiz'],
  ]);
  assert.deepEqual(texts('The harbour should be dredged “as quickly as possible,” said Mr. Ruiz, a member of the center-left party.'), [
    ['mixed', 'The harbour should be dredged “as quickly as possible,”', 'said', 'Mr. Ruiz'],
  ]);
});

test('a content may open with an approximate quantity ("about half of …", "at least 40 …")', () => {
  const texts = (text: string) => run(text).map((q) => [q.text, q.cue?.text, q.speaker.mention?.text]);
  assert.deepEqual(texts('The budget office said about half of the new spending went to roads.'), [
    ['about half of the new spending went to roads', 'said', 'The budget office'],
  ]);
  assert.deepEqual(texts('Police reported at least 40 people were hurt near the stadium.'), [['at least 40 people were hurt near the stadium', 'reported', 'Police']]);
  // a preposition before "a" + noun is no quantity
  assert.deepEqual(texts('The mayor boasted about a plan to rebuild the pier.').map((q) => q[0]), ['a plan to rebuild the pier']);
});

test('an object may open with a sum of money ("proposed $40 million for …", "calls for £2 billion")', () => {
  const texts = (text: string) => run(text).map((q) => [q.text, q.cue?.text, q.speaker.mention?.text]);
  assert.deepEqual(texts('The county executive proposed $40 million for new school buses.'), [['$40 million for new school buses', 'proposed', 'The county executive']]);
  assert.deepEqual(texts('She calls for £2 billion in flood defences.'), [['£2 billion in flood defences', 'calls for', 'She']]);
});

test('records or polls that "show" something are its source even when the tagger misreads both words', () => {
  const texts = (text: string) => run(text).map((q) => [q.text, q.cue?.text, q.speaker.mention?.text]);
  assert.deepEqual(texts('She is well liked in a county where polls show Mr. Ortiz narrowly trailing the mayor.'), [
    ['Mr. Ortiz narrowly trailing the mayor', 'show', 'polls'],
  ]);
  assert.deepEqual(texts('Polls there show Lopez is gaining on the incumbent before the vote.'), [['Lopez is gaining on the incumbent before the vote', 'show', 'Polls']]);
});

test('a lone quantifier opening its clause is the speaker ("while another says …") but not before "called"', () => {
  const texts = (text: string) => run(text).map((q) => [q.text, q.cue?.text, q.speaker.mention?.text]);
  assert.deepEqual(texts('One agency counts 300 wells in the valley, while another says there are nearly 500.'), [
    ['there are nearly 500', 'says', 'another'],
  ]);
  assert.deepEqual(texts('The town hired one firm called Ardent and another called Baxley Partners.'), []);
});

test('"made no mention of" and "makes no secret of" report the phrase after them', () => {
  const texts = (text: string) => run(text).map((q) => [q.text, q.cue?.text, q.speaker.mention?.text]);
  assert.deepEqual(texts('In her speech, the governor pointedly made no mention of the stalled bridge project.'), [
    ['the stalled bridge project', 'made no mention of', 'the governor'],
  ]);
  assert.deepEqual(texts('Ortiz makes no secret of his ambition to lead the party.'), [['his ambition to lead the party', 'makes no secret of', 'Ortiz']]);
});

test('a poll share opened by "with" is the speaker of the participle after it ("with three in 10 saying …")', () => {
  const texts = (text: string) => run(text).map((q) => [q.text, q.cue?.text, q.speaker.mention?.text]);
  assert.deepEqual(texts('Most residents backed the levy, with about four in 10 saying the ferry should be free.').filter((q) => q[1] === 'saying'), [
    ['the ferry should be free', 'saying', 'about four in 10'],
  ]);
  assert.deepEqual(texts('Turnout fell, with 42% preferring to stay home.'), [['to stay home', 'preferring', '42%']]);
});

test('a quotation closing its paragraph takes no cue from the start of the next paragraph', () => {
  const text = '“The harbour is a mess,” Ortiz said. “And the mayor is sounding like she runs a yacht club!”\nOrtiz’s image is telling in its own right.';
  const quotes = runWhole(text).map((q) => [q.provenance.rule, q.text, q.cue?.text, q.speaker.mention?.text]);
  assert.deepEqual(quotes.slice(0, 1), [['direct-cue-after', 'The harbour is a mess … And the mayor is sounding like she runs a yacht club!', 'said', 'Ortiz']]);
});

test('a bare apostrophe after a word in s is a possessive inside the speaker or object phrase ("Sanders’ campaign")', () => {
  const texts = (text: string) => run(text).map((q) => [q.text, q.cue?.text, q.speaker.mention?.text]);
  assert.deepEqual(texts('Ruiz urged the voters’ union to reject the deal.'), [['the voters’ union to reject the deal', 'urged', 'Ruiz']]);
  assert.deepEqual(texts('Sanders’ campaign said the vote was rigged.'), [['the vote was rigged', 'said', 'Sanders’ campaign']]);
});

test('a subject set off by an aside that ends in a quotation closing on a comma is the speaker of the cue after it', () => {
  const texts = (text: string) => run(text).map((q) => [q.text, q.cue?.text, q.speaker.mention?.text]);
  assert.deepEqual(texts('Jo Carter, a Romanian hacker known as “Nightjar,” stated that he had reached the server.'), [
    ['that he had reached the server', 'stated', 'Jo Carter'],
  ]);
  // an inverted speaker after the cue keeps the quotation: "…,” said Mr. Corbin (…)"
  assert.deepEqual(texts("However noble the aim, raising the road toll ''is the wrong approach,'' said Mr. Corbin (a view shared by many).").map((q) => q.slice(0, 2)), [
    ["However noble the aim, raising the road toll ''is the wrong approach,''", 'said'],
  ]);
});

test('a listener named before "that" is left out of the reported clause ("promised Mr. Lopez that …")', () => {
  const texts = (text: string) => run(text).map((q) => [q.text, q.cue?.text, q.speaker.mention?.text]);
  assert.deepEqual(texts('The buyer promised Mr. Lopez that he could run the paper as an independent firm.'), [
    ['that he could run the paper as an independent firm', 'promised', 'The buyer'],
  ]);
  // a clause joined by "but" is not the cue's: its "that" is a pronoun
  assert.deepEqual(texts('Ruiz has been campaigning in the north without mentioning Ortiz, but that has begun to change.').map((q) => q[0]), ['Ortiz']);
});

test('a relative clause without its pronoun reports the phrase it modifies and the verb phrase after the cue', () => {
  const parts = (text: string) => run(text).filter((q) => q.provenance.rule === 'indirect-relative').map((q) => [q.text, q.cue?.text, q.speaker.mention?.text]);
  assert.deepEqual(parts('The owners picked the staff they thought were the best fit for the job.'), [
    ['the staff', 'thought', 'they'],
    ['were the best fit for the job', 'thought', 'they'],
  ]);
  assert.deepEqual(parts('The clerk opened what she thought was another fruit basket.').map((q) => q[0]), ['what', 'was another fruit basket']);
  // inside the content of an earlier cue of the sentence it is left to that cue
  assert.deepEqual(parts('The mayor said he expected crowds angered by what they believe is a fixed system.'), []);
});

test('a lexicon verb without the after-quote frame still closes "“…,” the host pressed." as its cue', () => {
  const texts = (text: string) => run(text).map((q) => [q.provenance.rule, q.text, q.cue?.text, q.speaker.mention?.text]);
  assert.deepEqual(texts('“Would the ferry run on Sundays,” the host pressed.'), [['direct-cue-after', 'Would the ferry run on Sundays', 'pressed', 'the host']]);
});

test('a past-tense verb after a quoted question closes it as its cue ("“…?” Hannity pressed.")', () => {
  const texts = (text: string) => run(text).map((q) => [q.provenance.rule, q.text, q.cue?.text, q.speaker.mention?.text]);
  assert.deepEqual(texts('“Would the ferry run on Sundays?” the host pressed. “Or only in summer?”'), [
    ['direct-cue-after', 'Would the ferry run on Sundays?', 'pressed', 'the host'],
    ['direct-cue-after', 'Or only in summer?', 'pressed', 'the host'],
  ]);
});

test('an editorial tag before a colon is no speaker label ("CORRECTION: …", "Update: …"), while a name before a colon still is', () => {
  const tagged = run('CORRECTION: An earlier version of this report gave the wrong date for the harbor vote.');
  assert.equal(tagged.filter((q) => q.provenance.rule === 'label-line').length, 0);
  assert.equal(run('Update: The council will meet again on Thursday to settle the budget.').filter((q) => q.provenance.rule === 'label-line').length, 0);
  const [named] = run('Okafor: The council will meet again on Thursday to settle the budget.');
  assert.equal(named?.provenance.rule, 'label-line');
  assert.equal(named?.speaker.mention?.text, 'Okafor');
});

test('a stance noun with a possessor reports the infinitive after it ("the mayor’s pledge to reopen the ferry"), and without a possessor it is no cue', () => {
  const [q] = run('The mayor’s pledge to reopen the ferry by spring was welcomed by the harbor workers.');
  assert.equal(q?.provenance.rule, 'indirect-stance-noun');
  assert.equal(q?.speaker.mention?.text, 'The mayor');
  assert.equal(q?.text, 'to reopen the ferry by spring');
  const [h] = run('Commuters cheered her promise to cut the bus fares.');
  assert.equal(h?.speaker.mention?.text, 'her');
  assert.equal(h?.text, 'to cut the bus fares');
  // no stated holder: "a pledge to …" names nobody
  assert.equal(run('A pledge to reopen the ferry by spring was welcomed by the harbor workers.').filter((x) => x.provenance.rule === 'indirect-stance-noun').length, 0);
  // a noun outside the list stays silent ("the mayor’s decision to …": PolNeAR marks it about a quarter of the time)
  assert.equal(run('The mayor’s decision to reopen the ferry surprised the harbor workers.').filter((x) => x.provenance.rule === 'indirect-stance-noun').length, 0);
});

test('a poll verb the tagger reads as a noun after a quantifier or share takes a name, number or noun after it ("Both think Ortiz …", "4 in 10 want one …")', () => {
  const [q] = run('Both think Ortiz handled the port strike well.');
  assert.equal(q.speaker.mention?.text, 'Both');
  assert.equal(q.cue?.text, 'think');
  assert.equal(q.text, 'Ortiz handled the port strike well');
  const [r] = run('About 4 in 10 want one with experience in city government.');
  assert.equal(r.cue?.text, 'want');
  assert.equal(r.text, 'one with experience in city government');
});

test('a participle clause fronted after a conjunction or time phrase takes the subject after its comma ("But in describing …, the senator …", "One month after announcing …, Mr. Ortiz …")', () => {
  const [q] = run('But in describing the plan as a stopgap fix, the senator overstated its cost.');
  assert.equal(q.cue?.text, 'describing');
  assert.equal(q.speaker.mention?.text, 'the senator');
  const quotes = run('One month after announcing his support for Ms. Diaz, Mr. Ortiz still believes the race is close.');
  const announcing = quotes.find((x) => x.cue?.text === 'announcing');
  assert.equal(announcing?.speaker.mention?.text, 'Mr. Ortiz');
  assert.equal(announcing?.text, 'his support for Ms. Diaz');
});

test('a present-tense cue the tagger reads as a plural noun after a closed quotation attributes it ("“…,” Okafor notes.", "“…,” the mayor notes.")', () => {
  const [q] = run('“The harbor will reopen by spring,” Okafor notes.');
  assert.equal(q.provenance.rule, 'direct-cue-after');
  assert.equal(q.speaker.mention?.text, 'Okafor');
  assert.equal(q.cue?.text, 'notes');
  const [r] = run('“The harbor will reopen by spring,” the mayor notes.');
  assert.equal(r.speaker.mention?.text, 'the mayor');
});

test('an inverted speaker after a quotation may carry a post-modifier or be a hyphenated compound ("says a source involved in …", "said the 46-year-old.")', () => {
  const [q] = run('“It is a way to take part,” says a source involved in the group’s creation.');
  assert.equal(q.provenance.rule, 'direct-cue-after');
  assert.equal(q.speaker.mention?.text, 'a source');
  const [r] = run('“It was not a persuasive case,” said one Democrat familiar with the talks.');
  assert.equal(r.speaker.mention?.text, 'one Democrat');
  const [s] = run('“He is a tireless worker,” said the 52-year-old.');
  assert.equal(s.speaker.mention?.text, 'the 52-year-old');
  const [t] = run('“Nobody should vote for him!” wrote a man calling himself Paul Roe.');
  assert.equal(t.speaker.mention?.text, 'a man');
});

test('a name the tagger reads as a verb after an inverted cue is the speaker ("“…,” said Skelly, explaining …", "said Josh Earnest, the …")', () => {
  const quotes = run('“Having the voter file is valuable,” said Skelly, explaining he had worked with the state party.');
  assert.equal(quotes[0].provenance.rule, 'direct-cue-after');
  assert.equal(quotes[0].speaker.mention?.text, 'Skelly');
  const [q] = run('“The public is safe,” said Josh Earnest, the city hall press secretary.');
  assert.equal(q.speaker.mention?.text, 'Josh Earnest');
});

test('a past-tense verb outside the lexicon right after a quotation, inverted before its speaker, is the cue ("“…!” beamed Jo Hartley.", "“…?” reacted Ortiz.")', () => {
  const [q] = run('“This is fantastic!” beamed Jo Hartley of Madison, who had slipped onto the floor.');
  assert.equal(q.provenance.rule, 'direct-cue-after');
  assert.equal(q.cue?.text, 'beamed');
  assert.equal(q.speaker.mention?.text, 'Jo Hartley of Madison');
  const [r] = run('“Is the mayor hiding something?” reacted Ortiz.');
  assert.equal(r.speaker.mention?.text, 'Ortiz');
});

test('a quotation paragraph signed on the next line by a dash and a name is that person’s ("“…”" then "- Ana Ortiz.")', () => {
  const quotes = run('Claims checked.\n“The richest tenth of the city owns almost all of its waterfront land.”\n- Ana Ortiz.\nThe figure is ten years old.');
  const q = quotes.find((x) => x.kind === 'direct');
  assert.equal(q?.provenance.rule, 'direct-dash');
  assert.equal(q?.speaker.mention?.text, 'Ana Ortiz');
});

test('an inverted speaker after a quotation may be followed by a subordinate clause ("“…,” said Dan Roe when asked …", "said the mayor as she left")', () => {
  const [q] = run('“The founders would agree,” said local voter Dan Roe when asked about the senator.');
  assert.equal(q.provenance.rule, 'direct-cue-after');
  assert.equal(q.speaker.mention?.text, 'local voter Dan Roe');
  const [r] = run('“I am tired,” said the mayor as she left the hall.');
  assert.equal(r.speaker.mention?.text, 'the mayor');
});

test('a British-style comma after the closing mark still closes a mixed quote before its cue (“… was "too soon to tell", Ms Okafor said.”)', () => {
  const [q] = run('The timing of the vote was "too convenient to be a coincidence", Ms Okafor said.');
  assert.equal(q.provenance.rule, 'indirect-cue-after');
  assert.equal(q.kind, 'mixed');
  assert.equal(q.text, 'The timing of the vote was "too convenient to be a coincidence"');
  assert.equal(q.speaker.mention?.text, 'Ms Okafor');
});

test('a quotation sentence right after reported speech carries on that speaker, without a cue of its own', () => {
  const quotes = run('Ms Okafor said the scale of the flooding was hard to grasp.\n"We watched the water rise with disbelief. Whole streets were gone by noon."');
  const q = quotes.find((x) => x.kind === 'direct');
  assert.equal(q?.provenance.rule, 'direct-continuation');
  assert.equal(q?.speaker.mention?.text, 'Ms Okafor');
  assert.equal(q?.cue, null);
  // a quotation with a cue of its own in its sentence is not carried on
  const own = run('Ms Okafor said the flooding was hard to grasp. "We watched the water rise," Mr Ruiz said.');
  assert.equal(own.find((x) => x.kind === 'direct')?.speaker.mention?.text, 'Mr Ruiz');
});

test('a quotation sentence after an attributed quotation carries on its speaker even when a later sentence of its paragraph has a cue', () => {
  const quotes = run('"The amendment is enough to win over the Lords," he said.\n"I have no desire to make further concessions." Critics said the plan would fail.');
  const q = quotes.find((x) => x.text.startsWith('I have no desire'));
  assert.equal(q?.provenance.rule, 'direct-continuation');
  assert.equal(q?.speaker.mention?.text, 'he');
});

test('a clause whose verb the tagger reads as a noun is the content of a cue closing it ("The closure of the quay signals “…” for the town, said X")', () => {
  const text = 'The closure of the old quay signals "the end of an era" for the town, said Ana Ruiz, who runs the ferry office.';
  const doc = nlp.parse(text);
  assert.equal(doc.pos[doc.lower.indexOf('signals')], 'NOUN', 'the premise: the tagger reads the verb as a noun');
  const [q] = run(text);
  assert.equal(q?.text, 'The closure of the old quay signals "the end of an era" for the town');
  assert.equal(q?.speaker.mention?.text, 'Ana Ruiz');
  // an opening adjunct with no verb is no content of the cue after it
  assert.ok(!run('In a long speech at the harbour last July, she said the ferry would return.').some((x) => x.text.startsWith('In a long speech')));
});

test('the clause before ", as" is the content of a cue closing the sentence ("…, as some have speculated.")', () => {
  const [q] = run('The ferry strike will not end the mayor’s campaign, as some have speculated.');
  assert.equal(q?.text, 'The ferry strike will not end the mayor’s campaign');
  assert.equal(q?.cue?.text, 'speculated');
  assert.equal(q?.speaker.mention?.text, 'some');
  const [p] = run('The harbour had been quiet for decades, as Ana Ruiz noted in her column.');
  assert.equal(p?.text, 'The harbour had been quiet for decades');
  assert.equal(p?.speaker.mention?.text, 'Ana Ruiz');
});

test('the object of a participle modifying the sentence subject ends before the main verb ("Groups backing Ruiz paid $5,000 for …")', () => {
  const [q] = run('Groups backing Mayor Ana Ruiz and Sen. Tom Hale paid a combined $5,000 for voter lists.');
  assert.equal(q?.cue?.text, 'backing');
  assert.equal(q?.text, 'Mayor Ana Ruiz and Sen. Tom Hale');
  assert.equal(q?.speaker.mention?.text, 'Groups');
});

test('an object that is a list of noun phrases runs on to its last conjunct ("has insulted farmers, fishermen and teachers")', () => {
  const [q] = run('The mayor has insulted farmers, fishermen and teachers.');
  assert.equal(q?.text, 'farmers, fishermen and teachers');
  // ", and" after the first item joins a new clause, not a list
  const [p] = run('Ms Ruiz backed the ferry plan, and the council has since dropped it.');
  assert.equal(p?.text, 'the ferry plan');
});

test('an object relative pronoun before the speaker is the content of a cue with nothing after it ("the plan, which the mayor vehemently opposed.")', () => {
  const [q] = run('The council passed the ferry plan, which the mayor vehemently opposed.');
  assert.equal(q?.text, 'which');
  assert.equal(q?.cue?.text, 'opposed');
  assert.equal(q?.speaker.mention?.text, 'the mayor');
  // a naming cue takes a second part the pronoun alone does not give ("which she called “a disgrace”")
  assert.ok(!run('The council passed the ferry plan, which the mayor called “a disgrace.”').some((x) => x.text === 'which'));
});

test('the subject of a stance verb in the passive is its content and the by-agent its speaker ("The bill was opposed by House Republicans")', () => {
  const [q] = run('The ferry bill was opposed by most harbour towns.');
  assert.equal(q?.text, 'The ferry bill');
  assert.equal(q?.cue?.text, 'opposed');
  assert.equal(q?.speaker.mention?.text, 'most harbour towns');
  // a relative pronoun subject is the content; a clause holding the passive keeps its own cue
  const [r] = run('The judge, who was nominated by the governor, resigned.');
  assert.equal(r?.text, 'who');
  const held = run('The survey indicated that the mayor was strongly supported by older voters.');
  assert.equal(held.length, 1);
  assert.equal(held[0].cue?.text, 'indicated');
});

test('an opening "According to X," source holds the whole sentence, a later cue inside it included ("…, and she asked the board to …")', () => {
  const text = 'According to the minutes, the mayor praised the harbour staff, and she asked the board to delay the vote.';
  const quotes = run(text);
  const q = quotes.find((x) => x.cue?.text === 'According to');
  assert.equal(q?.text, 'the mayor praised the harbour staff, and she asked the board to delay the vote');
  assert.equal(quotes.length, 1, JSON.stringify(quotes.map((x) => x.text)));
});

// user report: indirect content ran on into a contrasting clause with its own attribution ("…, while Mr Brown says …")
test('a reported clause ends before "while" that opens another attribution, with or without a comma', () => {
  const quotes = run('The mayor said the plan would cut costs while Mr Brown says it will raise taxes.');
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker.mention?.text]), [
    ['the plan would cut costs', 'The mayor'],
    ['it will raise taxes', 'Mr Brown'],
  ]);
  const [q] = run('The mayor said the plan would cut costs while prices kept rising.');
  assert.equal(q.text, 'the plan would cut costs while prices kept rising');
});

test('a reported clause ends before "though" or "although" that opens another attribution', () => {
  const quotes = run('The mayor said the plan would cut costs, though Ms Roe argues it will raise taxes.');
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker.mention?.text]), [
    ['the plan would cut costs', 'The mayor'],
    ['it will raise taxes', 'Ms Roe'],
  ]);
  // (the inner attribution is read; the content-end ranker may still end the outer one on its speaker)
  const other = run('The council said it could sell the depot, even though many residents doubt it would find a buyer.');
  assert.deepEqual(other.filter((q) => q.cue?.text === 'doubt').map((q) => [q.text, q.speaker.mention?.text]), [['it would find a buyer', 'many residents']]);
  assert.ok(other.every((q) => !q.text.includes('doubt')), JSON.stringify(other.map((q) => q.text)));
  const [called] = run('The mayor called the ferry plan "reckless" (although he allowed that it might cut traffic) and left.');
  assert.equal(called.text, 'the ferry plan "reckless"');
  // near miss: a contrasting clause with no attribution of its own stays in the content
  const [q] = run('The mayor said the plan would cut costs, though prices kept rising.');
  assert.equal(q.text, 'the plan would cut costs, though prices kept rising');
});

test('a wire dateline before a spaced dash is no part of the speaker\'s mention ("DENVER, May 4 - Acme Rail Co said")', () => {
  const text = 'DENVER, May 4 - Acme Rail Co said it would close two depots next year.';
  const acme = entity(text, 'E1', 'Acme Rail Co', null, [['Acme Rail Co', 'name']]);
  const [q] = runWhole(text, [acme]);
  assert.equal(q.speaker.mention?.text, 'Acme Rail Co');
  assert.equal(q.speaker.entity, 'E1');
  // a hyphen inside a name stays: "Smith-Jones"
  const text2 = 'Ann Smith-Jones said the depots would stay open.';
  const [q2] = runWhole(text2, [entity(text2, 'E2', 'Ann Smith-Jones', null, [['Ann Smith-Jones', 'name']])]);
  assert.equal(q2.speaker.mention?.text, 'Ann Smith-Jones');
});

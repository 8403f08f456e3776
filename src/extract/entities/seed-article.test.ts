import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { createNlp } from '../../nlp/nlp.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources } from './resources.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const shared = resolve(repoRoot, process.env.DETENTE_SHARED ?? '../shared');
const seedPath = join(shared, 'corpora', 'seed', '000_e7564de01d53ded9.txt');
const skip = existsSync(seedPath) ? false : `seed article missing at ${seedPath} (set DETENTE_SHARED)`;

test('the seed article yields the expected actors and pronoun links', { skip }, () => {
  const text = readFileSync(seedPath, 'utf8');
  const es = extractEntities(createNlp().parse(text), loadEntityResources());
  const byName = (n: string) => es.find((e) => e.name === n);
  const expected: [string, string, string | null][] = [
    ['Antony Blinken', 'PERSON', 'USAGOV'],
    ['Xi Jinping', 'PERSON', 'CHNGOV'],
    ['Bill Gates', 'PERSON', 'USABUS'],
    ['Joe Biden', 'PERSON', 'USAGOV'],
    ['Microsoft', 'ORG', 'USABUS'],
    ['United States', 'GPE', 'USA'],
    ['China', 'GPE', 'CHN'],
  ];
  for (const [name, type, actor] of expected) {
    const e = byName(name);
    assert.ok(e, `${name} found`);
    assert.equal(e.type, type, `${name} type`);
    assert.equal(e.actor, actor, `${name} actor`);
  }
  assert.equal(byName('Microsoft')?.country, 'USA');
  assert.equal(es.find((e) => e.name === 'Chinese government')?.actor, 'CHNGOV');

  // "Relations between Beijing and Washington": both capitals are governments.
  const rel = text.indexOf('Relations between Beijing and Washington');
  const actorAt = (offset: number) => es.find((e) => e.mentions.some((m) => m.start === offset))?.actor;
  assert.equal(actorAt(rel + 'Relations between '.length), 'CHNGOV');
  assert.equal(actorAt(rel + 'Relations between Beijing and '.length), 'USAGOV');

  // Every "he"/"his" after a quote or in a reporting clause goes to the right person.
  const heAfterBlinkenQuote = text.indexOf('he said', text.indexOf('my Chinese counterparts'));
  const heAfterXiQuote = text.indexOf('he said', text.indexOf('specific issues'));
  const hisRemarks = text.indexOf('his remarks');
  const blinkenHeWas = text.indexOf('he was "clear-eyed"');
  const owner = (offset: number) => es.find((e) => e.mentions.some((m) => m.kind === 'pronoun' && m.start === offset))?.name;
  assert.equal(owner(heAfterBlinkenQuote), 'Antony Blinken');
  assert.equal(owner(heAfterXiQuote), 'Xi Jinping');
  assert.equal(owner(hisRemarks), 'Xi Jinping');
  assert.equal(owner(blinkenHeWas), 'Antony Blinken');

  // Role descriptions.
  const nominal = (offset: number) => es.find((e) => e.mentions.some((m) => m.kind === 'nominal' && m.start === offset))?.name;
  assert.equal(nominal(text.indexOf('the top US diplomat')), 'Antony Blinken');
  assert.equal(nominal(text.indexOf("the secretary's")), 'Antony Blinken');

  // Aliases.
  const xi = byName('Xi Jinping');
  const mrXi = xi?.mentions.filter((m) => m.text === 'Xi' && m.provenance.rule === 'honorific-name') ?? [];
  assert.ok(mrXi.length >= 5);
  // The honorific is the evidence of each "Xi": the text before the mention.
  for (const m of mrXi) assert.equal(text.slice(m.provenance.evidence?.[0].start, m.start).trim(), 'Mr');
  assert.equal(xi?.gender, 'male');
});

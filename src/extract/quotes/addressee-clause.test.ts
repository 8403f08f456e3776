import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

// BBC news: "X told reporters <clause>" with no "that"; the chunker read the clause's subject into the addressee.
const run = createQuoteRunner();

test('the subject of a bare reported clause is not part of the addressee ("told reporters major nations must act")', () => {
  const [q] = run('The minister told reporters major nations must act now.');
  assert.equal(q.cue?.text, 'told reporters');
  assert.equal(q.addressee, 'reporters');
  assert.equal(q.text, 'major nations must act now');
});

test('an addressee cut after a plural, an acronym plural or a two-word name ("told delegates Labour", "told MPs child benefit", "the Financial Times interest rates")', () => {
  const cases: [string, string, string][] = [
    ['He told delegates Labour would win the seat.', 'told delegates', 'Labour would win the seat'],
    ['Mr Roe told MPs child benefit would rise.', 'told MPs', 'child benefit would rise'],
    ['He told the Financial Times interest rates would rise.', 'told the Financial Times', 'interest rates would rise'],
    ['She told the committee several firms had broken the law.', 'told the committee', 'several firms had broken the law'],
    ['He warned investors oil prices fell.', 'warned investors', 'oil prices fell'],
  ];
  for (const [text, cue, content] of cases) {
    const [q] = run(text);
    assert.equal(q.cue?.text, cue, text);
    assert.equal(q.text, content, text);
  }
});

test('an addressee no clause follows keeps its words ("told BBC Radio 4\'s Today programme the deal …", "urged member states to act")', () => {
  const [q] = run("He told BBC Radio 4's Today programme the deal was dead.");
  assert.equal(q.cue?.text, "told BBC Radio 4's Today programme");
  const [r] = run('He urged member states to act.');
  assert.equal(r.text, 'member states to act');
});

test('a noun naming the medium before a name stays in the addressee ("told the BBC News website Ford did …")', () => {
  const [q] = run('Jo Roe told the BBC News website Ford did not deserve any credit.');
  assert.equal(q.cue?.text, 'told the BBC News website');
  assert.equal(q.text, 'Ford did not deserve any credit');
});

test('a name the tagger reads as a verb after the addressee is no clause verb ("the BBC World Service programme Go Digital")', () => {
  const [q] = run('He told the BBC World Service programme Go Digital he hoped it would work.');
  assert.equal(q.cue?.text, 'told the BBC World Service programme');
});

test('no cut inside a post-modifier of the phrase ("warned the current level of TV coverage may …")', () => {
  const [q] = run('He warned the current level of TV coverage may be reaching saturation.');
  assert.notEqual(q?.cue?.text, 'warned the current level of TV');
});

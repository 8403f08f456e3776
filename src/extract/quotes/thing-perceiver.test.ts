import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();

// user report: "… will also see Sars investing …" (see = result in) was shown as a quote of the allocations
test('"the new allocations will also see the agency investing": a thing that "sees" holds no view, no quote', () => {
  const quotes = run('The new allocations will also see the agency investing heavily in rural clinics.');
  assert.deepEqual(quotes.map((q) => q.text), []);
});

test('"the referendum saw turnout climb": no quote', () => {
  assert.deepEqual(run('The referendum saw turnout climb to a record.').map((q) => q.text), []);
});

test('people and bodies of people who "see" something as something keep their quote', () => {
  const [voters] = run('Many voters see the governor as a safe pair of hands.');
  assert.equal(voters.text, 'the governor as a safe pair of hands');
  const [administration] = run('The administration sees the deal as a turning point.');
  assert.equal(administration.speaker.mention?.text, 'The administration');
});

test('a passive "is seen as" keeps its content: its subject is what is seen, not who sees', () => {
  const quotes = run('Low petrol prices are seen as a boon for drivers.');
  assert.ok(quotes.some((q) => q.parts?.[1].text === 'as a boon for drivers'), JSON.stringify(quotes.map((q) => q.text)));
});

// user report: "The takeover will see …" (a noun outside the list) was shown as the takeover's quote
test('"the takeover will see the firm cut 300 jobs": an event noun that "sees" holds no view, no quote', () => {
  assert.deepEqual(run('The takeover will see the firm cut 300 jobs.').map((q) => q.text), []);
  assert.deepEqual(run('The merger saw both banks shut branches in the north.').map((q) => q.text), []);
});

test('"the relaunch will see the brand return": after a modal, a singular noun naming no person is a thing', () => {
  assert.deepEqual(run('The relaunch will see the brand return to shops in May.').map((q) => q.text), []);
});

test('a person or a body before "will see … as" keeps the quote', () => {
  const [chairman] = run('The chairman would see the merger as a mistake.');
  assert.equal(chairman?.speaker.mention?.text, 'The chairman');
  const [unions] = run('The unions will see the takeover as a betrayal.');
  assert.equal(unions?.text, 'the takeover as a betrayal');
});

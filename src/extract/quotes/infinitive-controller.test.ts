import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();

/** The speaker phrase of the quote whose cue is `cue`. */
function speakerOf(text: string, cue: string): string | undefined {
  const q = run(text).find((x) => x.cue?.text === cue);
  assert.ok(q, `a quote with the cue "${cue}" in: ${text}`);
  return q.speaker.mention?.text;
}

describe('infinitive cues after an object-control verb', () => {
  it('take the object as the speaker: "The backlash drove the minister to say …"', () => {
    assert.equal(speakerOf('The backlash drove the minister to say the figures were wrong.', 'say'), 'the minister');
  });

  it('take an object pronoun as the speaker: "The delay allowed her to call for …"', () => {
    assert.equal(speakerOf('The long delay allowed her to call for a new inquiry.', 'call for'), 'her');
  });

  it('keep the subject when the verb before the object is no control verb: "The mayor used the meeting to say …"', () => {
    assert.equal(speakerOf('The mayor used the meeting to say the port was safe.', 'say'), 'The mayor');
  });
});

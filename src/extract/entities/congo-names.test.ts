import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

// "Congo" alone beside the Democratic Republic's other names or places (fresh-eyes review 27 item 3: "Kenya criticised
// Congo over the fighting in Goma" coded Congo as the Republic of the Congo, COG). Made-up sentences.
const run = createEntityRunner('2024-03-01');
const codesOf = (text: string, surface: string, date?: string) => [...new Set(run(text, date).filter((e) => e.mentions.some((m) => m.text === surface)).map((e) => e.actor))];

test('"Congo" is DR Congo in a story that names DR Congo, Kinshasa or Goma', () => {
  assert.deepEqual(codesOf('Rwanda accused the Democratic Republic of Congo of shelling its border. Uganda criticised Congo.', 'Congo'), ['COD']);
  assert.deepEqual(codesOf('Kenya criticised Congo over the fighting in Goma.', 'Congo'), ['COD']);
  assert.deepEqual(codesOf('Officials in Kinshasa said Congo would send more troops east.', 'Congo'), ['COD']);
});

test('"Congo" stays the Republic of the Congo beside Brazzaville, alone, or before 1997', () => {
  assert.deepEqual(codesOf('Congo held elections on Sunday, officials in Brazzaville said, and DR Congo sent observers.', 'Congo'), ['COG']);
  assert.deepEqual(codesOf('Congo held elections on Sunday.', 'Congo'), ['COG']);
  assert.deepEqual(codesOf('Congo and Zaire agreed to reopen the river crossing at Kinshasa.', 'Congo', '1994-05-02'), ['COG']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCodePrefix } from './event-filter-options.js';

test('events --code 4 is refused with a hint (it listed "0 event(s)": no CAMEO code starts with 4), 04 and 1 are kept', () => {
  for (const ok of ['0', '1', '2', '04', '042', '0431', '14', '20', '204']) assert.equal(parseCodePrefix(ok), ok);
  assert.throws(() => parseCodePrefix('4'), /invalid --code "4": no CAMEO code starts so .*; did you mean 04\?$/);
  for (const bad of ['00', '21', '30', '0043', 'abc', '12345']) assert.throws(() => parseCodePrefix(bad), /invalid --code/, bad);
});

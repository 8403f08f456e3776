import { test } from 'node:test';
import assert from 'node:assert/strict';
import { skippedFilesNote } from './skipped-files.js';

test('nothing skipped gives no note', () => {
  assert.equal(skippedFilesNote([]), '');
});

test('the note names the skipped files, counts those past the fifth, and says how to read them', () => {
  const note = skippedFilesNote(['d/a', 'd/b.md', 'd/c', 'd/d', 'd/e', 'd/f', 'd/g']);
  assert.match(note, /^note: 7 file\(s\) in the given folders not read/);
  assert.match(note, /: d\/a, d\/b\.md, d\/c, d\/d, d\/e and 2 more;/);
  assert.match(note, /--input-format/);
});

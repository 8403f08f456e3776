import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findXmlProblem } from './xml-problem.js';

test('a well-formed document, bare ampersands and HTML entities included, has no problem', () => {
  assert.equal(findXmlProblem('<?xml version="1.0"?>\n<list><entry a="1">Salt &amp; pepper</entry><entry>Q&A &nbsp;</entry></list>\n'), null);
});

test('a closing tag that closes nothing open is malformed, at the line and column of its end', () => {
  assert.deepEqual(findXmlProblem('<list>\n<entry>Salt</entri></list>'), {
    kind: 'malformed', reason: 'closing tag </entri> where <entry> is open', line: 2, column: 19,
  });
});

test('a document cut inside its elements is truncated and names the elements still open', () => {
  const problem = findXmlProblem('<list>\n<entry>Salt</entry>\n<entry>Pep');
  assert.equal(problem?.kind, 'truncated');
  assert.equal(problem?.reason, '<list><entry> still open');
  assert.equal(problem?.line, 3);
});

test('text after the root element is malformed', () => {
  assert.equal(findXmlProblem('<list></list>\nMoved')?.kind, 'malformed');
});

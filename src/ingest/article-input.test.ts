import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from './article-id.js';
import { createAnalyzer, analyze } from '../analyze.js';
import { DetenteError } from '../pipeline/errors.js';

/** True for the library's input error, whose message names `where` and `what`. */
function inputError(where: string, what: RegExp) {
  return (err: unknown) => err instanceof DetenteError && err.code === 'E_INPUT' && err.message.startsWith(`${where}:`) && what.test(err.message);
}

test('articleFromText refuses text that is no string and a published value that is no date', () => {
  assert.throws(() => articleFromText(42 as unknown as string), inputError('articleFromText', /text as a string, got number/));
  assert.throws(() => articleFromText(null as unknown as string), inputError('articleFromText', /got null/));
  assert.throws(() => articleFromText('Talks resumed.', { published: 'yesterday' }), inputError('articleFromText', /invalid published date "yesterday"/));
  assert.throws(() => articleFromText('Talks resumed.', { published: '2025-13-45' }), inputError('articleFromText', /"2025-13-45"/));
});

test('articleFromText keeps a published date it can read as given, and null', () => {
  assert.equal(articleFromText('Talks resumed.', { published: '2024-04-02' }).published, '2024-04-02');
  assert.equal(articleFromText('Talks resumed.', { published: '2024-04-02T09:30:00Z' }).published, '2024-04-02T09:30:00Z');
  assert.equal(articleFromText('Talks resumed.', { published: null }).published, null);
  assert.equal(articleFromText('Talks resumed.', { published: ' ' }).published, null, 'blank is no date, as in JSON Lines (review 14b)');
});

test('analyze(42) and analyze(undefined) throw E_INPUT naming both inputs it takes, before loading the models', () => {
  assert.throws(() => analyze(42 as unknown as string), inputError('analyze', /expected the article text \(a string\) or an Article .*got number/));
  assert.throws(() => analyze(undefined as unknown as string), inputError('analyze', /got undefined/));
});

test('Analyzer.analyze names the missing field; analyzeBatch gives the bad entry its error and analyses the rest', () => {
  const analyzer = createAnalyzer();
  assert.throws(() => analyzer.analyze({ id: 'x', title: 't', published: null } as never), inputError('analyze', /text must be a string, got undefined/));
  const good = articleFromText('Ministers from Chile and Peru met in Lima on Tuesday.', { title: 'Talks', published: '2024-04-02' });
  const results = analyzer.analyzeBatch([null as never, good]);
  assert.equal(results.length, 2);
  assert.equal(results[0].ok, false);
  assert.ok(!results[0].ok && inputError('analyzeBatch', /got null/)(results[0].error));
  assert.ok(results[1].ok && results[1].analysis.article.id === good.id);
});

/** True for the library's empty-input error, whose message names `where`. */
function emptyError(where: string) {
  return (err: unknown) => err instanceof DetenteError && err.code === 'E_INPUT_EMPTY' && err.message.startsWith(`${where}:`) && /nothing to analyse/.test(err.message);
}

test("analyze(''), white space only and an article with text '' throw E_INPUT_EMPTY, as the CLI fails an empty file", () => {
  for (const text of ['', '  \n\t\n ', '\u00a0']) assert.throws(() => analyze(text), emptyError('analyze'), JSON.stringify(text));
  assert.throws(() => analyze('   ', { title: 'Harbour strike ends' }), emptyError('analyze'));
  assert.throws(() => analyze({ id: 'h1', title: 'Harbour strike ends', published: null, text: '' }), emptyError('analyze'));
  const analyzer = createAnalyzer();
  assert.throws(() => analyzer.analyze({ id: 'h2', title: 'Harbour strike ends', published: null, text: ' \n ' }), emptyError('analyze'));
  const good = articleFromText('Dock workers in Valparaiso ended their strike on Friday.', { title: 'Strike ends', published: '2024-04-02' });
  const results = analyzer.analyzeBatch([{ ...good, id: 'h3', text: '' }, good]);
  assert.ok(!results[0].ok && emptyError('analyzeBatch')(results[0].error));
  assert.ok(results[1].ok && results[1].analysis.article.id === good.id);
});

test("analyze('  \\n') says the text is only white space, not empty, and analyze(text, { published }) names analyze", () => {
  assert.throws(() => analyze('  \n'), (e: unknown) => emptyError('analyze')(e) && /the text given is only white space \(3 characters\)/.test((e as Error).message));
  assert.throws(() => analyze(''), (e: unknown) => emptyError('analyze')(e) && /the text given is empty/.test((e as Error).message));
  assert.throws(() => analyze('Ferries resumed on Tuesday.', { published: 'next week' }), inputError('analyze', /invalid published date "next week"/));
});

test('the errors of Analyzer.analyze and analyzeBatch name the article by id and origin, and the reason', () => {
  const analyzer = createAnalyzer();
  const blank = { id: 'pier-4', title: 'Pier closed', published: null, text: ' \t', origin: 'harbour/pier.txt' };
  assert.throws(() => analyzer.analyze(blank), (e: unknown) => emptyError('analyze')(e) && (e as Error).message.includes('article "pier-4" (harbour/pier.txt): its text is only white space (2 characters)'));
  assert.throws(() => analyzer.analyze({ ...blank, text: 'The pier reopened.', published: 'soon' }), inputError('analyze', /article "pier-4" \(harbour\/pier\.txt\): invalid published date "soon"/));
  assert.throws(() => analyzer.analyze({ ...blank, title: 7 } as never), inputError('analyze', /article "pier-4" \(harbour\/pier\.txt\): its title must be a string, got number/));
  // no id: the title names it
  const [result] = analyzer.analyzeBatch([{ title: 'Pier closed', published: null, text: 'x' } as never]);
  assert.ok(!result.ok && inputError('analyzeBatch', /article "Pier closed": its id must be a string, got undefined/)(result.error));
});

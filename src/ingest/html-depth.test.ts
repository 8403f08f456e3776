import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { capTagNesting, flattenDeepNesting } from './html-depth.js';
import { blockParagraphs } from './html-text.js';
import { readHtml } from './read-html.js';
import { timeRatio } from '../test-support/time-ratio.js';

/** The deepest element below the root element, walked with a stack of its own. */
function depthOf(root: { children: ArrayLike<unknown> }): number {
  let deepest = 0;
  const stack: Array<[{ children: ArrayLike<unknown> }, number]> = [[root, 0]];
  while (stack.length) {
    const [el, d] = stack.pop() as [{ children: ArrayLike<unknown> }, number];
    if (d > deepest) deepest = d;
    for (let i = 0; i < el.children.length; i++) stack.push([el.children[i] as { children: ArrayLike<unknown> }, d + 1]);
  }
  return deepest;
}

const PARA = '<p>The delegations met in the capital on Tuesday and agreed to meet again <a href="/x">next month</a>.</p>';

test('a page of 2,000 nested divs is flattened to a bounded depth with its text and line breaks kept', () => {
  const html = `<html><body><div>Opening line${'<div>'.repeat(2_000)}${PARA}<div>Inner line</div>${'</div>'.repeat(2_000)}Closing line</div></body></html>`;
  const { document } = parseHTML(html);
  const before = blockParagraphs(document.body as never);
  const flattened = flattenDeepNesting(document as never, 64, 16);
  assert.ok(flattened > 1_900, `flattened ${flattened}`);
  assert.ok(depthOf(document.documentElement as never) <= 64 + 16 + 1, `depth ${depthOf(document.documentElement as never)}`);
  assert.deepEqual(blockParagraphs(document.body as never), before);
  assert.deepEqual(before, ['Opening line', 'The delegations met in the capital on Tuesday and agreed to meet again next month.', 'Inner line', 'Closing line']);
});

test('unclosed inline tags thousands deep keep their text in order', () => {
  const html = `<html><body><p>${Array.from({ length: 3_000 }, (_, i) => `<font size="2">w${i} `).join('')}</p></body></html>`;
  const { document } = parseHTML(html);
  const before = (document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
  assert.ok(flattenDeepNesting(document as never) > 0);
  assert.ok(depthOf(document.documentElement as never) <= 64 + 16 + 1);
  assert.equal((document.body.textContent ?? '').replace(/\s+/g, ' ').trim(), before);
});

test('a page no deeper than the limit is not touched', () => {
  const html = `<html><body>${'<div>'.repeat(60)}${PARA}${'</div>'.repeat(60)}</body></html>`;
  const { document } = parseHTML(html);
  const before = document.toString();
  assert.equal(flattenDeepNesting(document as never), 0);
  assert.equal(document.toString(), before);
});

test('reading a page of many nested-div chains grows linearly with their number', () => {
  const page = (n: number) => Buffer.from(`<html><head><title>Talks resume</title><meta property="og:type" content="article"></head><body><article>${`${PARA}${'<div>'.repeat(150)}${PARA}${'</div>'.repeat(150)}`.repeat(n)}</article></body></html>`);
  const ratio = timeRatio((b: Buffer) => readHtml(b, 'chains.html'), page(5), page(20));
  assert.ok(ratio < 9, `4× the chains cost ${ratio.toFixed(1)}× the time`);
});

test('reading a page of nested divs grows linearly with the nesting (was elements × depth in Readability, then a stack overflow)', () => {
  const page = (n: number) => Buffer.from(`<html><head><title>Talks resume</title><meta property="og:type" content="article"></head><body><article>${PARA.repeat(4)}${'<div>'.repeat(n)}${PARA}${'</div>'.repeat(n)}</article></body></html>`);
  const small = page(300);
  const large = page(1_200);
  const r = readHtml(large, 'nested.html');
  assert.ok(r.ok && r.article.text.includes('agreed to meet again next month'), JSON.stringify(r).slice(0, 300));
  const ratio = timeRatio((b: Buffer) => readHtml(b, 'nested.html'), small, large);
  assert.ok(ratio < 9, `4× the nesting cost ${ratio.toFixed(1)}× the time`);
});

test('tags past 1,024 open elements are dropped with as many end tags, the text kept', () => {
  const html = `<html><body><div>a${'<div><span>'.repeat(1_000)}deep${'</span></div>'.repeat(1_000)}z</div></body></html>`;
  const capped = capTagNesting(html, 1_024);
  assert.equal((capped.match(/<div>/g) ?? []).length, (capped.match(/<\/div>/g) ?? []).length);
  assert.equal((capped.match(/<span>/g) ?? []).length, (capped.match(/<\/span>/g) ?? []).length);
  assert.ok((capped.match(/<div>/g) ?? []).length <= 1_024 / 2 + 1, `${(capped.match(/<div>/g) ?? []).length} divs kept`);
  assert.equal(capped.replace(/<[^>]*>/g, ''), 'adeepz');
  const { document } = parseHTML(capped);
  assert.equal(document.body.textContent, 'adeepz');
});

test('a page that never opens 1,024 elements at once is returned as it was, unclosed paragraphs and items aside', () => {
  const html = `<body><ul>${'<li><p>one<p>two'.repeat(3_000)}</ul><div><img src="x"><br>${'<div>x</div>'.repeat(3_000)}</div></body>`;
  assert.equal(capTagNesting(html), html);
});

test('parsing a page of 80,000 nested divs grows linearly (htmlparser2 shifts its array of open elements: 200,000 took 35 s)', () => {
  const page = (n: number) => Buffer.from(`<html><head><title>Talks resume</title><meta property="og:type" content="article"></head><body><article>${PARA.repeat(4)}${'<div>'.repeat(n)}${PARA}${'</div>'.repeat(n)}</article></body></html>`);
  const ratio = timeRatio((b: Buffer) => readHtml(b, 'nested.html'), page(20_000), page(80_000));
  assert.ok(ratio < 9, `4× the nesting cost ${ratio.toFixed(1)}× the time`);
});

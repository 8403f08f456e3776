import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutTrailingNotices, isTrailingNotice } from './trailing-notices.js';
import { readHtml } from './read-html.js';
import { htmlFragmentParagraphs } from './html-fragment.js';

// all lines written for these tests
const BODY = [
  'The river authority in Kesterby opened a new flood barrier on Monday after four years of building work.',
  'Engineers said the barrier could hold back a surge two metres higher than the one that flooded the town in 2019.',
  'Residents said they hoped insurance costs would now fall.',
];

test('credits, calls to sign up or follow, standards, labels and bios at an article\'s end are notices', () => {
  for (const line of [
    'Reporting by Tomas Brenner in Kesterby; Editing by Lucy Marsh',
    '– additional reporting by Priya Nand',
    'With reporting by Wire Service writer Ola Berg',
    'Wire Service writer Jon Pike in Leeds contributed to this report.',
    'Get in touch with our news team by emailing us at desk@kesterby-post.example.',
    'Follow the Kesterby Post on Facebook for the latest local news.',
    'Please bookmark kesterbypost.example and sign up for our newsletters.',
    'For the latest stories from the valley, sign up for our free morning newsletter.',
    'Got a story? Send it to our newsroom.',
    'This is a developing story - more to follow',
    'More to follow.',
    'Our Standards: The Kesterby Post Editorial Principles and Trust Principles.',
    'First published in The Valley Review.',
    'TOPICS',
    '___',
    'Ana Ruiz is a senior researcher with the Institute for River Studies.',
    // (a page that split a bio's name off into its own element; a breaking-story line; link prompts; a book plug)
    'Is a visiting lecturer in hydrology at the Kesterby Institute.',
    'This is a breaking news story and will be updated.',
    'This is a breaking new story - please check back',
    'Developing story',
    'Find out more about volunteering with the flood wardens.',
    'Read more: Kesterby barrier in numbers',
    'Rivers of Salt, by Ana Ruiz, is out now (Harbour Press, £20)',
  ]) assert.ok(isTrailingNotice(line), line);
});

test('news sentences that mention the same words are no notices', () => {
  for (const line of [
    ...BODY,
    'Research by the university found that barriers cut insurance claims by a third.',
    'The council asked residents to sign up for flood warnings by text message.',
    'The story of the 2019 flood was published as a book last year.',
    'Mayor Ana Ruiz is a former engineer who worked on the first barrier plans.',
    'Follow-up inspections will take place every spring, the authority said.',
    // (review 15: a closing sentence about a victim or a witness, and "more to follow" inside news)
    'The victim was a 19-year-old student at the local college.',
    'Police said the driver was a student.',
    'The dead man was a well-known local journalist.',
    'the injured cyclist is a student at the college.',
    'Talks will resume on Monday, with more to follow.',
    'Is a four-day week the answer? One researcher at the institute thinks so.',
    'Breaking story lines were the novelist\'s trademark, her editor said.',
    'Her book about the flood is out now in paperback, the publisher said.',
    'Readers can find out more at the town library, which holds the flood archive.',
  ]) assert.ok(!isTrailingNotice(line), line);
});

test('only the run of notices that ends the article is cut, and the first paragraph always stays', () => {
  const notices = ['Reporting by Tomas Brenner; Editing by Lucy Marsh', 'Follow the Kesterby Post on Facebook for the latest local news.'];
  assert.deepEqual(cutTrailingNotices([...BODY, ...notices]), BODY);
  // a notice in the middle is text of the article as far as this cut goes
  assert.deepEqual(cutTrailingNotices([BODY[0], notices[1], BODY[1]]), [BODY[0], notices[1], BODY[1]]);
  assert.deepEqual(cutTrailingNotices(notices), [notices[0]]);
  assert.deepEqual(cutTrailingNotices([]), []);
});

test('a page whose body ends with a credit, a newsletter prompt and a bio is read without them', () => {
  const page = `<!doctype html><html lang="en"><head><title>Flood barrier opens</title><meta property="og:type" content="article">
    <meta property="article:published_time" content="2024-03-04T09:00:00Z"></head><body><article><h1>Flood barrier opens</h1><div class="body">
    ${BODY.map((p) => `<p>${p} ${p}</p>`).join('\n')}
    <p>Reporting by Tomas Brenner; Editing by Lucy Marsh</p><p>For the latest stories from the valley, sign up for our free morning newsletter.</p>
    <p>Ana Ruiz is a senior researcher with the Institute for River Studies.</p></div></article></body></html>`;
  const r = readHtml(Buffer.from(page), 'flood.html');
  assert.ok(r.ok, JSON.stringify(r));
  const lines = r.article.text.split('\n');
  assert.equal(lines.length, 3, r.article.text);
  assert.ok(lines[2].startsWith('Residents said'));
});

test('a feed item ending with the footer a WordPress SEO plugin adds is read without it', () => {
  const item = `<p>${BODY[0]}</p><p>${BODY[1]}</p><p>The post <a href="https://kesterby-post.example/barrier">Flood barrier opens</a> appeared first on <a href="https://kesterby-post.example">Kesterby Post</a>.</p>`;
  assert.deepEqual(htmlFragmentParagraphs(item), BODY.slice(0, 2));
});

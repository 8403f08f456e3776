import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { cutTrailingFurniture, isBoilerplateLine, removeBoilerplate, removeLinkLists, stripTrailingFurniture } from './html-boilerplate.js';

test('furniture lines are recognised', () => {
  for (const line of [
    'Advertisement',
    'READ MORE: Storm closes coastal road',
    'Sign up for our daily briefing and get the news first',
    'Published: 15:56 BST, 27 April 2024 | Updated: 15:57 BST, 27 April 2024',
    'Crowds gather outside the court (Picture: Getty)',
    'An aerial view of the harbour.Photograph by Ana Ruiz',
    '© 2024 The Valmora Herald. All rights reserved.',
    'Story continues below advertisement',
    'About the author',
  ]) assert.ok(isBoilerplateLine(line), line);
});

test('news sentences that start like furniture are kept', () => {
  for (const line of [
    'Video footage showed soldiers entering the town before dawn.',
    'Photographs of the damage were shared widely on Monday.',
    'Copyright lawyers for the publisher argued the case was settled.',
    'Related talks between the two sides will resume next week.',
    'Watchdog groups said the election was largely fair.',
    'Listen carefully to what the minister did not say, one diplomat said.',
    'Registered voters will receive their ballots by post.',
    'By the end of 2023, exports had fallen by a third.',
  ]) assert.ok(!isBoilerplateLine(line), line);
});

test('a trailing "Continue reading" is cut from a teaser', () => {
  assert.equal(stripTrailingFurniture('Talks resumed on Monday. Continue reading...'), 'Talks resumed on Monday.');
  assert.equal(stripTrailingFurniture('He said he would read more books.'), 'He said he would read more books.');
});

test('consent layers, menus and furniture go; long article text stays even inside a furniture class', () => {
  const long = 'The committee met for six hours on Thursday and agreed a plan to rebuild the bridge. '.repeat(3);
  const { document } = parseHTML(`<html><body>
    <div class="cookie-consent"><p>${long}</p></div>
    <nav><a href="/">Home</a></nav>
    <div class="share-bar"><a>Share</a></div>
    <div class="article-body paywall-promo"><p>${long}</p><p>${long}</p><p>${long}</p></div>
  </body></html>`);
  removeBoilerplate(document as never);
  const text = document.body.textContent ?? '';
  assert.ok(!text.includes('Home') && !text.includes('Share'));
  assert.equal(text.split('The committee met').length - 1, 9, 'the three long paragraphs (3 sentences each) survive; the consent copy does not');
});

test('lists that are mostly links are removed from the extracted content', () => {
  const { document } = parseHTML('<div id="c"><p>Body text of the story with <a href="/x">one link</a> in it.</p><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></div>');
  const root = document.getElementById('c');
  assert.equal(removeLinkLists(root as never), 1);
  assert.ok(root?.textContent?.includes('Body text') && !root.textContent.includes('Other story'));
});

test('an author bio or related-stories block at the end is cut, a heading early in the story is not', () => {
  const body = ['First paragraph.', 'Second paragraph.', 'Third paragraph.', 'Fourth paragraph.'];
  assert.deepEqual(cutTrailingFurniture([...body, 'ABOUT THE AUTHOR', 'Ana Ruiz covers the harbour.']), body);
  assert.deepEqual(cutTrailingFurniture([...body, 'Related stories', 'Ferry fares rise']), body);
  const early = ['Intro.', 'Related', ...body, 'Last.'];
  assert.deepEqual(cutTrailingFurniture(early), early);
});

test('newsletter prompts behind a section label and reader call-outs are furniture; a sentence with the same words is not', () => {
  assert.equal(isBoilerplateLine('Morning Briefing: Sign up for our daily politics newsletter to get it every weekday.'), true);
  assert.equal(isBoilerplateLine('We want to hear from you: Have you moved because of rising rents? Tell us your story.'), true);
  assert.equal(isBoilerplateLine('Have a news tip? Send it to our newsroom.'), true);
  assert.equal(isBoilerplateLine('The minister said: sign up for the scheme has been slow in rural areas.'), false);
  assert.equal(isBoilerplateLine('We want to hear the evidence first, the judge told the court.'), false);
});

test('a sign-in wall inside the article goes with its heading and its "or"; a sponsor disclaimer and its tooltip go', () => {
  const long = 'The council voted on Tuesday to close the harbour road for repairs until the spring. '.repeat(3);
  const { document } = parseHTML(`<html><body><article>
    <p>${long}</p>
    <div id="auth-screen-form"><h2>Sign In or Create an Account</h2><div><span>or</span></div></div>
    <div class="council-disclaimer">Content created by members of a paid network. <span class="js-tooltip">What is this?</span></div>
    <p>${long}</p>
  </article></body></html>`);
  removeBoilerplate(document as never);
  const text = document.body.textContent ?? '';
  assert.ok(!text.includes('Sign In') && !/\bor\b/.test(text.replace(/harbour road for/g, '')), text);
  assert.ok(!text.includes('paid network') && text.includes('The council voted'));
});

test("an image's caption in the image's own paragraph goes; a paragraph with an image and a sentence stays", () => {
  const { document } = parseHTML(`<html><body><div id="c">
    <p><img src="a.jpg"><br><em>The mayor leaves the court on Monday</em></p>
    <p>The mayor left the court on Monday. <img src="b.jpg"> <em>No comment</em>, he said.</p>
  </div></body></html>`);
  removeBoilerplate(document as never);
  const text = document.getElementById('c')?.textContent ?? '';
  assert.ok(!text.includes('leaves the court'), text);
  assert.ok(text.includes('No comment'));
});

test('live-blog stamps, bylines with an age, credits, sign-in calls, subscription pitches and column disclaimers are furniture', () => {
  for (const line of [
    '21:00 Ana Ruiz',
    '20:42 KEY EVENT',
    '21 mins ago 11:48',
    '9.30am BST',
    'Ana Ruiz 2 minutes ago',
    'Ana Ruiz2 minutes ago',
    'Getty Images',
    'Sign In or Create an Account',
    'Special offer for readers: Get the Herald for just $5 ($25 off). Subscriptions fund our reporting.',
    'Opinions expressed are solely those of the author and do not reflect the views of the editors.',
    "What's This?",
  ]) assert.ok(isBoilerplateLine(line), line);
  for (const line of [
    '21:00 is when the curfew starts, police said.',
    'At 20:42 the first ambulance arrived.',
    'Two hours ago the road was still open.',
    'Subscribers pay $5 a month for just the news, the company said.',
    'The views expressed by the minister were rejected by the opposition.',
    // news sentences about prices and views (change review 22)
    'The streaming service said it would offer subscribers an ad-supported plan for just $6.99 a month, starting in March.',
    'Subscribers to the newspaper can now read it online for only $2 a week, the publisher said.',
    'The views expressed are those of the author and the minister, the court heard.',
    'Sign in sheets were collected at the door.',
  ]) assert.ok(!isBoilerplateLine(line), line);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameStory } from './same-story.js';

const story = 'The harbour board approved a new crane for the east quay on Monday, and work will start in the spring.';

test('a corrected or extended text is the same story, whatever its title', () => {
  assert.ok(sameStory({ title: 'Crane approved', text: story }, { title: 'Harbour crane approved (corrected)', text: story.replace('Monday', 'Tuesday') }));
  assert.ok(sameStory({ title: 'a', text: story }, { title: 'b', text: `${story} The board said the crane would cost two million.` }));
  assert.ok(sameStory({ title: 'a', text: story }, { title: 'b', text: 'The harbour board approved a new crane for the east quay.' }), 'a summary');
});

test('another story with the same id is not, unless the titles are the same', () => {
  const other = 'A bakery on Mill Street won a regional prize for its rye bread, its owner said.';
  assert.ok(!sameStory({ title: 'Crane approved', text: story }, { title: 'Bakery wins prize', text: other }));
  assert.ok(sameStory({ title: 'News', text: story }, { title: 'news ', text: other }), 'the same title (case and spaces aside) is the same story');
  assert.ok(!sameStory({ title: '', text: story }, { title: '', text: other }), 'empty titles prove nothing');
});

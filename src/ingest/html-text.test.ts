import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { blockParagraphs } from './html-text.js';

test('a time stamp is a word of its own: a live-blog entry stamp is not glued to the name after it', () => {
  const { document } = parseHTML('<div id="c"><div class="entry-info"><time>21:00</time><mark>Ana Ruiz</mark></div><h3>Road reopens</h3><p>It opened at <time>9am</time>. <time>10:00</time>Closed</p></div>');
  assert.deepEqual(blockParagraphs(document.getElementById('c') as never), ['21:00 Ana Ruiz', 'Road reopens', 'It opened at 9am. 10:00 Closed']);
});

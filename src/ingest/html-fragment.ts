// HTML fragments (feed item descriptions, JSON `content_html`) to plain paragraphs, without a DOM. Kept apart
// from the feed reader so that reading JSON articles does not load the feed parser and the DOM library
// (feedparser + linkedom: ~180 ms of `detente analyze` start-up).
import { decodeHTML } from 'entities';
import { isBoilerplateLine, stripTrailingFurniture } from './html-boilerplate.js';
import { cutTrailingNotices } from './trailing-notices.js';

/** Tags that end a paragraph in an item's HTML. */
const FRAGMENT_BLOCK = /<\/?(?:p|div|h[1-6]|li|ul|ol|dl|dd|dt|blockquote|pre|table|tr|td|th|section|article|header|footer|br|hr)\b[^>]*>/gi;

/**
 * Plain paragraphs from an item's HTML description or content, without building a DOM (feeds carry thousands of
 * small fragments): scripts, styles and figure captions dropped, block tags end a line, other tags removed, HTML
 * entities decoded (entities package), furniture lines ("Continue reading…", "Read more") dropped, and the notices that
 * end an item ("The post … appeared first on …", credits, calls to sign up: trailing-notices.ts) cut.
 * @param html HTML or plain text
 * @returns the paragraphs, white space collapsed
 */
export function htmlFragmentParagraphs(html: string): string[] {
  const text = /[<&]/.test(html)
    ? decodeHTML(
      html
        .replace(/<(script|style|figcaption|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(FRAGMENT_BLOCK, '\n')
        .replace(/<[^>]*>/g, ''),
    )
    : html;
  return cutTrailingNotices(
    text
      .split(/\n/)
      .map((l) => stripTrailingFurniture(l.replace(/[\s\u00A0\u200B]+/g, ' ').trim()))
      .filter((l) => l && !isBoilerplateLine(l)),
  );
}

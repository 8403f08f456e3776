import { looksLikeSeed } from './read-text.js';
import type { InputFormat } from './read-result.js';

/** File extensions (after removing `.gz`) and the format each one means. */
const EXTENSION_FORMATS: Readonly<Record<string, InputFormat | 'text'>> = Object.freeze({
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.jsonlines': 'jsonl',
  '.json': 'jsonl',
  '.warc': 'warc',
  '.arc': 'warc',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.rss': 'feed',
  '.atom': 'feed',
  '.rdf': 'feed',
  '.xml': 'feed',
  '.sgm': 'reuters',
  '.sgml': 'reuters',
  '.txt': 'text',
  '.text': 'text',
});

/**
 * The extension of a path that decides its format: lower-cased, `.gz` removed (`a.warc.gz` → `.warc`).
 * @param path a file path
 * @returns `.ext`, or '' when none
 */
export function formatExtension(path: string): string {
  const name = path.toLowerCase().replace(/^.*[\\/]/, '').replace(/\.gz$/, '');
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

/**
 * Tells whether a directory walk should read a file: its extension (with or without `.gz`) is one the readers
 * know (.txt .jsonl .ndjson .html .htm .xml .rss .atom .rdf .warc .arc .sgm …). `.json` files are read only when
 * named explicitly: in folders they are mostly metadata, not article exports.
 * @param path a file path
 */
export function isKnownInputFile(path: string): boolean {
  const ext = formatExtension(path);
  return ext in EXTENSION_FORMATS && ext !== '.json';
}

/**
 * Detects the format of an input from its content, with the extension as a tie-breaker.
 * Content wins over the extension for markup: a `.xml` that is an HTML page is `html`, a `.html` that is a feed is
 * `feed`, a `.txt` that starts with `date YYYY-MM-DD` is `seed`.
 * @param path file path ('-' for stdin)
 * @param head the first bytes of the (decompressed) content, up to 64 KiB
 * @returns the detected format
 */
export function detectFormat(path: string, head: Uint8Array): InputFormat {
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf16be' : null;
  const text = (utf16 === 'utf16le' ? bytes.subarray(2).toString('utf16le') : utf16 === 'utf16be' ? Buffer.from(bytes.subarray(2)).swap16().toString('utf16le') : bytes.toString('latin1'))
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  const start = text.trimStart();
  const ext = formatExtension(path);
  const byExt = EXTENSION_FORMATS[ext];
  if (start.startsWith('WARC/') || start.startsWith('filedesc://')) return 'warc';
  if (byExt === 'warc') return 'warc';
  if (/^(?:<\?xml[^>]*>\s*)?<!DOCTYPE\s+lewis\b|^<REUTERS\b/i.test(start)) return 'reuters';
  const markup = start.replace(/^(?:<\?xml[^>]*\?>\s*|<!--[\s\S]*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*/, '');
  if (/^<(?:rss|feed|rdf:RDF|RDF|urlset|sitemapindex)\b/i.test(markup)) return 'feed';
  if (/^<!DOCTYPE\s+html|^<html\b|^<head\b|^<body\b/i.test(markup)) return 'html';
  if (byExt === 'html' || byExt === 'feed' || byExt === 'reuters' || byExt === 'jsonl') return byExt;
  if (/^<\?xml/i.test(start)) return /<(?:rss|feed|rdf:RDF|urlset)\b/i.test(text) ? 'feed' : /<html\b/i.test(text) ? 'html' : 'feed';
  if (start.startsWith('{') || /^\[\s*[{\]]/.test(start)) return 'jsonl';
  if (looksLikeSeed(text)) return 'seed';
  if (/^<(?:!DOCTYPE|div|p|article|section|meta|title)\b/i.test(start)) return 'html';
  return 'txt';
}

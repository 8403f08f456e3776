import { articleResult } from './article-result.js';
import { skipNoArticlePage } from './crawl-skip.js';
import { decodeBytes } from './decode-bytes.js';
import { IngestCode, failure } from './errors.js';
import { normaliseDate } from './publication-date.js';
import { unwrapParagraphs } from './paragraphs.js';
import type { ReadResult } from './read-result.js';

const NAMED: Readonly<Record<string, string>> = Object.freeze({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" });

/**
 * Decodes the character references of Reuters-21578 SGML: `&lt;` `&gt;` `&amp;` (`&quot;`, `&apos;`) and numeric
 * references; references to control characters (`&#2;`, `&#3;`, `&#5;`, `&#22;`, `&#31;`… the wire service's
 * transmission codes) are removed.
 * @param s SGML text
 */
export function decodeSgmlText(s: string): string {
  return s.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? m;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a) return '';
    if (code === 0x7f || code > 0x10ffff) return '';
    return String.fromCodePoint(code);
  });
}

/**
 * The body without the wire's closing `Reuter` (or `Reuters`) sign-off and the white space around it: the same as
 * `body.replace(/\s*\breute?r\s*$/i, '')`, looking at the end of the text only (that regular expression is tried
 * at every white-space position of the body; it was the readers' most expensive step on Reuters-21578).
 * @param body a story body
 * @returns the body without the sign-off; unchanged (trailing white space included) when it has none
 */
export function withoutSignOff(body: string): string {
  const end = body.trimEnd(); // String.prototype.trimEnd and \s remove the same characters (WhiteSpace, LineTerminator)
  const m = /reute?r$/i.exec(end.slice(-6));
  if (!m) return body;
  const start = end.length - m[0].length;
  if (start > 0 && /\w/.test(end[start - 1])) return body; // \b: the sign-off is a word of its own
  return end.slice(0, start).trimEnd();
}

function element(doc: string, name: string): string | null {
  const m = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`, 'i').exec(doc);
  return m ? m[1] : null;
}

/**
 * Reads one `<REUTERS>` document: DATE → published; TITLE; DATELINE (`SALVADOR, Feb 26 -`) put before the body as in
 * wire copy; BODY with the `Reuter` sign-off and control codes removed and its hard-wrapped lines joined into
 * paragraphs (an indented line starts a paragraph). BRIEF stories (title only, the body is a placeholder) get the
 * title as text; UNPROC stories (unparsed text) take their raw text.
 * @param doc the content between `<REUTERS …>` and `</REUTERS>`
 * @param origin `path#NEWID`
 */
export function readReutersDocument(doc: string, origin: string): ReadResult {
  const type = /TYPE="(\w+)"/i.exec(/<TEXT\b[^>]*>/i.exec(doc)?.[0] ?? '')?.[1]?.toUpperCase() ?? 'NORM';
  const title = decodeSgmlText(element(doc, 'TITLE') ?? '').replace(/\s+/g, ' ').trim();
  const dateline = decodeSgmlText(element(doc, 'DATELINE') ?? '').replace(/\s+/g, ' ').trim();
  let body: string;
  if (type === 'BRIEF') body = title;
  else if (type === 'UNPROC') body = decodeSgmlText(element(doc, 'TEXT') ?? '');
  else body = decodeSgmlText(element(doc, 'BODY') ?? '');
  body = withoutSignOff(body).replace(/\r\n?/g, '\n');
  if (type !== 'BRIEF' && dateline) body = `${dateline} ${body.replace(/^\s+/, '')}`;
  return articleResult(unwrapParagraphs(body), {
    title: title || null,
    published: normaliseDate(decodeSgmlText(element(doc, 'DATE') ?? '').trim()),
    source: 'Reuters',
    origin,
  });
}

/**
 * Reads a Reuters-21578 SGML file (`reut2-NNN.sgm`: Latin-1 / windows-1252, SGML character references for control
 * codes): one article per `<REUTERS>` element, origin `path#NEWID`. A document with no text (no title, body or
 * unprocessed text left) is an E_INGEST_NO_ARTICLE failure marked `skip: 'no-article'`, which a batch counts as skipped,
 * not failed; a document cut off before `</REUTERS>` gives E_INGEST_TRUNCATED; a file without any `<REUTERS>` element
 * gives E_INGEST_FORMAT.
 * Source of the format: D. D. Lewis, Reuters-21578 Distribution 1.0 README (1997), sections VI–VIII.
 * @param bytes file content
 * @param origin file path
 */
export function readReuters(bytes: Uint8Array, origin: string): ReadResult[] {
  const { text } = decodeBytes(bytes, origin);
  const results: ReadResult[] = [];
  const re = /<REUTERS\b([^>]*)>([\s\S]*?)<\/REUTERS>/gi;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const newId = /NEWID="(\d+)"/i.exec(m[1])?.[1] ?? String(results.length + 1);
    // an empty document (Reuters-21578 has one: reut2-012.sgm NEWID 12793, a TEXT of control codes alone) is a record
    // of the archive with nothing to analyse, counted as skipped like a crawl's index page, not a failure of the batch
    results.push(skipNoArticlePage(readReutersDocument(m[2], `${origin}#${newId}`)));
    last = (m.index ?? 0) + m[0].length;
  }
  const rest = text.slice(last);
  const open = /<REUTERS\b([^>]*)>/i.exec(rest);
  if (open) {
    const newId = /NEWID="(\d+)"/i.exec(open[1])?.[1] ?? '?';
    results.push(failure(`${origin}#${newId}`, IngestCode.Truncated, `${origin}#${newId}: the <REUTERS> document is not closed (file truncated?)`));
  }
  if (results.length === 0) results.push(failure(origin, IngestCode.Format, `${origin}: no <REUTERS> document found; is this a Reuters-21578 SGML file?`));
  return results;
}

import { createRequire } from 'node:module';
import type { Doc, Paragraph, Sentence } from './doc.js';

/** The wink-nlp instance and its `its` helpers, loaded once and passed in (never a module global). */
export interface Nlp {
  /** Tokenises, splits sentences and tags POS: `text` → {@link Doc}. */
  parse(text: string): Doc;
}

interface WinkToken {
  out(f?: unknown): string;
}

/**
 * Loads wink-nlp with its English lite web model (about 150 ms, once per process).
 * @returns an {@link Nlp} whose `parse` builds a Doc paragraph by paragraph (one line = one paragraph)
 */
export function createNlp(): Nlp {
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  return {
    parse(text: string): Doc {
      const starts: number[] = [];
      const ends: number[] = [];
      const pos: string[] = [];
      const lemmas: string[] = [];
      const lower: string[] = [];
      const sentences: Sentence[] = [];
      const paragraphs: Paragraph[] = [];
      let lineStart = 0;
      while (lineStart <= text.length) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = text.length;
        const line = text.slice(lineStart, lineEnd);
        if (line.trim().length > 0) {
          const firstSentence = sentences.length;
          const wdoc = nlp.readDoc(line);
          let cursor = 0;
          // wink index -> our token index (whitespace tokens are dropped)
          const map: number[] = [];
          wdoc.tokens().each((t: WinkToken) => {
            const value = t.out();
            const tag = t.out(its.pos);
            if (tag === 'SPACE' || value.trim() === '') {
              map.push(starts.length);
              return;
            }
            map.push(starts.length);
            let at = line.indexOf(value, cursor);
            if (at < 0) at = cursor; // wink never rewrites surface forms; guard anyway
            const end = Math.min(at + value.length, line.length);
            starts.push(lineStart + at);
            ends.push(lineStart + end);
            pos.push(tag);
            lemmas.push(String(t.out(its.lemma)).toLowerCase());
            lower.push(value.toLowerCase());
            cursor = end;
          });
          wdoc.sentences().each((s: { out(f: unknown): [number, number] }) => {
            const [a, b] = s.out(its.span);
            const firstToken = map[a];
            const endToken = b + 1 < map.length ? map[b + 1] : starts.length;
            if (endToken <= firstToken) return;
            sentences.push({
              index: sentences.length,
              start: starts[firstToken],
              end: ends[endToken - 1],
              firstToken,
              endToken,
              paragraph: paragraphs.length,
            });
          });
          if (sentences.length > firstSentence) {
            paragraphs.push({
              index: paragraphs.length,
              start: sentences[firstSentence].start,
              end: sentences[sentences.length - 1].end,
              firstSentence,
              endSentence: sentences.length,
            });
          }
        }
        lineStart = lineEnd + 1;
      }
      return {
        text,
        tokenCount: starts.length,
        starts: Int32Array.from(starts),
        ends: Int32Array.from(ends),
        pos,
        lemmas,
        lower,
        sentences,
        paragraphs,
      };
    },
  };
}

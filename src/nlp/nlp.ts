import { createRequire } from 'node:module';
import type { Doc, Paragraph, Sentence } from './doc.js';

/** The wink-nlp instance and its `its` helpers, loaded once and passed in (never a module global). */
export interface Nlp {
  /** Tokenises, splits sentences and tags POS: `text` → {@link Doc}. */
  parse(text: string): Doc;
}

interface WinkTokens {
  out(f?: unknown): string[];
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
      // Token columns are read in bulk (`tokens().out(field)`), not token by token: per-token item views cost
      // about as much as wink's own tokenise+tag pass (measured with `npm run bench`).
      let starts = new Int32Array(Math.max(16, text.length >> 2));
      let ends = new Int32Array(starts.length);
      let n = 0;
      const pos: string[] = [];
      const lemmas: string[] = [];
      const lower: string[] = [];
      const sentences: Sentence[] = [];
      const paragraphs: Paragraph[] = [];
      // wink index -> our token index (whitespace tokens are dropped); reused across lines
      let map = new Int32Array(256);
      let lineStart = 0;
      while (lineStart <= text.length) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = text.length;
        const line = text.slice(lineStart, lineEnd);
        if (line.trim().length > 0) {
          const firstSentence = sentences.length;
          const wdoc = nlp.readDoc(line);
          const tokens: WinkTokens = wdoc.tokens();
          const values = tokens.out();
          const tags = tokens.out(its.pos);
          const lems = tokens.out(its.lemma);
          const count = values.length;
          if (map.length < count) map = new Int32Array(count * 2);
          if (starts.length < n + count) {
            const grown = Math.max(starts.length * 2, n + count);
            const s2 = new Int32Array(grown);
            s2.set(starts.subarray(0, n));
            starts = s2;
            const e2 = new Int32Array(grown);
            e2.set(ends.subarray(0, n));
            ends = e2;
          }
          let cursor = 0;
          for (let k = 0; k < count; k++) {
            const value = values[k];
            const tag = tags[k];
            map[k] = n;
            if (tag === 'SPACE' || value.trim() === '') continue;
            let at = line.indexOf(value, cursor);
            if (at < 0) at = cursor; // wink never rewrites surface forms; guard anyway
            const end = Math.min(at + value.length, line.length);
            starts[n] = lineStart + at;
            ends[n] = lineStart + end;
            n++;
            pos.push(tag);
            lemmas.push(String(lems[k]).toLowerCase());
            lower.push(value.toLowerCase());
            cursor = end;
          }
          wdoc.sentences().each((s: { out(f: unknown): [number, number] }) => {
            const [a, b] = s.out(its.span);
            const firstToken = map[a];
            const endToken = b + 1 < count ? map[b + 1] : n;
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
        tokenCount: n,
        starts: starts.slice(0, n),
        ends: ends.slice(0, n),
        pos,
        lemmas,
        lower,
        sentences,
        paragraphs,
      };
    },
  };
}

/**
 * The long-article part of `npm run bench` (issue 7: cost that stays linear however large the input). One article is
 * built from the bench corpus's articles joined in corpus order (in memory; read in place from $DETENTE_SHARED, never
 * written anywhere), at a base size and at {@link LONG_FACTOR}× that, in two shapes: as the articles' paragraphs, and
 * as one paragraph (line breaks made spaces: the worst case for any search bounded by the paragraph, as in a transcript
 * or a page whose markup lost its breaks). Each is analysed by a fresh analyzer (made untimed, and given a 2,000-character
 * article first, untimed, so that what it builds on first use is not counted) after one warm-up analysis of the base
 * text; CPU per character of the long text over that of the base text is the figure: 1.0 is
 * linear, and a step that searches the whole text for every mention or cue shows as a ratio near the factor (a review
 * measured 840 KB at 10× the CPU of 210 KB before two such searches were bounded).
 */
import { createAnalyzer } from '../dist/analyze.js';
import { articleFromText } from '../dist/ingest/article-id.js';
import { createNlp } from '../dist/nlp/nlp.js';
import type { Article } from '../src/model/article.js';
import { median } from './bench-stats.js';

/** How many times longer the long article is than the base one. */
export const LONG_FACTOR = 8;

/** One shape of the long-article measurement. */
export interface LongVariant {
  /** 'paragraphs' or 'one paragraph' */
  shape: string;
  /** characters and sentences of the base and the long article, and the median CPU ms of analysing each */
  base: { chars: number; sentences: number; cpuMs: number };
  long: { chars: number; sentences: number; cpuMs: number };
  /** CPU per character of the long article ÷ that of the base article (1.0 = linear) */
  perCharRatio: number;
}

/** The long-article measurement: one entry per shape. */
export interface LongResult {
  mode: 'long';
  factor: number;
  runs: number;
  variants: LongVariant[];
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The articles' texts joined in order until the result holds at least `chars` characters. */
function joined(articles: readonly Article[], chars: number, onePara: boolean): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i = (i + 1) % articles.length) {
    const t = onePara ? articles[i].text.replace(/\s*\n\s*/g, ' ') : articles[i].text;
    parts.push(t);
    n += t.length + 2;
  }
  return parts.join(onePara ? ' ' : '\n\n');
}

/**
 * Measures both shapes.
 * @param articles the bench corpus (in memory)
 * @param quick a smaller base (10,000 characters instead of 40,000) and one run instead of three
 * @returns CPU per character at both sizes, per shape
 */
export function runLong(articles: readonly Article[], quick: boolean): LongResult {
  const nlp = createNlp();
  const baseChars = quick ? 10_000 : 40_000;
  const runs = quick ? 1 : 3;
  const published = articles.find((a) => a.published)?.published ?? null;
  const variants: LongVariant[] = [];
  for (const onePara of [false, true]) {
    const make = (chars: number) => articleFromText(joined(articles, chars, onePara), { title: 'bench long article', published });
    const primer = make(2_000);
    const small = make(baseChars);
    const big = make(baseChars * LONG_FACTOR);
    createAnalyzer({ nlp }).analyze(small); // warm-up
    const times = { small: [] as number[], big: [] as number[] };
    for (let r = 0; r < runs; r++) {
      for (const [key, article] of [['small', small], ['big', big]] as const) {
        const analyzer = createAnalyzer({ nlp });
        analyzer.analyze(primer); // untimed: what an analyzer builds on first use is no cost of the text's length
        const c = cpuMs();
        analyzer.analyze(article);
        times[key].push(cpuMs() - c);
      }
    }
    const size = (a: Article, ms: number[]) => ({ chars: a.text.length, sentences: nlp.parse(a.text).sentences.length, cpuMs: median(ms) });
    const base = size(small, times.small);
    const long = size(big, times.big);
    variants.push({ shape: onePara ? 'one paragraph' : 'paragraphs', base, long, perCharRatio: long.cpuMs / long.chars / (base.cpuMs / base.chars) });
  }
  return { mode: 'long', factor: LONG_FACTOR, runs, variants };
}

import { sentenceAt, tokenAtOrAfter, type Doc } from '../../nlp/doc.js';

/**
 * Where a reported content ending at char `end` ends without the sentence's full stop that the tokenizer glued to a
 * unit after a number ("would cost £350m." → "… £350m", "rose 50p." → "… 50p"; wink-nlp reads "m." as an initial),
 * so that it ends the way every other content ends, before the sentence's closing punctuation. A token with a period
 * of its own stays as it is ("the U.S.", "Acme Corp.", "5 p.m.": the period belongs to the abbreviation; PolNeAR train
 * gold keeps it 14 times of 20 at a sentence end, and drops the full stop after other words 9,344 times of 9,464).
 * @param doc the token layer
 * @param end char offset where the content ends (half-open)
 * @returns `end`, or `end - 1` when the content's last token is such a unit closing its sentence
 */
export function endBeforeSentencePeriod(doc: Doc, end: number): number {
  const t = tokenAtOrAfter(doc, end - 1);
  if (t <= 0 || t >= doc.tokenCount || doc.ends[t] !== end) return end;
  const w = doc.lower[t];
  // a unit of letters and one final period, glued to a number before it: "350m.", "50p.", "3bn."
  if (!/^\p{L}{1,3}\.$/u.test(w) || doc.starts[t] !== doc.ends[t - 1] || !/\d$/.test(doc.lower[t - 1])) return end;
  const sentence = sentenceAt(doc, doc.starts[t]);
  if (!sentence) return end;
  // the last word of its sentence: only closing quotation marks or brackets after it
  for (let k = t + 1; k < sentence.endToken; k++) if (!/^[”"’')\]]+$/.test(doc.lower[k])) return end;
  return end - 1;
}

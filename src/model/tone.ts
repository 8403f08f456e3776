import { z } from 'zod';

/**
 * GDELT-style document tone (GDELT GKG 2.1 codebook, V1.5TONE): `positive` and `negative` are the
 * percentages (0–100) of words that carry positive / negative sentiment, `tone = positive − negative`,
 * `polarity = positive + negative`, `wordCount` the number of words scored.
 */
export const ToneSchema = z.object({
  tone: z.number(),
  positive: z.number().min(0).max(100),
  negative: z.number().min(0).max(100),
  polarity: z.number().min(0).max(200),
  wordCount: z.number().int().nonnegative(),
});
export type Tone = z.infer<typeof ToneSchema>;

/** The tone of a document with no scored words (or whose tone component did not run). */
export const EMPTY_TONE: Readonly<Tone> = Object.freeze({ tone: 0, positive: 0, negative: 0, polarity: 0, wordCount: 0 });

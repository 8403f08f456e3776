import { z } from 'zod';
import { ArticleSchema } from './article.js';
import { EntitySchema } from './entity.js';
import { EventSchema } from './event.js';
import { QuoteSchema } from './quote.js';
import { ToneSchema } from './tone.js';

/** A non-fatal finding about one article (retext-style message): recorded, not thrown. */
export const IssueSchema = z.object({
  code: z.string(),
  message: z.string(),
  source: z.string(),
});
export type AnalysisIssue = z.infer<typeof IssueSchema>;

/**
 * Everything detente extracts from one article: the JSON / JSON Lines output schema
 * (documented in docs/schema.md). Every offset refers to `article.text`.
 */
export const AnalysisSchema = z.object({
  article: ArticleSchema,
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  events: z.array(EventSchema),
  tone: ToneSchema,
  issues: z.array(IssueSchema).default([]),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

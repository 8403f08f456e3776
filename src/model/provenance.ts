import { z } from 'zod';

/**
 * Where an annotation came from: the component and version that made it, the rule that fired,
 * a confidence in [0, 1], and evidence spans (offsets into `Article.text`) for inferred facts.
 */
export const ProvenanceSchema = z.object({
  component: z.string(),
  version: z.string(),
  rule: z.string(),
  confidence: z.number().min(0).max(1),
  evidence: z.array(z.object({ start: z.number().int(), end: z.number().int() })).optional(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

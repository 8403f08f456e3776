import { tokenAtOrAfter } from '../../nlp/doc.js';
import { CONTENT_END_FEATURE_SET, forEachContentEnd, MAX_END_FEATURES, RANKED_RULES } from './content-end.js';
import { trainRanker } from './ranker-train.js';
import { clauses } from './doc-helpers.js';
import { clauseEnd } from './reported-content.js';
/**
 * Pairs the contents our rules found in one document (quotes from `extractQuotes` without a content-end model) with
 * the gold contents that start at the same token, as training examples for the content-end ranker.
 * @param doc the token layer; `quoted` per-token flag, non-zero inside quotation marks
 * @param quotes our quotes; `gold` the document's PolNeAR attributions
 * @returns one example per aligned content whose gold end lies within reach
 */
export function contentEndExamples(doc, quoted, quotes, gold) {
    const out = [];
    const sents = clauses(doc);
    // other attributions' contents and cues bound a content, as covered text, stops and cues do in extractQuotes
    const starts = quotes.flatMap((x) => (x.cue ? [tokenAtOrAfter(doc, x.start), tokenAtOrAfter(doc, x.cue.start)] : [tokenAtOrAfter(doc, x.start)]));
    for (const quote of quotes) {
        const rule = quote.provenance.rule.replace(/\+learned-cue$/, '');
        if (!RANKED_RULES.has(rule))
            continue;
        const cs = tokenAtOrAfter(doc, quote.start);
        const ruleEnd = tokenAtOrAfter(doc, quote.end);
        const sentence = sents.find((s) => s.firstToken <= cs && cs < s.endToken);
        if (!sentence)
            continue;
        let limit = clauseEnd(doc, sentence.firstToken, sentence.endToken);
        const ownCue = quote.cue ? tokenAtOrAfter(doc, quote.cue.start) : -1;
        for (const st of starts)
            if (st > cs && st < limit && st !== ownCue)
                limit = st;
        if (ruleEnd > limit)
            limit = ruleEnd;
        if (ruleEnd >= 2 && quoted[ruleEnd - 1] && doc.lower[ruleEnd - 2] === ',')
            limit = Math.min(limit, ruleEnd); // as in extractQuotes
        const g = gold.find((a) => a.content.length && tokenAtOrAfter(doc, a.content[0][0]) === cs);
        if (!g)
            continue;
        const goldEnd = tokenAtOrAfter(doc, g.content[0][1]);
        if (goldEnd <= cs || goldEnd > limit)
            continue;
        out.push({ doc, quoted, q: { cs, ruleEnd, limit, rule }, gold: goldEnd });
    }
    return out;
}
/**
 * Trains the content-end ranker ({@link trainRanker}) on every allowed end of each aligned content
 * ({@link chooseContentEnd}'s candidates). Deterministic for a given seed.
 * @param examples aligned contents ({@link contentEndExamples})
 * @param options epochs (default 5), seed (42), training record for the model header
 * @returns the ranker, in the cue model's container (thresholds unused)
 */
export function trainContentEndModel(examples, { epochs = 5, seed = 42, meta = {} } = {}) {
    const scratch = new Uint32Array(MAX_END_FEATURES);
    const ranking = [];
    for (const { doc, quoted, q, gold } of examples) {
        const candidates = [];
        let goldAt = -1;
        forEachContentEnd(doc, q, quoted, scratch, (e, n) => {
            if (e === gold)
                goldAt = candidates.length;
            candidates.push(scratch.slice(0, n));
        });
        ranking.push({ candidates, gold: goldAt });
    }
    return trainRanker(ranking, { epochs, seed, meta: { ...meta, kind: 'content-end', featureSet: CONTENT_END_FEATURE_SET } });
}
//# sourceMappingURL=content-end-train.js.map
import { extractQuotes } from './extract-quotes.js';
const NAME = 'quotes';
const VERSION = '0.3.0';
/**
 * Quotes: direct, indirect and mixed quotes with their cue, content span and speaker, the speaker
 * resolved through the entities layer's mentions (names, pronouns, descriptions). Unmatched quotation
 * marks are recorded as issues (`W_QUOTE_UNBALANCED`), never thrown.
 */
export const quotesComponent = {
    name: NAME,
    version: VERSION,
    requires: ['entities'],
    assigns: 'quotes',
    predict(ctx) {
        const { quotes, messages } = extractQuotes(ctx.doc, ctx.resources.quotes, ctx.annotations.entities ?? [], {
            name: NAME,
            version: VERSION,
        });
        for (const m of messages) {
            ctx.issues.push({
                code: m.ruleId === 'unbalanced-quote' ? 'W_QUOTE_UNBALANCED' : 'W_QUOTE_STRAY_CLOSE',
                message: `${m.ruleId} at offset ${m.offset}`,
                source: NAME,
            });
        }
        return quotes;
    },
};
//# sourceMappingURL=component.js.map
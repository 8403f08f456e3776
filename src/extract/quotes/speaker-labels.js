import { sentenceIndexOf } from './doc-helpers.js';
import { nounPhraseEndingAt } from './noun-phrase.js';
import { CLAUSE_END } from './reported-content.js';
export const COLON_CUE = Object.freeze({ lemma: ':', class: 'speech', frames: new Set(), length: 1, rest: [] });
export const DASH_CUE = Object.freeze({ lemma: '-', class: 'speech', frames: new Set(), length: 1, rest: [] });
/** The cue record of a speaker label's colon. */
export function colonCue(doc, colon, speaker) {
    return {
        start: colon, end: colon + 1, entry: COLON_CUE, sentence: doc.sentences[sentenceIndexOf(doc, colon)], speaker, side: 'left',
        passive: false, auxStart: colon, addressee: null, after: colon + 1, chunkStart: speaker.start, coordinated: false,
    };
}
/** A speaker label at token `p0`: one to four capitalised words and a colon ("SMITH:", "Gov. Jane Doe:"), not "The Latest:". */
export function labelAt(doc, p0, p1) {
    let colon = -1;
    for (let t = p0; t < Math.min(p1, p0 + 5); t++) {
        if (doc.lower[t] === ':') {
            colon = t;
            break;
        }
        if (doc.pos[t] !== 'PROPN' && !/^\p{Lu}/u.test(doc.text[doc.starts[t]] ?? ''))
            return null;
    }
    if (colon <= p0 || p1 - colon < 4 || doc.pos[p0] === 'DET')
        return null;
    const caps = /^[\p{Lu}\p{P}\s]+$/u.test(doc.text.slice(doc.starts[p0], doc.ends[colon - 1]));
    const speaker = nounPhraseEndingAt(doc, colon - 1, p0);
    if (!speaker || speaker.start !== p0 || (!caps && doc.pos[speaker.head] !== 'PROPN'))
        return null;
    return { speaker, colon };
}
/**
 * Transcript and headline lines that open with a speaker label and a colon ("SMITH: We will…",
 * "Doe: Talks will go on"): the label is the speaker, the rest of the paragraph the content.
 */
export function labelLines(doc, quoted) {
    const out = [];
    for (const p of doc.paragraphs) {
        const p0 = doc.sentences[p.firstSentence].firstToken;
        const p1 = doc.sentences[p.endSentence - 1].endToken;
        const label = labelAt(doc, p0, p1);
        if (!label || quoted[label.colon + 1])
            continue;
        let end = p1;
        while (end > label.colon + 2 && CLAUSE_END.has(doc.lower[end - 1]))
            end--;
        out.push({ speaker: label.speaker, colon: label.colon, end });
    }
    return out;
}
//# sourceMappingURL=speaker-labels.js.map
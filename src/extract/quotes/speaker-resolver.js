const TYPE_RANK = { PERSON: 0, ORG: 1, NORP: 2, GPE: 3 };
/**
 * Indexes the entity layer's mentions (sorted by start) for span lookups.
 * @param entities the entities of one article, each with its mentions (name, pronoun, nominal)
 */
export function createSpeakerResolver(entities) {
    const flat = [];
    for (const e of entities)
        for (const m of e.mentions)
            flat.push({ start: m.start, end: m.end, kind: m.kind, entity: e });
    flat.sort((a, b) => a.start - b.start || b.end - a.end);
    let maxLen = 0;
    for (const m of flat)
        maxLen = Math.max(maxLen, m.end - m.start);
    /** Mentions overlapping [start, end). */
    function overlapping(start, end) {
        let lo = 0;
        let hi = flat.length;
        const from = start - maxLen;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (flat[mid].start < from)
                lo = mid + 1;
            else
                hi = mid;
        }
        const out = [];
        for (let k = lo; k < flat.length && flat[k].start < end; k++)
            if (flat[k].end > start)
                out.push(flat[k]);
        return out;
    }
    function best(ms) {
        let pick = null;
        for (const m of ms) {
            if (!pick)
                pick = m;
            else {
                const rm = TYPE_RANK[m.entity.type] ?? 9;
                const rp = TYPE_RANK[pick.entity.type] ?? 9;
                if (rm < rp)
                    pick = m;
            }
        }
        return pick;
    }
    return {
        resolve(start, end, headStart, headEnd) {
            // only a mention over the head decides: "Mr Blair's official spokesman" is not Mr Blair
            const m = best(overlapping(headStart, headEnd));
            if (!m)
                return null;
            return {
                entity: m.entity.id,
                name: m.entity.name,
                actor: m.entity.actor,
                mention: { start: m.start, end: m.end, kind: m.kind },
            };
        },
        affiliation(start, end) {
            let pick = null;
            for (const m of overlapping(start, end)) {
                if (m.start < start || m.end > end || !m.entity.actor || m.kind === 'pronoun')
                    continue;
                if (!pick || m.end - m.start > pick.end - pick.start)
                    pick = m;
            }
            return pick ? pick.entity.actor : null;
        },
        mentionedIn(start, end) {
            const ids = [];
            for (const m of overlapping(start, end)) {
                if (m.start >= start && m.end <= end && !ids.includes(m.entity.id))
                    ids.push(m.entity.id);
            }
            return ids;
        },
    };
}
//# sourceMappingURL=speaker-resolver.js.map
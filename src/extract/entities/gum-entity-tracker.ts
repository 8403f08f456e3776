/** A GUM entity mention closed at some token: chain id, the fields of its annotation, first and last token. */
export interface GumEntitySpan {
  /** Coreference chain id ("12"). */
  id: string;
  /** The annotation split on "-": [id, type, infstat, salience, centering, min-span, …, identity…]. */
  parts: string[];
  first: number;
  last: number;
}

/**
 * Follows GUM's bracketed `Entity=` annotations in the MISC column of CoNLL-U (`(12-person-…`, `12)`,
 * `(7-place-…)`) across tokens. State lives in the returned tracker: make one per document.
 * Source: GUM's CoNLL-U entity format (GUM corpus documentation, "Entity" MISC attribute).
 * @returns `feed(misc, index)` → the mentions that close at token `index` (single-token ones included)
 */
export function createGumEntityTracker(): { feed(misc: string, index: number): GumEntitySpan[] } {
  const open = new Map<string, { parts: string[]; first: number }[]>();
  return {
    feed(misc: string, index: number): GumEntitySpan[] {
      const ent = /(?:^|\|)Entity=([^|]*)/.exec(misc);
      if (!ent) return [];
      const v = ent[1];
      const closed: GumEntitySpan[] = [];
      let p = 0;
      while (p < v.length) {
        if (v[p] === '(') {
          let q = p + 1;
          while (q < v.length && v[q] !== '(' && v[q] !== ')') q++;
          const parts = v.slice(p + 1, q).split('-');
          if (v[q] === ')') {
            closed.push({ id: parts[0], parts, first: index, last: index });
            q++;
          } else {
            const list = open.get(parts[0]) ?? [];
            list.push({ parts, first: index });
            open.set(parts[0], list);
          }
          p = q;
        } else {
          let q = p;
          while (q < v.length && v[q] !== ')' && v[q] !== '(') q++;
          const id = v.slice(p, q);
          const rec = open.get(id)?.pop();
          if (rec) closed.push({ id, parts: rec.parts, first: rec.first, last: index });
          p = v[q] === ')' ? q + 1 : q;
        }
      }
      return closed;
    },
  };
}

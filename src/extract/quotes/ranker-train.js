import { createCueModel } from './cue-model.js';
import { mulberry32, shuffleInPlace } from '../entities/seeded-shuffle.js';
/**
 * Trains a ranker: a structured averaged perceptron (Collins 2002) that scores every candidate of an example and, when
 * its best is not the gold one, adds the gold candidate's features and subtracts the predicted one's; weights averaged
 * over every step (computed lazily). Deterministic for a given seed (seeded shuffle of the examples each epoch).
 * @param examples candidates' feature hashes and the gold candidate's index (examples with one candidate are skipped)
 * @param options epochs, seed, and the training record for the model header (must include `featureSet`)
 * @returns the ranker, in the cue model's container (thresholds unused)
 */
export function trainRanker(examples, { epochs, seed, meta }) {
    const index = new Map();
    const cands = [];
    for (const ex of examples) {
        if (ex.candidates.length < 2 || ex.gold < 0)
            continue;
        const feats = ex.candidates.map((hs) => Int32Array.from(hs, (h) => {
            let id = index.get(h);
            if (id === undefined) {
                id = index.size;
                index.set(h, id);
            }
            return id;
        }));
        cands.push({ feats, gold: ex.gold });
    }
    const F = index.size;
    const w = new Float64Array(F);
    const acc = new Float64Array(F);
    const stamp = new Float64Array(F);
    let c = 1;
    const bump = (f, y) => {
        for (const id of f) {
            acc[id] += (c - stamp[id]) * w[id];
            stamp[id] = c;
            w[id] += y;
        }
    };
    const order = Int32Array.from(cands, (_, k) => k);
    const rand = mulberry32(seed);
    for (let ep = 0; ep < epochs; ep++) {
        shuffleInPlace(order, rand);
        for (const x of order) {
            const { feats, gold } = cands[x];
            let best = 0;
            let bestScore = -Infinity;
            for (let k = 0; k < feats.length; k++) {
                let s = 0;
                for (const id of feats[k])
                    s += w[id];
                if (s > bestScore) {
                    bestScore = s;
                    best = k;
                }
            }
            if (best !== gold) {
                bump(feats[gold], 1);
                bump(feats[best], -1);
            }
            c++;
        }
    }
    const hashes = [];
    const weights = [];
    for (const [hash, id] of index) {
        const v = (acc[id] + (c - stamp[id]) * w[id]) / c;
        if (v !== 0) {
            hashes.push(hash);
            weights.push(v);
        }
    }
    return createCueModel(Uint32Array.from(hashes), Float32Array.from(weights), 0, -Infinity, Infinity, {
        ...meta,
        epochs,
        seed,
        examples: cands.length,
        features: hashes.length,
    });
}
//# sourceMappingURL=ranker-train.js.map
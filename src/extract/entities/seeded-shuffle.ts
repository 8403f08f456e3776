/**
 * mulberry32: a small seeded pseudo-random generator (Tommy Ettinger, public domain), used by every training
 * script of the repository (NER tagger, quote cue model, content-end ranker) for a reproducible example order.
 * @param seed any integer (taken modulo 2^32)
 * @returns a function giving the next number in [0, 1)
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Shuffles `order` in place (Fisher–Yates, from the last element down), drawing from `rand`.
 * @param order the array to shuffle (plain or typed)
 * @param rand a generator of numbers in [0, 1), e.g. {@link mulberry32}
 */
export function shuffleInPlace(order: { length: number; [k: number]: number }, rand: () => number): void {
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(rand() * (k + 1));
    const t = order[k];
    order[k] = order[j];
    order[j] = t;
  }
}

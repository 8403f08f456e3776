/**
 * The lazy update of an averaged perceptron (Collins 2002; the "timestamp" form of Daumé III, 2006), shared by
 * every trainer of the repository (NER tagger, quote cue model, content-end ranker).
 *
 * The averaged weight of a feature is the mean of its weight over every training step. Instead of adding every
 * weight to a running total after each step, each slot keeps the step at which it last changed (`stamp`) and
 * its running `total` up to that step; the total is brought up to date only when the slot changes, and once
 * more at the end ({@link averagedWeight}). The arithmetic is exactly that of the three copies it replaced, so
 * trained models are unchanged byte for byte.
 */

/** Weight, running total and last-change step of a set of slots (typed arrays of the same length). */
export interface AveragedSlots {
  /** current weights (Float32Array for the NER tagger, whose weights are stored in single precision) */
  readonly weights: Float32Array | Float64Array;
  /** sum of the weight over the steps before `stamp` */
  readonly totals: Float64Array;
  /** step at which each slot last changed */
  readonly stamps: Float64Array;
}

/**
 * Adds `delta` to slot `k` at training step `step`, first bringing its running total up to that step.
 * @param slots the weights, totals and stamps (changed in place)
 * @param k slot index
 * @param delta the perceptron update (+1/−1, or a weighted step)
 * @param step the current step counter (non-decreasing over training)
 */
export function updateAveraged(slots: AveragedSlots, k: number, delta: number, step: number): void {
  const { weights, totals, stamps } = slots;
  totals[k] += (step - stamps[k]) * weights[k];
  stamps[k] = step;
  weights[k] += delta;
}

/**
 * The averaged weight of slot `k` after `steps` training steps.
 * @param slots the weights, totals and stamps after training
 * @param k slot index
 * @param steps the final step counter (> 0)
 * @returns the mean weight of the slot over all steps
 */
export function averagedWeight(slots: AveragedSlots, k: number, steps: number): number {
  return (slots.totals[k] + (steps - slots.stamps[k]) * slots.weights[k]) / steps;
}

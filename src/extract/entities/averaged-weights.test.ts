import assert from 'node:assert/strict';
import { test } from 'node:test';
import { averagedWeight, updateAveraged, type AveragedSlots } from './averaged-weights.js';

const slotsOf = (n: number): AveragedSlots => ({ weights: new Float64Array(n), totals: new Float64Array(n), stamps: new Float64Array(n) });

test('the averaged weight is the mean of the weight over every step, as if summed after each step', () => {
  // eager reference: weight history over 10 steps, updates at steps 2 (+1), 5 (+1) and 7 (−1)
  const updates = new Map([[2, 1], [5, 1], [7, -1]]);
  let w = 0;
  let sum = 0;
  const slots = slotsOf(1);
  for (let step = 1; step <= 10; step++) {
    const delta = updates.get(step);
    if (delta !== undefined) {
      w += delta;
      updateAveraged(slots, 0, delta, step);
    }
    sum += w;
  }
  // the lazy form counts each weight from the step it was set up to (not including) the final counter, from
  // step 0 (weight 0); with the counter one past the last step (as the trainers' counters end) it is the eager sum
  assert.equal(sum, 11);
  assert.equal(averagedWeight(slots, 0, 11), sum / 11);
  assert.equal(slots.weights[0], 1);
});

test('slots that never change average to zero and other slots are left alone', () => {
  const slots = slotsOf(3);
  updateAveraged(slots, 1, 2, 4);
  assert.equal(averagedWeight(slots, 0, 8), 0);
  assert.equal(averagedWeight(slots, 2, 8), 0);
  // weight 2 from step 4 to step 8: 4 steps of 2 over 8
  assert.equal(averagedWeight(slots, 1, 8), 1);
});

test('single-precision weights are rounded as stored, while totals stay in double precision', () => {
  const slots: AveragedSlots = { weights: new Float32Array(1), totals: new Float64Array(1), stamps: new Float64Array(1) };
  updateAveraged(slots, 0, 0.1, 1);
  assert.equal(slots.weights[0], Math.fround(0.1));
  assert.notEqual(slots.weights[0], 0.1);
  assert.equal(averagedWeight(slots, 0, 2), Math.fround(0.1) / 2);
});

/**
 * A copy of a list as an array of V8's one "packed, any value" elements kind, whatever kind the list had.
 *
 * Why (issue 7, measured 2026-12-01 with Node 20's V8): the mention steps of the entities stage pass their lists on
 * to one another, and the same list of mentions reached a step as one of three or four array kinds: packed (built by
 * `push`), holey (`Array.prototype.map` once TurboFan has optimised the step that called it), or "small integers"
 * (an empty result of `filter`, `map` or `[...]` before any object was stored). Each kind is another hidden class,
 * so a step optimised on one kind deoptimised ("wrong map") at its first loop over the next kind, and as the steps
 * before it were optimised in turn, new kinds kept reaching it: with a fresh analyzer a pass over the same 650
 * articles, 83-120 optimising compiles a pass were still made after the first pass.
 * @param items the list (not modified)
 * @returns a new array with the same items in the same order
 */
export function packedList<T>(items: readonly T[]): T[] {
  // an array literal holding an object value starts in the packed any-value kind; emptying it keeps the kind
  const out: T[] = [null as T];
  out.length = 0;
  for (let i = 0; i < items.length; i++) out.push(items[i]);
  return out;
}

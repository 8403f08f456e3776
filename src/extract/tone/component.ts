import type { Component } from '../../pipeline/component.js';
import { documentTone } from './document-tone.js';

/** Tone: GDELT-style document tone from the AFINN-165 lexicon. */
export const toneComponent: Component<'tone'> = {
  name: 'tone',
  version: '0.1.0',
  requires: [],
  assigns: 'tone',
  predict: (ctx) => documentTone(ctx.doc, ctx.resources.tone),
};

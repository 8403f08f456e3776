import type { Component } from '../../pipeline/component.js';

/** Quotes: cues, content spans, speakers (placeholder). */
export const quotesComponent: Component<'quotes'> = {
  name: 'quotes',
  version: '0.1.0',
  requires: ['entities'],
  assigns: 'quotes',
  predict: () => [],
};

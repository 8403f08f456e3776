import type { Component } from '../../pipeline/component.js';

/** Entities: mentions → entities → CAMEO actors (placeholder). */
export const entitiesComponent: Component<'entities'> = {
  name: 'entities',
  version: '0.1.0',
  requires: [],
  assigns: 'entities',
  predict: () => [],
};

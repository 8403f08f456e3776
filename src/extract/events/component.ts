import type { Component } from '../../pipeline/component.js';

/** Events: CAMEO verb patterns → coded events (placeholder). */
export const eventsComponent: Component<'events'> = {
  name: 'events',
  version: '0.1.0',
  requires: ['entities'],
  assigns: 'events',
  predict: () => [],
};

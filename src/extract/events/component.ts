import type { Component } from '../../pipeline/component.js';
import { codeEvents } from './code-events.js';
import { datelinePlace, withDatelinePlace } from './dateline-place.js';

/** Version of the event coder; recorded in each event's provenance. */
export const EVENTS_VERSION = '0.2.0';

/**
 * Events: CAMEO verb patterns over the sentence → coded events with source/target actors from the
 * entities layer, date, place (the dateline's when the sentence names none), trigger and rule id. Events need both source and target (PETRARCH's
 * convention); call {@link codeEvents} directly with `requireTarget: false` for source-only events.
 */
export const eventsComponent: Component<'events'> = {
  name: 'events',
  version: EVENTS_VERSION,
  requires: ['entities'],
  assigns: 'events',
  // an event whose sentence names no place happened, as far as the story says, where it was filed from, unless its
  // sentence or its actors put it elsewhere (dateline-place.ts)
  predict: (ctx) =>
    withDatelinePlace(
      codeEvents(ctx.article, ctx.doc, ctx.annotations.entities ?? [], ctx.resources.events, {
        component: 'events',
        version: EVENTS_VERSION,
      }),
      datelinePlace(ctx.doc, ctx.annotations.entities ?? []),
      ctx.annotations.entities ?? [],
    ),
};

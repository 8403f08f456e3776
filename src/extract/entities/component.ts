import type { Component } from '../../pipeline/component.js';
import { ENTITIES_COMPONENT, extractEntities } from './extract-entities.js';

/** Entities: mentions → entities (aliases, role descriptions, pronouns) → CAMEO actors. */
export const entitiesComponent: Component<'entities'> = {
  name: ENTITIES_COMPONENT.name,
  version: ENTITIES_COMPONENT.version,
  requires: [],
  assigns: 'entities',
  predict: (ctx) => extractEntities(ctx.doc, ctx.resources.entities, ctx.article.published),
};

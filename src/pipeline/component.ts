import type { Article } from '../model/article.js';
import type { AnalysisIssue } from '../model/analysis.js';
import type { Entity } from '../model/entity.js';
import type { CodedEvent } from '../model/event.js';
import type { Quote } from '../model/quote.js';
import type { Tone } from '../model/tone.js';
import type { Doc } from '../nlp/doc.js';
import type { Resources } from '../resources/resources.js';

/** The annotation layers components assign, by name. */
export interface Annotations {
  entities?: Entity[];
  quotes?: Quote[];
  events?: CodedEvent[];
  tone?: Tone;
}
export type Layer = keyof Annotations;

/** What a component sees: the article, its Doc, the frozen resources and the layers assigned so far. */
export interface Context {
  readonly article: Article;
  readonly doc: Doc;
  readonly resources: Resources;
  readonly annotations: Annotations;
  /** Non-fatal findings (retext-style messages) about this article. */
  readonly issues: AnalysisIssue[];
}

/**
 * A pipeline component (spaCy-style): declares the layers it `requires` and the one it `assigns`;
 * `predict` computes without side effects, the pipeline writes the result into `annotations`.
 */
export interface Component<L extends Layer = Layer> {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly Layer[];
  readonly assigns: L;
  predict(ctx: Context): NonNullable<Annotations[L]>;
}

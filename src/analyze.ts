import type { Analysis } from './model/analysis.js';
import type { Article } from './model/article.js';
import { createNlp, type Nlp } from './nlp/nlp.js';
import { createPipeline, type BatchResult, type Pipeline } from './pipeline/pipeline.js';
import { entitiesComponent } from './extract/entities/component.js';
import { quotesComponent } from './extract/quotes/component.js';
import { eventsComponent } from './extract/events/component.js';
import { toneComponent } from './extract/tone/component.js';
import { loadResources, type ResourceOptions } from './resources/load.js';
import type { Resources } from './resources/resources.js';
import { articleFromText } from './ingest/article-id.js';
import { checkArticle, checkPublished, checkTextNotBlank } from './ingest/article-input.js';
import { isEnglishTag } from './ingest/identify-language.js';
import { EMPTY_TONE } from './model/tone.js';

/** The issue code of an article not analysed because its text is not English. */
export const NOT_ENGLISH_ISSUE = 'W_NOT_ENGLISH';

/**
 * Whether an analysis is that of an article left unanalysed because its text is not English (it carries the
 * {@link NOT_ENGLISH_ISSUE} issue): `ingest`, `watch` and `worker` count these in their summaries.
 * @param analysis an analysis from {@link Analyzer.analyze}
 * @returns true for an article stored without entities, quotes, events or tone for its language
 */
export function isNotEnglish(analysis: Analysis): boolean {
  return analysis.issues.some((i) => i.code === NOT_ENGLISH_ISSUE);
}

/**
 * The analysis of an article in another language: the article (with its `lang`), no entities, quotes or events and
 * no tone — the models, lexicons and rules are English ones, and on Zulu or Hindi text they find nonsense (every
 * capitalised Zulu word a PERSON) — and one issue saying why.
 */
function notEnglish(article: Article): Analysis {
  return {
    article,
    entities: [],
    quotes: [],
    events: [],
    tone: { ...EMPTY_TONE },
    issues: [{ code: NOT_ENGLISH_ISSUE, message: `the text is in language "${article.lang}", not English: analysed without entities, quotes, events or tone (the models and rules are English ones)`, source: 'analyze' }],
  };
}

/** Options for {@link createAnalyzer}. */
export interface AnalyzerOptions extends ResourceOptions {
  /** Pre-loaded resources (skip loading). */
  resources?: Resources;
  /** Pre-loaded wink-nlp (skip loading). */
  nlp?: Nlp;
}

/** A ready analyzer: resources and models loaded once, `analyze` called per article (or `analyzeBatch` per batch). */
export interface Analyzer {
  readonly resources: Resources;
  readonly pipeline: Pipeline;
  /**
   * Analyses one article.
   * @throws DetenteError `E_INPUT` when `article` is not an Article, `E_INPUT_EMPTY` when its text is empty or only
   *   white space (ingest/article-input.ts); an error of a stage
   */
  analyze(article: Article): Analysis;
  /**
   * Analyses several articles stage by stage ({@link Pipeline.runBatch}): the analyses `analyze` gives, for less CPU
   * (0.75–0.82 of it on news in batches of 50: `BATCH_ARTICLES`, pipeline.ts).
   * @returns one result per article, in order: its analysis, or the error that stopped it (the others still run;
   *   an entry that `analyze` refuses — no Article, an empty text — gets the DetenteError `analyze` throws)
   * @param onArticle called with an article's index in `articles` before each step of its analysis
   *   ({@link Pipeline.runBatch}; not for an article refused or not English, which takes no step)
   */
  analyzeBatch(articles: readonly Article[], onArticle?: (index: number) => void): BatchResult[];
}

/**
 * Loads the NLP model and resources once and builds the default pipeline
 * (entities → quotes → events → tone). An article whose `lang` names another language than English (set by the
 * readers' language identification, ingest/with-language.ts, or given) is not run through it (see notEnglish).
 * @throws DetenteError when a resource file is missing or invalid
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const resources = options.resources ?? loadResources(options);
  const nlp = options.nlp ?? createNlp();
  const pipeline = createPipeline({
    nlp,
    resources,
    components: [entitiesComponent, quotesComponent, eventsComponent, toneComponent],
  });
  return {
    resources,
    pipeline,
    analyze(article) {
      checkArticle(article, 'analyze');
      return isEnglishTag(article.lang) ? pipeline.run(article) : notEnglish(article);
    },
    analyzeBatch(articles, onArticle) {
      // a value that is no article is that entry's error; the English articles go through the pipeline together,
      // each other one in its place without analysis
      const checked = articles.map((a): Error | null => {
        try {
          checkArticle(a, 'analyzeBatch');
          return null;
        } catch (err) {
          return err as Error;
        }
      });
      // the pipeline's indices are those of the English articles: `onArticle` is given the caller's
      const at = articles.flatMap((a, i) => (!checked[i] && isEnglishTag(a.lang) ? [i] : []));
      const english = pipeline.runBatch(
        at.map((i) => articles[i]),
        onArticle && ((k) => onArticle(at[k])),
      );
      let k = 0;
      return articles.map((a, i): BatchResult => {
        const error = checked[i];
        if (error) return { ok: false, error };
        return isEnglishTag(a.lang) ? english[k++] : { ok: true, analysis: notEnglish(a) };
      });
    },
  };
}

/**
 * Analyses one article with a default analyzer (convenience: builds the analyzer on each call, so
 * prefer {@link createAnalyzer} for batches).
 * @param input an {@link Article}, or raw text (first line = title and the rest the body, unless `meta.title` is
 *   given; one line of text is the body and its own title — see {@link articleFromText})
 * @param meta for raw text: optional `title`, `published` (YYYY-MM-DD), `url`
 * @returns the article's {@link Analysis}
 * @throws DetenteError `E_INPUT` when `input` is neither text nor an Article, or `meta.published` is not a date;
 *   `E_INPUT_EMPTY` when the text is empty or only white space (`analyze('')`, an article with `text: ''`), as the CLI
 *   fails an empty input file (E_INGEST_EMPTY) rather than give an analysis with nothing in it
 */
export function analyze(
  input: Article | string,
  meta: { title?: string; published?: string | null; url?: string } = {},
): Analysis {
  if (typeof input === 'string') {
    // named here, not by articleFromText: the caller called analyze, and white space normalises to ''
    checkPublished(meta.published, 'analyze');
    checkTextNotBlank(input, 'analyze');
  }
  const article = typeof input === 'string' ? articleFromText(input, meta) : input;
  checkArticle(article, 'analyze', 'the article text (a string) or an Article'); // before the models load
  return createAnalyzer().analyze(article);
}

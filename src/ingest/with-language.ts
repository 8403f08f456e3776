import { identifyLanguage } from './identify-language.js';
import type { ReadResult } from './read-result.js';

/**
 * Sets an article's `lang` to the language its text is in when that is not English ({@link identifyLanguage}: the
 * writing system, trigrams, or the declared language), or to `en` when a declared other language is plainly wrong;
 * otherwise the article is left as it is (so an English article reads exactly as before). The analyzer then keeps
 * English extraction off it (analyze.ts).
 * @param result a read result; failures pass through
 * @returns the result, its article with `lang` set where found
 */
export async function withLanguage(result: ReadResult): Promise<ReadResult> {
  if (!result.ok) return result;
  const { article } = result;
  const id = await identifyLanguage(article.text, article.lang);
  if (id.lang === null || id.lang === article.lang || (id.english && id.lang !== 'en')) return result;
  return { ...result, article: { ...article, lang: id.lang } };
}

/** The article fields a locator is chosen from (a StoredEvent has them). */
export interface LocatableArticle {
  /** the article's URL, when it has one */
  articleUrl?: string | null;
  /** where it was read from: an absolute file path (`/news/a.txt`, `/news/wire.jsonl:3`), a URL, or stdin (`-`, `-:3`) */
  articleOrigin?: string | null;
  /** the stored article's id */
  articleId: string;
}

/**
 * Where to find an article, for the GDELT columns SOURCEURL (Events) and MentionIdentifier (Mentions): its URL, else
 * the file it was read from, else its id, which `detente article ID` opens. An article read from stdin has no file to
 * point at: its origin (`-`, or `-:3` for the third line of JSON Lines on stdin) names no place outside the run that
 * read it, so its id stands there as for an article with no origin.
 * @param a the article's URL, origin and id
 * @returns the URL, file path or id (never empty)
 */
export function articleLocator(a: LocatableArticle): string {
  if (a.articleUrl) return a.articleUrl;
  const origin = a.articleOrigin;
  if (origin && origin !== '-' && !origin.startsWith('-:')) return origin;
  return a.articleId;
}

import { articleId } from '../ingest/article-id.js';
import type { Article } from '../model/article.js';

/**
 * The article `watch --follow` stores for a feed item whose page it read: the page's text, title and byline under
 * the item's URL (the feed's link), and the item's date when the page states none. The URL is the item's even when
 * the page names another canonical URL: a watch knows an item only by the feed's link before fetching its page, and
 * the store recognises a stored article by its URL (Store.findDuplicate), so every copy of an item — the page read on
 * the first fetch or on a later try, the summary stored when the fetch failed (replaced by the page later: the store
 * puts a much fuller copy from the same URL in its place) — is one URL, and a later round or a later watch neither
 * fetches the page again nor stores the summary beside it. Another input giving the page under its canonical URL is
 * still linked to it as a copy, by its text (same text or SimHash near-duplicate). The page also takes the item's
 * guid (`externalId`) and the feed as its `source`, so that the item fetched again under a changed link is known by
 * its guid (store/external-id.ts).
 * @param item the feed item (its `url` is the feed's link)
 * @param page the article read from the item's page
 * @returns the page article, with `url` and `id` (a hash of text and URL, article-id.ts) those of the item's URL, and
 *   the item's `externalId` and `source` when it has a guid
 */
export function pageOfItem(item: Article, page: Article): Article {
  const url = item.url ?? page.url;
  const guid = item.externalId ? { externalId: item.externalId, source: item.source ?? page.source } : {};
  return { ...page, ...guid, url, id: url === page.url ? page.id : articleId(page.text, url ?? undefined), published: page.published ?? item.published };
}

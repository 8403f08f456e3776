import { Option } from 'commander';

/**
 * The `--allow-private-urls` option of the commands that fetch (analyze, ingest, enqueue, watch): without it, a URL on
 * a host the command line does not name (a feed item's page with `watch --follow`, a redirect) is refused with
 * E_FETCH_PRIVATE_ADDRESS when it is or resolves to an address that is not public (loopback, private networks, link-local
 * with cloud metadata at 169.254.169.254…), checked when the connection is made (src/ingest/fetcher.ts, docs/fetching.md).
 * @returns the commander option (a flag; `allowPrivateUrls` in the parsed options)
 */
export function allowPrivateUrlsOption(): Option {
  return new Option(
    '--allow-private-urls',
    'also fetch URLs found in fetched content (feed item pages, redirects) that resolve to loopback, private-network or link-local addresses; without it only the hosts named on the command line are fetched at such addresses',
  );
}

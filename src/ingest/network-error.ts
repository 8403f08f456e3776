/**
 * Why a request did not reach its server, in words for the failure message, from the error fetch (undici) throws:
 * a port fetch refuses, a refused or reset connection, a host DNS does not know, or the cause's own message.
 * @param url the URL requested
 * @param error what fetch threw (`TypeError: fetch failed` with a `cause`)
 * @returns e.g. `port 1 is one fetch refuses to connect to (a "bad port" of the Fetch standard, kept for other
 *   protocols such as FTP, SSH or SMTP); serve it on another port`
 */
export function networkReason(url: URL, error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const message = cause?.message ?? (error as Error | null)?.message ?? String(error);
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  // Fetch standard §2.9 "port blocking": undici throws 'bad port' for these without trying to connect
  if (message === 'bad port') {
    return `port ${port} is one fetch refuses to connect to (a "bad port" of the Fetch standard, kept for other protocols such as FTP, SSH or SMTP); serve it on another port`;
  }
  if (cause?.code === 'ECONNREFUSED') return `connection refused: nothing listens on ${url.hostname} port ${port}`;
  if (cause?.code === 'ENOTFOUND') return `host ${url.hostname} not found (DNS)`;
  if (cause?.code === 'ECONNRESET') return `the connection to ${url.hostname} port ${port} was reset`;
  return message;
}

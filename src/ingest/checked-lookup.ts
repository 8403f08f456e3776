import { promises as dns } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { nonPublicAddress } from './non-public-address.js';

/** One DNS answer: an IP address and its family (4 or 6). */
export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to its addresses (all of them); rejects as dns.lookup does (ENOTFOUND…) when there is none. */
export type ResolveHost = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** The system resolver, as Node's own connections use it: dns.lookup (getaddrinfo: /etc/hosts, then DNS), all answers. */
export const resolveWithDns: ResolveHost = (hostname) => dns.lookup(hostname, { all: true });

/**
 * A connection refused because its host resolved to an address that is not public unicast (see nonPublicAddress):
 * the `cause` of the error fetch throws. Code `E_FETCH_PRIVATE_ADDRESS`, as the fetcher's IngestError for it.
 */
export class PrivateAddressError extends Error {
  readonly code = 'E_FETCH_PRIVATE_ADDRESS';
  /**
   * @param hostname the host name looked up
   * @param address the answer that is not public
   * @param kind what the address is, in words (nonPublicAddress)
   */
  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly kind: string,
  ) {
    super(`${hostname} resolves to ${address}, ${kind}`);
    this.name = 'PrivateAddressError';
  }
}

/**
 * A `lookup` for net.connect / tls.connect (an undici Agent's `connect.lookup`) that refuses, with a
 * {@link PrivateAddressError}, a host any of whose addresses is not public unicast. The check runs on the answer the
 * connection then uses, at connect time, so a host that resolved to a public address when it was first seen and
 * resolves to a private one now (DNS rebinding) is refused, and one checked address cannot be swapped for another
 * between the check and the connection. IP literals never reach a lookup (net.connect connects to them directly): the
 * fetcher checks those itself.
 * @param resolve the resolver (default {@link resolveWithDns}; tests inject their own answers)
 * @returns the lookup function; it answers one address (`options.all` false) or all (true), of `options.family` when
 *   that is 4 or 6
 */
export function checkedLookup(resolve: ResolveHost = resolveWithDns): LookupFunction {
  return (hostname, options, callback) => {
    const family = options.family === 4 || options.family === 'IPv4' ? 4 : options.family === 6 || options.family === 'IPv6' ? 6 : 0;
    resolve(hostname).then(
      (answers) => {
        const usable = family ? answers.filter((a) => a.family === family) : [...answers];
        if (!usable.length) {
          const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
          callback(err, '', 0);
          return;
        }
        for (const a of usable) {
          const kind = nonPublicAddress(a.address);
          if (kind) {
            callback(new PrivateAddressError(hostname, a.address, kind), '', 0);
            return;
          }
        }
        if (options.all) (callback as unknown as (e: null, all: ResolvedAddress[]) => void)(null, usable);
        else callback(null, usable[0].address, usable[0].family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}

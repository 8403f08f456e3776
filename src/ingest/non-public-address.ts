import ipaddr from 'ipaddr.js';

/** What a range of addresses that is not public unicast reaches, in words for a refusal message. */
const RANGE_WORDS: Readonly<Record<string, string>> = Object.freeze({
  loopback: 'a loopback address (this machine)',
  private: 'a private network address (RFC 1918)',
  uniqueLocal: 'a unique local address (a private IPv6 network, fc00::/7)',
  deprecatedSiteLocal: 'a site-local address (a private IPv6 network, fec0::/10)',
  linkLocal: 'a link-local address (the local network segment; cloud metadata services answer at 169.254.169.254)',
  carrierGradeNat: 'a carrier-grade NAT address (100.64.0.0/10, a provider-internal network)',
  unspecified: 'the unspecified address (0.0.0.0 or ::, which reaches this machine)',
  broadcast: 'the broadcast address',
  multicast: 'a multicast address',
  rfc6145: 'an IPv4-translated address (RFC 6145)',
  teredo: 'a Teredo tunnel address',
  rfc6052: 'a local-use NAT64 address (64:ff9b:1::/48, a private network)',
});

/**
 * Tells whether an IP address is public unicast, the only kind `detente` fetches from a URL the user did not name
 * (see fetcher.ts): everything in a special-purpose range of the IANA registries (RFC 6890: loopback, RFC 1918 private,
 * link-local with the cloud metadata address 169.254.169.254, carrier-grade NAT, unique local fc00::/7, multicast,
 * documentation, benchmarking, reserved…) is not. An IPv4-mapped IPv6 address (`::ffff:127.0.0.1`) is judged as the
 * IPv4 address it maps, and so is the IPv4 address inside a NAT64 (64:ff9b::/96, RFC 6052) or 6to4 (2002::/16,
 * RFC 3056) address, through which a public IPv4 site is reached on IPv6-only networks. Ranges from ipaddr.js.
 * @param address an IPv4 address in dotted-quad form or an IPv6 address (no brackets), as DNS or a URL's host gives it
 * @returns null for a public unicast address; else what the address is, in words ("a loopback address (this
 *   machine)", "a reserved address (reserved)"); an address that does not parse is "not an IP address"
 */
export function nonPublicAddress(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  const ip = ipaddr.process(address);
  const range = ip.range();
  const parts = ip.kind() === 'ipv6' ? (ip as ipaddr.IPv6).parts : [];
  // "::7f00:1", which a URL's "[::127.0.0.1]" becomes: an IPv4-compatible address (::/96, deprecated by RFC 4291
  // §2.5.5.1) that ipaddr.js calls unicast and some systems route to the IPv4 address inside (change review)
  if (range === 'unicast' && parts.length === 8 && parts.slice(0, 6).every((p) => p === 0)) return 'an IPv4-compatible address (::/96, deprecated: RFC 4291)';
  if (range === 'unicast') return null;
  // the well-known NAT64 prefix 64:ff9b::/96 carries the IPv4 address in its last 32 bits (the local-use prefix
  // 64:ff9b:1::/48 of RFC 8215 is a private network's: refused), 6to4 in the 32 bits after 2002:
  const wellKnownNat64 = range === 'rfc6052' && parts[2] === 0 && parts[3] === 0 && parts[4] === 0 && parts[5] === 0;
  if (wellKnownNat64 || range === '6to4') {
    const [hi, lo] = wellKnownNat64 ? [parts[6], parts[7]] : [parts[1], parts[2]];
    return nonPublicAddress(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  return RANGE_WORDS[range] ?? `a reserved address (${range})`;
}

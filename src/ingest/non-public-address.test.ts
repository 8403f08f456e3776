import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nonPublicAddress } from './non-public-address.js';

test('loopback, private-network, link-local, carrier-grade NAT and unspecified IPv4 addresses are not public', () => {
  assert.match(nonPublicAddress('127.0.0.1') ?? '', /loopback/);
  assert.match(nonPublicAddress('127.8.9.10') ?? '', /loopback/);
  for (const a of ['10.0.0.5', '172.16.4.4', '172.31.255.1', '192.168.1.20']) assert.match(nonPublicAddress(a) ?? '', /private network/, a);
  assert.match(nonPublicAddress('169.254.169.254') ?? '', /link-local.*metadata/);
  assert.match(nonPublicAddress('100.64.0.1') ?? '', /carrier-grade NAT/);
  assert.match(nonPublicAddress('0.0.0.0') ?? '', /unspecified/);
  assert.match(nonPublicAddress('224.0.0.1') ?? '', /multicast/);
  assert.match(nonPublicAddress('192.0.2.10') ?? '', /reserved/);
});

test('IPv6 loopback, unique local, link-local and IPv4-mapped private addresses are not public', () => {
  assert.match(nonPublicAddress('::1') ?? '', /loopback/);
  assert.match(nonPublicAddress('fd00::1') ?? '', /unique local/);
  assert.match(nonPublicAddress('fc12:3456::1') ?? '', /unique local/);
  assert.match(nonPublicAddress('fe80::1') ?? '', /link-local/);
  assert.match(nonPublicAddress('::ffff:127.0.0.1') ?? '', /loopback/);
  assert.match(nonPublicAddress('::ffff:a9fe:a9fe') ?? '', /link-local/, '169.254.169.254 mapped');
  assert.match(nonPublicAddress('::') ?? '', /unspecified/);
  // the private IPv4 address inside a NAT64 or 6to4 address
  assert.match(nonPublicAddress('64:ff9b::7f00:1') ?? '', /loopback/);
  assert.match(nonPublicAddress('2002:c0a8:101::1') ?? '', /private network/);
  assert.match(nonPublicAddress('64:ff9b:1::808:808') ?? '', /local-use NAT64/);
  // an IPv4-compatible address, as the URL parser writes [::127.0.0.1] (change review)
  assert.match(nonPublicAddress('::7f00:1') ?? '', /IPv4-compatible/);
  assert.match(nonPublicAddress('::a9fe:a9fe') ?? '', /IPv4-compatible/);
});

test('public unicast addresses, also reached through NAT64 or mapped into IPv6, are public', () => {
  for (const a of ['8.8.8.8', '93.184.216.34', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1']) {
    assert.equal(nonPublicAddress(a), null, a);
  }
});

test('a string that is no IP address is not public', () => {
  assert.equal(nonPublicAddress('localhost'), 'not an IP address');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_REDIS_URL, displayRedisUrl, isRedisUrl, redisUrlOrDefault } from './redis-url.js';

test('a Redis URL is shown without its password', () => {
  assert.equal(displayRedisUrl('redis://:s3cret@cache.internal:6380/2'), 'redis://cache.internal:6380/2');
  assert.equal(displayRedisUrl('rediss://worker:s3cret@cache.internal:6380'), 'rediss://worker@cache.internal:6380');
  assert.equal(displayRedisUrl('redis://127.0.0.1:6379'), 'redis://127.0.0.1:6379');
});

test('only redis:// and rediss:// URLs with a host are Redis URLs', () => {
  assert.equal(isRedisUrl('redis://127.0.0.1:6379'), true);
  assert.equal(isRedisUrl('rediss://cache.internal'), true);
  assert.equal(isRedisUrl('http://127.0.0.1:6379'), false);
  assert.equal(isRedisUrl('127.0.0.1:6379'), false);
  assert.equal(isRedisUrl('redis://'), false);
});

test('the URL given wins over DETENTE_REDIS_URL, which wins over the default', () => {
  assert.equal(redisUrlOrDefault('redis://a:1', { DETENTE_REDIS_URL: 'redis://b:2' }), 'redis://a:1');
  assert.equal(redisUrlOrDefault(undefined, { DETENTE_REDIS_URL: 'redis://b:2' }), 'redis://b:2');
  assert.equal(redisUrlOrDefault(undefined, {}), DEFAULT_REDIS_URL);
});

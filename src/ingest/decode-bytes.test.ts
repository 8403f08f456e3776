import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { binaryReason, decodeBytes } from './decode-bytes.js';
import { IngestError } from './errors.js';

test('valid UTF-8 decodes as UTF-8 and a BOM is removed', () => {
  const r = decodeBytes(Buffer.from('\uFEFFZürich talks', 'utf8'), 'a.txt');
  assert.equal(r.text, 'Zürich talks');
  assert.equal(r.encoding, 'utf-8');
  assert.equal(r.fallback, false);
});

test('clearly single-byte text falls back to windows-1252', () => {
  // "Café in São Paulo – “quoted”" in windows-1252
  const bytes = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x69, 0x6e, 0x20, 0x53, 0xe3, 0x6f, 0x20, 0x50, 0x61, 0x75, 0x6c, 0x6f, 0x20, 0x96, 0x20, 0x93, 0x71, 0x94]);
  const r = decodeBytes(bytes, 'latin.txt');
  assert.equal(r.text, 'Café in São Paulo – “q”');
  assert.equal(r.encoding, 'windows-1252');
  assert.equal(r.fallback, true);
});

test('UTF-8 mixed with invalid bytes is an encoding error naming the file', () => {
  const bytes = Buffer.concat([Buffer.from('Zürich ', 'utf8'), Buffer.from([0xff, 0xfe, 0x41])]);
  assert.throws(() => decodeBytes(bytes, 'mixed.txt'), (e: unknown) => e instanceof IngestError && e.code === 'E_INGEST_ENCODING' && /mixed\.txt/.test(e.message));
});

test('mostly high bytes are not taken for Latin-1', () => {
  const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => 0xa0 + (i % 90)));
  assert.throws(() => decodeBytes(bytes, 'noise.txt'), /not valid UTF-8/);
});

test('a declared charset is used when the bytes are not UTF-8', () => {
  const cyrillic = Buffer.from([0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0]); // "Москва" in windows-1251
  assert.equal(decodeBytes(cyrillic, 'feed.xml', 'windows-1251').text, 'Москва');
});

test('UTF-16 with a byte-order mark decodes', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Talks resume', 'utf16le')]);
  assert.equal(decodeBytes(bytes, 'u16.txt').text, 'Talks resume');
});

test('NUL bytes, control characters and binary signatures are binary; text is not', () => {
  assert.equal(binaryReason(Buffer.from([0x41, 0x00, 0x42])), 'NUL bytes');
  assert.match(binaryReason(Buffer.from([1, 2, 3, 4, 5, 6, 65, 66, 67, 68])) ?? '', /control characters/);
  assert.equal(binaryReason(Buffer.from('%PDF-1.7\n')), 'PDF signature');
  assert.equal(binaryReason(Buffer.from('Plain text\twith a tab\r\n')), null);
});

test('undeclared Cyrillic single-byte text is detected as windows-1251, not read as Latin-1', () => {
  const text = 'Правительство объявило в понедельник о новых мерах поддержки экономики. Министр финансов заявил, что бюджет будет пересмотрен.';
  const r = decodeBytes(iconv.encode(text, 'windows-1251'), 'ru.txt');
  assert.equal(r.text, text);
  assert.equal(r.encoding, 'windows-1251');
});

test('undeclared Latin-1 prose still decodes as windows-1252', () => {
  const text = 'Die Bundesregierung hat am Montag über die Maßnahmen für Flüchtlinge beraten. Größere Änderungen sind möglich.';
  assert.equal(decodeBytes(iconv.encode(text, 'latin1'), 'de.txt').text, text);
});

test('short French and Portuguese Latin-1 text is not mistaken for another Latin charset', () => {
  for (const text of ['Le ministre a déclaré à la presse que la réforme était prête.', 'O presidente disse à imprensa que a reforma está pronta.', 'Zürich à Genève']) {
    assert.equal(decodeBytes(iconv.encode(text, 'latin1'), 'x.txt').text, text);
  }
});

test('a UTF-16 byte-order mark followed by an odd number of bytes is an encoding error, not text', () => {
  assert.throws(() => decodeBytes(Buffer.from([0xff, 0xfe, 0x00, 0x62, 0x61]), 'broken.txt'), /E_INGEST_ENCODING|odd number of bytes/);
  assert.equal(decodeBytes(Buffer.from([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00]), 'ok.txt').text, 'hi');
});

test('UTF-16 without a byte-order mark (as Windows tools write it) is text, decoded from either byte order', () => {
  const text = 'The harbour board met on Friday and said the new quay would open in May.';
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  assert.equal(binaryReason(le), null);
  assert.equal(binaryReason(be), null);
  assert.deepEqual(decodeBytes(le, 'le.txt'), { text, encoding: 'utf-16le', fallback: false });
  assert.deepEqual(decodeBytes(be, 'be.txt'), { text, encoding: 'utf-16be', fallback: false });
  // cut after an odd byte: named as broken UTF-16, not decoded with a garbage last character
  assert.throws(() => decodeBytes(le.subarray(0, le.length - 1), 'cut.txt'), /cut\.txt looks like UTF-16LE .*odd number of bytes/);
});

test('binary data with scattered NUL bytes is not mistaken for BOM-less UTF-16', () => {
  // 16-bit integers: small values put NULs in the high bytes, but not beside printable characters throughout
  const ints = Buffer.alloc(64);
  for (let i = 0; i < 32; i++) ints.writeUInt16LE(i * 3, 2 * i);
  assert.equal(binaryReason(ints), 'NUL bytes');
  assert.equal(binaryReason(Buffer.from([0x41, 0x00, 0x42, 0x00, 0x00, 0x00, 0x43, 0x00, 0x44, 0x00, 0x45, 0x00, 0x46, 0x00, 0x47, 0x00, 0x48, 0x00])), 'NUL bytes');
});

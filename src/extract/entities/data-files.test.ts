import test from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { ENTITY_DATA_FILES } from './data-files.js';
import { loadEntityResources } from './resources.js';
import { validateDataFiles } from '../../resources/validate-data-files.js';
import { NO_VALIDATED_DATA } from '../../resources/validated-data.js';

test('every built-in entity data file matches its schema and can be trusted once the build validated it', () => {
  const result = validateDataFiles(Object.values(ENTITY_DATA_FILES));
  assert.deepEqual(result.untrusted, []);
  assert.deepEqual(Object.keys(result.files).sort(), Object.values(ENTITY_DATA_FILES).map((f) => f.file).sort());
});

test('entity resources loaded through the build record equal those validated file by file', () => {
  const result = validateDataFiles(Object.values(ENTITY_DATA_FILES));
  const record = { code: 'test', files: new Map(Object.entries(result.files)) };
  const options = { nerModel: false as const, clusters: false as const };
  const trusted = loadEntityResources({ ...options, validatedData: record });
  const checked = loadEntityResources({ ...options, validatedData: NO_VALIDATED_DATA });
  assert.ok(isDeepStrictEqual(trusted, checked));
});

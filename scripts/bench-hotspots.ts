/**
 * Hot spots from a V8 CPU profile (node:inspector `Profiler.stop` result): self time per function,
 * attributed to the pipeline stage whose code is outermost on the stack (nlp parse, entities, quotes, events,
 * tone, store), so library time (wink-nlp, chrono-node, better-sqlite3…) counts for the stage that called it.
 */
import { Session } from 'node:inspector';
import { existsSync, readFileSync } from 'node:fs';
import { findSourceMap, SourceMap } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The parts of a V8 CPU profile used here (see the Chrome DevTools protocol, Profiler.Profile). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** One hot function: its stage, name, file (repo-relative or package path), 1-based source line and self time. */
export interface HotSpot {
  stage: string;
  fn: string;
  file: string;
  line: number;
  selfMs: number;
}

/** Profile summary: total sampled ms per stage, and hot functions sorted by self time. */
export interface HotSpotReport {
  totalMs: number;
  stageMs: Record<string, number>;
  spots: HotSpot[];
}

/**
 * The stage a source file belongs to, or null when the file does not define a stage.
 * @param url a callFrame url (file:///…/src/extract/events/x.ts, file:///…/dist/extract/events/x.js, node:internal…)
 * @returns 'nlp' | 'entities' | 'quotes' | 'events' | 'tone' | 'store' | null
 */
export function stageOfUrl(url: string): string | null {
  const ex = /\/(?:src|dist)\/extract\/([a-z-]+)\//.exec(url);
  if (ex) return ex[1];
  if (/\/(?:src|dist)\/nlp\/nlp\.[jt]s$/.test(url)) return 'nlp';
  if (/\/(?:src|dist)\/store\//.test(url)) return 'store';
  return null;
}

/**
 * A short, readable file name: `src/…` for project files, `pkg/path` for packages, `node:…` for Node internals.
 * @param url a callFrame url
 */
export function shortFile(url: string): string {
  if (!url) return '(native)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) return url.slice(nm + '/node_modules/'.length);
  const src = url.indexOf('/src/');
  if (src >= 0) return url.slice(src + 1);
  // compiled code: dist/ mirrors src/ file for file (tsc), so name the TypeScript source its lines map to
  const dist = url.indexOf('/dist/');
  if (dist >= 0) return `src/${url.slice(dist + '/dist/'.length).replace(/\.js$/, '.ts')}`;
  const scripts = url.indexOf('/scripts/');
  if (scripts >= 0) return url.slice(scripts + 1);
  return url.replace(/^file:\/\//, '');
}

/**
 * The 1-based source line where a profiled function starts: mapped through the module's source map when the
 * process runs with --enable-source-maps (TypeScript run by tsx, or dist/ compiled by tsc with its .js.map), else the generated line.
 * @param url the callFrame url
 * @param line 0-based generated line
 * @param column 0-based generated column
 */
export function sourceLine(url: string, line: number, column: number): number {
  if (url.startsWith('file:') && !url.includes('/node_modules/')) {
    try {
      const entry = findSourceMap(url)?.findEntry(line, column) as { originalLine?: number } | undefined;
      if (entry && typeof entry.originalLine === 'number') return entry.originalLine + 1;
    } catch {
      // no source map: fall back to the generated line
    }
  }
  return line + 1;
}

/**
 * Aggregates a CPU profile into per-stage sampled time and hot functions. A node's stage is that of the outermost
 * stage-defining frame on its stack ({@link stageOfUrl}); frames outside any stage (the harness, GC, idle) are
 * reported under "other".
 * @param profile the V8 CPU profile
 * @returns total sampled ms, ms per stage, and hot functions (stage, function, file) sorted by self time, descending
 */
export function hotSpots(profile: CpuProfile): HotSpotReport {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const stageOf = new Map<number, string>();
  const root = profile.nodes[0];
  const stack: [number, string | null][] = [[root.id, null]];
  while (stack.length) {
    const [id, inherited] = stack.pop()!;
    const node = byId.get(id)!;
    const stage = inherited ?? stageOfUrl(node.callFrame.url);
    stageOf.set(id, stage ?? 'other');
    for (const c of node.children ?? []) stack.push([c, stage]);
  }
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const dt = i + 1 < deltas.length ? deltas[i + 1] : 0;
    selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + Math.max(0, dt));
  }
  const stageMs: Record<string, number> = {};
  const agg = new Map<string, HotSpot>();
  let totalMs = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const stage = stageOf.get(id) ?? 'other';
    const ms = us / 1000;
    totalMs += ms;
    stageMs[stage] = (stageMs[stage] ?? 0) + ms;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const fn = functionName || '(anonymous)';
    const file = shortFile(url);
    const line = url ? sourceLine(url, lineNumber, columnNumber) : 0;
    const key = `${stage}\u0000${fn}\u0000${file}\u0000${line}`;
    const spot = agg.get(key);
    if (spot) spot.selfMs += ms;
    else agg.set(key, { stage, fn, file, line, selfMs: ms });
  }
  const spots = [...agg.values()].sort((a, b) => b.selfMs - a.selfMs);
  return { totalMs, stageMs, spots };
}

/**
 * Runs `work` under the V8 sampling profiler of this process (node:inspector) and returns the profile.
 * @param work the code to profile (synchronous or async)
 * @param intervalUs sampling interval in microseconds (default 200)
 * @returns the CPU profile of the run
 */
export async function profileRun(work: () => unknown, intervalUs = 200): Promise<CpuProfile> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolvePost, reject) =>
      session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolvePost(res))),
    );
  try {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: intervalUs });
    await post('Profiler.start');
    await work();
    const { profile } = (await post('Profiler.stop')) as { profile: CpuProfile };
    return profile;
  } finally {
    session.disconnect();
  }
}

/**
 * The file a profiled function's code came from when it ran from a bundle: a file with a source map of several
 * sources next to it (`<file>.map`, as scripts/bundle-cli.mjs writes dist/cli-bundle/main.cjs.map) is looked up at the
 * function's position, giving the src/*.ts file or the package file the function was bundled from; any other URL
 * (a module tsc wrote, Node internals, native code) is returned as it is. Each map is read once per resolver.
 * @returns a resolver: (frame URL or path, 0-based line, 0-based column) → file URL of the source, or the URL given
 */
export function bundleSourceResolver(): (url: string, line: number, column: number) => string {
  const maps = new Map<string, { map: SourceMap; base: string } | null>();
  return (url, line, column) => {
    if (!url.startsWith('file:') && !url.startsWith('/')) return url;
    let found = maps.get(url);
    if (found === undefined) {
      found = null;
      try {
        const mapFile = `${url.startsWith('/') ? url : fileURLToPath(url)}.map`;
        if (existsSync(mapFile)) {
          const payload = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources?: unknown[] };
          if ((payload.sources?.length ?? 0) > 1) found = { map: new SourceMap(payload as ConstructorParameters<typeof SourceMap>[0]), base: pathToFileURL(mapFile).href };
        }
      } catch {
        found = null;
      }
      maps.set(url, found);
    }
    if (!found) return url;
    const entry = found.map.findEntry(line, column) as { originalSource?: string } | undefined;
    return entry?.originalSource ? new URL(entry.originalSource, found.base).href : url;
  };
}

/**
 * Where a process's sampled time went, by module: each sample counts for the outermost package on its stack
 * (so a package's own dependencies and its module compilation count for it; the CLI framework `commander`, which
 * calls every command, is skipped), else for the innermost project file, else for Node internals or native code
 * (garbage collector, idle). A function that ran from the command line's bundle counts for the file it was bundled
 * from ({@link bundleSourceResolver}: a src/*.ts file, or the bundled package). Used on `node --cpu-prof` start-up profiles.
 * @param profile a V8 CPU profile
 * @param skip package names never counted as "outermost" (default: commander)
 * @returns total sampled ms and [module, ms] pairs sorted by ms, descending
 */
export function costByModule(profile: CpuProfile, skip: readonly string[] = ['commander']): { totalMs: number; modules: [string, number][] } {
  const sourceOf = bundleSourceResolver();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const packageOf = (url: string): string | null => {
    const at = url.lastIndexOf('/node_modules/');
    if (at < 0) return null;
    const parts = url.slice(at + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  };
  const projectFile = (url: string): string | null => {
    const m = /\/(dist|src|bin|scripts)\/(.*)$/.exec(url);
    return m && !url.includes('/node_modules/') ? `${m[1]}/${m[2]}` : null;
  };
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + Math.max(0, deltas[i + 1] ?? 0));
  const agg = new Map<string, number>();
  let totalMs = 0;
  for (const [id, us] of selfUs) {
    let outer: string | null = null;
    let inner: string | null = null;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)!.callFrame;
      const url = sourceOf(frame.url, frame.lineNumber, frame.columnNumber);
      const pkg = packageOf(url);
      if (pkg && !skip.includes(pkg)) outer = pkg;
      else if (!pkg && !inner) inner = projectFile(url);
    }
    const own = byId.get(id)!.callFrame;
    const key = outer ?? inner ?? (own.url.startsWith('node:') ? 'Node internals (module loading, I/O)' : `${own.functionName || '(native)'}`);
    const ms = us / 1000;
    totalMs += ms;
    agg.set(key, (agg.get(key) ?? 0) + ms);
  }
  return { totalMs, modules: [...agg].sort((a, b) => b[1] - a[1]) };
}

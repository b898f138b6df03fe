// Storefront benchmark: product list, category page, product detail and search on a 10,000-listing
// store, a 1,000-listing one and 50 stores of 200 (a store picked per request), at 50
// connections, on the API (cache cold and warm) and on a raw node:http + pg baseline, same run.
// Prints req/s and p99 for each server, then each server's and PostgreSQL's CPU per request.
//   npm run bench -- storefront   (or node --import tsx bench/storefront/storefront.ts; ~15 minutes)
// Env: BENCH_DURATION (seconds of each measured load, default 4), BENCH_ROUNDS (default 3: each
// ceiling and the API side it is compared with are measured back to back this many times, and each
// ratio is the median of the rounds' ratios), BENCH_CONNECTIONS (default 50), BENCH_WARMUP (seconds
// of the same load before a server's first measured load of a scenario, default 2; 1 before later rounds),
// API_WORKERS (API processes, default 1), BENCH_ONLY (run the scenarios whose name contains it),
// BENCH_NODE_ARGS (node flags for the API process, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"),
// BENCH_KEEP_DB=1 (keep the seeded database afterwards, to EXPLAIN its statements; prints its URL),
// BENCH_PARTS (the servers to measure, of raw,tx,reply,uncached,cached,express; default all: the
// others print 0, for a quicker look at one side). `reply`: the raw server building the API's whole
// reply to a list or category page in one SQL statement, in a tenant transaction (checked to equal
// the API's reply first): what a reply built in SQL could reach.
import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { createTestDatabase } from '../../apps/api/test/database.ts';
import { apiEnv, start } from '../checkout/harness.mts';
import { countCpu } from '../cpu.mts';
import { median, percentile } from '../stats.mts';
import { ADJ, type BenchStore, loadBenchData, NOUN } from './load.mts';

const here = path.dirname(fileURLToPath(import.meta.url));
const DURATION = Number(process.env.BENCH_DURATION ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const PARTS = new Set((process.env.BENCH_PARTS ?? 'raw,tx,reply,uncached,cached,express').split(','));

const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)] as T;
const CATEGORIES = ['kettles', 'pans', 'mugs', 'jackets'];

/**
 * `all` lists every API path the scenario can ask for, to fill the cache before the warm run.
 * `reply` (lists and categories): the raw server's path that builds the API's whole reply in SQL,
 * and `same`, one API path and the reply path that must answer it identically.
 */
type Scenario = {
  name: string;
  api: () => string;
  raw: () => string;
  all: string[];
  reply?: () => string;
  same?: [string, string];
};
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
/** A product's slug and search words, from its number in its store (`load.mts` names it so). */
const slugOf = (g: number) => `${ADJ[g % 20]}-${NOUN[Math.floor(g / 20) % 25]}-${g}`;
const wordsOf = (g: number) => `${ADJ[g % 20]} ${NOUN[Math.floor(g / 20) % 25]}`;

/**
 * One data set the four reads run on: the stores a request picks from (one, or any of the 50), the
 * product numbers of its 200 hot product pages, and its 8 two-word searches (each matches some of
 * the store's products, so the full text answers and the typo fallback never runs).
 */
type DataSet = { label: string; stores: BenchStore[]; listings: number; hot: number[]; searches: string[] };

function scenarios(sets: DataSet[]): Scenario[] {
  const sf = (d: string) => `/api/storefront/${d}`;
  const offset = (pages: number) => 20 * Math.floor(Math.random() * pages);
  return sets.flatMap(({ label, stores, listings, hot, searches }) => {
    const every = <T>(f: (domain: string) => T[]) => stores.flatMap((st) => f(st.domain));
    // Pages of 20: a random one of the first 50 of the list (all 10 of a 200-listing store), of
    // the first 10 of a category (a tenth of the store: 5 pages of a 1k store, 1 of a small one).
    const pages = Math.min(50, listings / 20);
    const categoryPages = Math.min(10, listings / 200);
    const first = (stores[0] as BenchStore).domain;
    return [
      {
        name: `product list (${label})`,
        api: () => `${sf(pick(stores).domain)}/products?offset=${offset(pages)}`,
        raw: () => `/list/${pick(stores).domain}?offset=${offset(pages)}`,
        all: every((d) => range(pages).map((k) => `${sf(d)}/products?offset=${20 * k}`)),
        reply: () => `/tx/reply-list/${pick(stores).domain}?offset=${offset(pages)}`,
        same: [`${sf(first)}/products?offset=20`, `/tx/reply-list/${first}?offset=20`],
      },
      {
        name: `category page (${label})`,
        api: () =>
          `${sf(pick(stores).domain)}/products?category=${pick(CATEGORIES)}&offset=${offset(categoryPages)}`,
        raw: () => `/category/${pick(stores).domain}/${pick(CATEGORIES)}?offset=${offset(categoryPages)}`,
        reply: () =>
          `/tx/reply-category/${pick(stores).domain}/${pick(CATEGORIES)}?offset=${offset(categoryPages)}`,
        same: [`${sf(first)}/products?category=mugs`, `/tx/reply-category/${first}/mugs`],
        all: every((d) =>
          CATEGORIES.flatMap((c) =>
            range(categoryPages).map((k) => `${sf(d)}/products?category=${c}&offset=${20 * k}`),
          ),
        ),
      },
      {
        name: `product detail (${label})`,
        api: () => `${sf(pick(stores).domain)}/products/${slugOf(pick(hot))}`,
        raw: () => `/detail/${pick(stores).domain}/${slugOf(pick(hot))}`,
        all: every((d) => hot.map((g) => `${sf(d)}/products/${slugOf(g)}`)),
      },
      {
        name: `search (${label})`,
        api: () => `${sf(pick(stores).domain)}/products?q=${encodeURIComponent(pick(searches))}`,
        raw: () => `/search/${pick(stores).domain}?q=${encodeURIComponent(pick(searches))}`,
        all: every((d) => searches.map((w) => `${sf(d)}/products?q=${encodeURIComponent(w)}`)),
      },
    ];
  });
}

/** The three data sets of the issue: a 10,000-listing store, a 1,000-listing one, 50 stores of 200. */
function dataSets(big: BenchStore, mid: BenchStore, small: BenchStore[]): DataSet[] {
  // The searches of the bigger stores, as measured since 2026-12-04; a 200-listing store has 11 of
  // the 25 nouns, so its searches are made from products it has.
  const searches = [
    'copper kettle',
    'linen towel',
    'alpine jacket',
    'oak board',
    'steel pan',
    'merino sock',
    'walnut tray',
    'glass vase',
  ];
  return [
    { label: '10k store', stores: [big], listings: 10_000, hot: range(200).map((k) => 1 + k * 37), searches },
    { label: '1k store', stores: [mid], listings: 1_000, hot: range(200).map((k) => 1 + k * 5), searches },
    {
      label: '50 stores x 200',
      stores: small,
      listings: 200,
      hot: range(200).map((k) => 1 + k),
      searches: [7, 23, 64, 101, 133, 161, 177, 199].map(wordsOf),
    },
  ];
}

type Measured = {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  serverCpuMs: number;
  postgresCpuMs: number;
};
const NOT_MEASURED: Measured = { rps: 0, p50: 0, p99: 0, errors: 0, serverCpuMs: 0, postgresCpuMs: 0 };

/**
 * A load at CONNECTIONS for DURATION, with the server's and PostgreSQL's CPU per request (ms),
 * after `warmup` seconds of the same load: every pooled connection has then prepared the scenario's
 * statements and PostgreSQL has planned them, as in a server that has been up for a while.
 */
async function measure(
  part: string,
  base: string,
  path: () => string,
  pid: number,
  warmup = WARMUP,
): Promise<Measured> {
  if (!PARTS.has(part)) return NOT_MEASURED;
  const run = (duration: number) =>
    autocannon({
      url: base,
      connections: CONNECTIONS,
      duration,
      requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: path() }) }],
    });
  if (warmup > 0) await run(warmup);
  const cpu = countCpu(pid);
  const result = await run(DURATION);
  const used = cpu();
  const perRequest = (s: number) => Number(((1000 * s) / Math.max(1, result.requests.total)).toFixed(3));
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    serverCpuMs: perRequest(used.server),
    postgresCpuMs: perRequest(used.postgres),
  };
}

/** The rounds' middle value (of an even count, the upper of the two), lowest and highest. */
type Spread = { median: number; low: number; high: number };
function spread(values: number[]): Spread {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return { median: Number.NaN, low: Number.NaN, high: Number.NaN };
  return { median: percentile(sorted, 50), low: sorted[0] as number, high: sorted.at(-1) as number };
}
/** Each figure's median over the rounds. */
const medianOf = (runs: Measured[]): Measured => {
  const of = (k: keyof Measured) => Number(median(runs.map((m) => m[k])).toFixed(3));
  return {
    rps: Math.round(of('rps')),
    p50: of('p50'),
    p99: of('p99'),
    errors: runs.reduce((n, m) => n + m.errors, 0),
    serverCpuMs: of('serverCpuMs'),
    postgresCpuMs: of('postgresCpuMs'),
  };
};

/** Requests every path the warm run can ask for, 10 at a time (entries live a minute at most). */
async function fillCache(apiUrl: string, paths: readonly string[]) {
  const queue = [...paths];
  await Promise.all(
    range(10).map(async () => {
      for (let p = queue.pop(); p; p = queue.pop()) await fetch(apiUrl + p).then((r) => r.arrayBuffer());
    }),
  );
}

/** Whether the raw server's reply built in SQL is the API's reply (same JSON) for `same`'s page. */
async function sameReply(apiUrl: string, rawUrl: string, [apiPath, replyPath]: [string, string]) {
  const [fromApi, fromSql] = await Promise.all([
    fetch(`${apiUrl}${apiPath}`).then((r) => r.json()),
    fetch(`${rawUrl}${replyPath}`).then((r) => r.json()),
  ]);
  if (isDeepStrictEqual(fromApi, fromSql)) return true;
  console.log(`the reply built in SQL differs from the API's for ${apiPath}: not measured`);
  return false;
}

const database = await createTestDatabase();
const API_PORT = Number(process.env.BENCH_API_PORT ?? 4791);
const startApi = (port: number, env: Record<string, string> = {}) =>
  start(
    'bench/storefront/api-server.mts',
    // Keys and channels of its own in Redis (`apiEnv`): a store's domain is the same in every run.
    apiEnv(database.url, {
      // A fixed port: the processes of API_WORKERS share it.
      PORT: String(port),
      API_WORKERS: process.env.API_WORKERS ?? '1',
      RUN_JOBS: '0',
      ...env,
    }),
    /API_URL=(\S+)/,
  );
const api = await startApi(API_PORT).catch(async (err) => {
  await database.drop();
  throw err;
});
const children: ChildProcess[] = [api.child];
try {
  console.log('loading data…');
  const t0 = Date.now();
  const { big, mid, small } = await loadBenchData(api.url, database.url);
  console.log(`loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  // The uncached side: an API that reads every page from the database and keeps it, as a miss
  // does (`STOREFRONT_CACHE=refresh`). A URL never seen would no longer miss: entries are keyed by
  // the read as the route parses it.
  const fresh = await startApi(API_PORT + 1, { STOREFRONT_CACHE: 'refresh' });
  children.push(fresh.child);
  const stores = Object.fromEntries(
    [big, mid, ...small].map((s) => [s.domain, { tenantId: s.tenantId, storeId: s.storeId }]),
  );
  const raw = await start(
    'bench/storefront/raw-server.mts',
    { DATABASE_URL: database.url, BENCH_STORES: JSON.stringify(stores) },
    /RAW_URL=(\S+)/,
  );
  children.push(raw.child);
  const fixed = await start('bench/storefront/fixed-server.mts', {}, /FIXED_URL=(\S+)/);
  children.push(fixed.child);

  /** One round of a scenario: each ceiling measured next to the API side it is compared with. */
  type Round = { raw: Measured; cold: Measured; warm: Measured; express: Measured };
  const rows: ({
    name: string;
    rawTx: Measured;
    reply: Measured;
    /** Each ratio's median over the rounds, with its lowest and highest. */
    ratios: { uncached: Spread; uncachedP99: Spread; cached: Spread };
    rounds: Round[];
  } & Round)[] = [];
  const rawPid = raw.child.pid as number;
  const apiPid = api.child.pid as number;
  const freshPid = fresh.child.pid as number;
  const fixedPid = fixed.child.pid as number;
  const only = process.env.BENCH_ONLY;
  for (const s of scenarios(dataSets(big, mid, small)).filter((x) => !only || x.name.includes(only))) {
    console.log(`→ ${s.name}`);
    // The same statement in a tenant transaction under RLS, as the API must run it.
    const rawTx = await measure('tx', raw.url, () => `/tx${s.raw()}`, rawPid);
    // The API's whole reply built by one statement, in a tenant transaction, where it answers alike.
    const replies = s.reply && s.same && (await sameReply(api.url, raw.url, s.same)) ? s.reply : null;
    const reply = await measure(replies ? 'reply' : 'none', raw.url, replies ?? s.raw, rawPid);
    // The uncached rounds, then the cached ones: a cached load right after an uncached one would
    // pay for the garbage the misses left (a first warm-up takes it).
    const warmupOf = (r: number) => (r === 0 ? WARMUP : 1);
    const uncached: Pick<Round, 'raw' | 'cold'>[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const rawRound = await measure('raw', raw.url, s.raw, rawPid, warmupOf(r));
      const cold = await measure('uncached', fresh.url, s.api, freshPid, warmupOf(r));
      uncached.push({ raw: rawRound, cold });
    }
    if (PARTS.has('cached')) await fillCache(api.url, s.all);
    // The cached ceiling: Express sending a body of this scenario's size, with no lookup.
    if (PARTS.has('express')) {
      const sample = await fetch(api.url + s.api()).then((res) => res.text());
      await fetch(`${fixed.url}/__body`, { method: 'PUT', body: sample });
    }
    const rounds: Round[] = [];
    for (const [r, before] of uncached.entries()) {
      const warm = await measure('cached', api.url, s.api, apiPid, warmupOf(r));
      const express = await measure('express', fixed.url, s.api, fixedPid, warmupOf(r));
      rounds.push({ ...before, warm, express });
    }
    const ratios = {
      uncached: spread(rounds.map((r) => r.cold.rps / r.raw.rps)),
      uncachedP99: spread(rounds.map((r) => r.cold.p99 / r.raw.p99)),
      cached: spread(rounds.map((r) => r.warm.rps / r.express.rps)),
    };
    const part = (k: keyof Round) => medianOf(rounds.map((r) => r[k]));
    const row = {
      name: s.name,
      rawTx,
      reply,
      raw: part('raw'),
      cold: part('cold'),
      warm: part('warm'),
      express: part('express'),
      ratios,
      rounds,
    };
    rows.push(row);
    console.log(JSON.stringify({ ...row, rounds: undefined }));
  }
  const ratio = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(2));
  const shown = (x: Spread) =>
    Number.isFinite(x.median) ? `${x.median.toFixed(2)} (${x.low.toFixed(2)}–${x.high.toFixed(2)})` : '–';
  const table = [
    `| scenario | raw req/s | raw p50 / p99 ms | raw in a tenant transaction req/s (× raw) | reply built in SQL req/s (× raw) | API uncached req/s | API uncached × raw (rounds' lowest–highest) | API uncached × raw in a transaction | p50 / p99 ms | p99 × raw | API cached req/s | p50 / p99 ms | Express fixed body req/s (p50 / p99 ms) | API cached × Express | errors |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.raw.rps} | ${r.raw.p50} / ${r.raw.p99} | ${r.rawTx.rps} (${ratio(r.rawTx.rps, r.raw.rps)}) | ${r.reply.rps} (${ratio(r.reply.rps, r.raw.rps)}) | ${r.cold.rps} | ${shown(r.ratios.uncached)} | ${ratio(r.cold.rps, r.rawTx.rps)} | ${r.cold.p50} / ${r.cold.p99} | ${shown(r.ratios.uncachedP99)} | ${r.warm.rps} | ${r.warm.p50} / ${r.warm.p99} | ${r.express.rps} (${r.express.p50} / ${r.express.p99}) | ${shown(r.ratios.cached)} | ${[r.rawTx, r.reply, ...r.rounds.flatMap((x) => [x.raw, x.cold, x.warm, x.express])].reduce((n, m) => n + m.errors, 0)} |`,
    ),
  ].join('\n');
  const cpu = (m: Measured) => `${m.serverCpuMs} / ${m.postgresCpuMs}`;
  // The ratio each side's CPU per request alone would give, were both bound by the same cores.
  const total = (m: Measured) => m.serverCpuMs + m.postgresCpuMs;
  const cpuTable = [
    '| CPU ms per request (server / PostgreSQL) | raw | raw in a tenant transaction | reply built in SQL | API uncached | API cached | Express fixed body | uncached, CPU × raw | cached, CPU × Express |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${cpu(r.raw)} | ${cpu(r.rawTx)} | ${cpu(r.reply)} | ${cpu(r.cold)} | ${cpu(r.warm)} | ${cpu(r.express)} | ${ratio(total(r.raw), total(r.cold))} | ${ratio(total(r.express), total(r.warm))} |`,
    ),
  ].join('\n');
  console.log(`\n${table}\n\n${cpuTable}\n`);
  writeFileSync(
    path.join(here, 'results.json'),
    JSON.stringify(
      {
        at: new Date().toISOString(),
        duration: DURATION,
        rounds: ROUNDS,
        warmup: WARMUP,
        connections: CONNECTIONS,
        rows,
      },
      null,
      2,
    ),
  );
} finally {
  for (const c of children) c.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1500));
  if (process.env.BENCH_KEEP_DB) console.log(`kept the database: ${database.url}`);
  else await database.drop().catch(() => {});
}

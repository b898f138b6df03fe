// Search typo benchmark: for every listing of both demo stores, its longest title word with one
// letter dropped, swapped with the next or doubled is searched for on the storefront API; a hit
// is the intended listing on the first page (20 results). The ceiling, measured in the same run,
// is the same search with the word spelled right.
//   npm run bench -- search   (or node --import tsx bench/search/typos.ts; ~1 minute)
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemo } from '../../apps/api/src/seed/demo.ts';
import { startTestServer } from '../../apps/api/test/server.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const server = await startTestServer({ redis: false });
const log = console.log;
console.log = () => {}; // the seed's progress lines
await seedDemo(server.platform, server.url);
console.log = log;

type Listing = { id: string; title: string };
const get = async <T>(p: string) => (await (await fetch(server.url + p)).json()) as T;

/** The longest word of a title (letters only), lower-cased. */
const longestWord = (title: string) =>
  (title.toLowerCase().match(/\p{L}+/gu) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');

/** One typo of each kind, at a position that depends on the word (not always the first letter). */
function typos(word: string): Record<'drop' | 'swap' | 'double', string> {
  const i = 1 + (word.length % Math.max(1, word.length - 2));
  return {
    drop: word.slice(0, i) + word.slice(i + 1),
    swap: word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2),
    double: word.slice(0, i + 1) + (word[i] ?? '') + word.slice(i + 1),
  };
}

const rows: { store: string; kind: string; queries: number; hits: number }[] = [];
const misses: string[] = [];
for (const handle of ['copperleaf', 'northwind']) {
  const sf = `/api/storefront/${handle}.${server.config.platformDomain}`;
  const { data } = await get<{ data: Listing[] }>(`${sf}/products?limit=100`);
  const tally: Record<string, { queries: number; hits: number }> = {};
  for (const listing of data) {
    const word = longestWord(listing.title);
    if (word.length < 3) continue;
    for (const [kind, query] of Object.entries({ exact: word, ...typos(word) })) {
      const page = await get<{ data: Listing[] }>(`${sf}/products?q=${encodeURIComponent(query)}`);
      const hit = page.data.some((l) => l.id === listing.id);
      tally[kind] ??= { queries: 0, hits: 0 };
      const t = tally[kind];
      t.queries++;
      if (hit) t.hits++;
      else if (kind !== 'exact') misses.push(`${handle}: "${query}" (${listing.title})`);
    }
  }
  for (const [kind, t] of Object.entries(tally)) rows.push({ store: handle, kind, ...t });
}
await server.close();

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);
const exact = (store: string) => rows.find((r) => r.store === store && r.kind === 'exact');
const table = [
  '| store | query | queries | intended product on page 1 | ceiling (exact word) | ratio to ceiling |',
  '|---|---|---:|---:|---:|---:|',
  ...rows.map((r) => {
    const c = exact(r.store);
    return `| ${r.store} | ${r.kind} | ${r.queries} | ${pct(r.hits, r.queries)} | ${pct(c?.hits ?? 0, c?.queries ?? 0)} | ${(r.hits / r.queries / ((c?.hits ?? 1) / (c?.queries ?? 1))).toFixed(2)} |`;
  }),
];
const typo = rows.filter((r) => r.kind !== 'exact');
const total = typo.reduce((s, r) => s + r.queries, 0);
const hits = typo.reduce((s, r) => s + r.hits, 0);
console.log(table.join('\n'));
console.log(`\nAll typo queries: ${hits}/${total} = ${pct(hits, total)} (goal ≥ 95 %)`);
if (misses.length > 0) console.log(`Misses:\n  ${misses.join('\n  ')}`);
writeFileSync(path.join(here, 'results.json'), `${JSON.stringify({ rows, hits, total, misses }, null, 2)}\n`);

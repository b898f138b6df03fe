import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';

/**
 * Spelling correction against the store's own vocabulary (the words of its visible titles): for
 * each query word, the title words at the smallest edit distance (accents folded; a prefix counts
 * as distance 0; the English stems are compared too, so "sandles" finds "sandal"), within 1 edit for words of up to 3 letters and 2 for longer ones (so a swapped
 * pair of letters, 2 plain edits, is found). Returns, per query word, its candidates; null when
 * some word has none. The vocabulary is read per call: it is the fallback path, taken only when
 * the plain full-text search found nothing.
 */
export async function correctWords(
  tx: TenantTx,
  storeId: string,
  words: string[],
): Promise<string[][] | null> {
  if (words.length === 0 || words.length > 8) return null;
  const { rows } = await sql<{ ord: number; word: string }>`
    with words as (
      select distinct w from product_listings, regexp_split_to_table(lower(title), '[^[:alnum:]]+') w
      where store_id = ${storeId} and is_visible and not product_missing and length(w) > 1
    ), vocab as (
      select w, unaccent(w) as plain, coalesce((ts_lexize('english_stem', unaccent(w)))[1], unaccent(w)) as stem
      from words
    ), q as (
      select ord::int, qw, coalesce((ts_lexize('english_stem', qw))[1], qw) as stem
      from (select ord, unaccent(lower(raw)) as qw from unnest(${words}::text[]) with ordinality as t(raw, ord)) x
    ), scored as (
      select q.ord, v.w,
        case when v.plain like q.qw || '%' then 0
             else least(levenshtein_less_equal(q.qw, v.plain, 2), levenshtein_less_equal(q.stem, v.stem, 2)) end as d,
        case when length(q.qw) <= 3 then 1 else 2 end as allowed
      from q cross join vocab v
    ), best as (
      select ord, w, d, min(d) over (partition by ord) as m from scored where d <= allowed
    )
    select ord, w as word from best where d = m order by ord, w`.execute(tx);
  const out: string[][] = words.map(() => []);
  for (const r of rows) out[r.ord - 1]?.push(r.word);
  return out.every((c) => c.length > 0) ? out : null;
}

/** A prefix tsquery of the corrected words: each word's candidates OR-ed, the words AND-ed. */
export const correctedTsquery = (candidates: string[][]) =>
  candidates.map((c) => `(${c.map((w) => `${w}:*`).join(' | ')})`).join(' & ');

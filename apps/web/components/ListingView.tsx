import Link from '@/components/Link';
import type { Category, ListingPage } from '@/lib/api/catalog';
import type { CategoryLayout } from '@/lib/theme';
import { ProductGrid } from './ProductCard';

export const SORTS = [
  ['', 'Featured'],
  ['newest', 'Newest'],
  ['price', 'Price: low to high'],
  ['-price', 'Price: high to low'],
  ['title', 'Name'],
  ['-rating', 'Top rated'],
] as const;

export const PAGE_SIZE = 12;

export type Filters = { q?: string; sort?: string; minPrice?: string; maxPrice?: string; page: number };

export function readFilters(sp: Record<string, string | string[] | undefined>): Filters {
  const one = (k: string) => {
    const v = sp[k];
    return (Array.isArray(v) ? v[0] : v)?.slice(0, 200) || undefined;
  };
  const price = (k: string) => {
    const v = one(k);
    return v && /^\d+(\.\d{1,2})?$/.test(v) ? v : undefined;
  };
  const sort = one('sort');
  return {
    q: one('q'),
    sort: SORTS.some(([k]) => k === sort) ? sort : undefined,
    minPrice: price('minPrice'),
    maxPrice: price('maxPrice'),
    page: Math.max(1, Math.min(500, Number.parseInt(one('page') ?? '1', 10) || 1)),
  };
}

function href(base: string, f: Filters, page: number): string {
  const p = new URLSearchParams();
  if (f.q) p.set('q', f.q);
  if (f.sort) p.set('sort', f.sort);
  if (f.minPrice) p.set('minPrice', f.minPrice);
  if (f.maxPrice) p.set('maxPrice', f.maxPrice);
  if (page > 1) p.set('page', String(page));
  const s = p.toString();
  return s ? `${base}?${s}` : base;
}

type Props = {
  base: string;
  filters: Filters;
  result: ListingPage;
  currency: string;
  layout: CategoryLayout;
  categories: Category[];
  activeCategory?: string;
};

/** Filters (price, category), sort and pagination as plain GET forms and links: no script needed. */
export function ListingView({ base, filters, result, currency, layout, categories, activeCategory }: Props) {
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const counts = new Map(result.facets?.categories.map((f) => [f.id, f.count]) ?? []);
  return (
    <div className={`listing listing-${layout}`}>
      <aside className="filters" aria-label="Filters">
        <form method="get" action={base}>
          {filters.q ? <input type="hidden" name="q" value={filters.q} /> : null}
          <fieldset>
            <legend>Price</legend>
            <label>
              Min <input name="minPrice" inputMode="decimal" defaultValue={filters.minPrice} size={6} />
            </label>
            <label>
              Max <input name="maxPrice" inputMode="decimal" defaultValue={filters.maxPrice} size={6} />
            </label>
          </fieldset>
          <label>
            Sort by{' '}
            <select name="sort" defaultValue={filters.sort ?? ''}>
              {SORTS.map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button button-small">
            Apply
          </button>
        </form>
        {categories.length > 0 ? (
          <nav aria-label="Collections" className="facet">
            <h2>Collections</h2>
            <ul>
              {categories.map((c) => {
                const n = counts.get(c.id);
                return (
                  <li key={c.id}>
                    <Link href={`/c/${c.slug}`} aria-current={c.slug === activeCategory ? 'page' : undefined}>
                      {c.name}
                      {n !== undefined ? <span className="muted"> ({n})</span> : null}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        ) : null}
      </aside>
      <div className="results">
        <p className="count" aria-live="polite">
          {result.total} {result.total === 1 ? 'product' : 'products'}
        </p>
        <ProductGrid items={result.items} currency={currency} layout={layout} eager={2} />
        {pages > 1 ? (
          <nav aria-label="Pagination" className="pagination">
            {filters.page > 1 ? (
              <Link href={href(base, filters, filters.page - 1)} rel="prev">
                Previous
              </Link>
            ) : null}
            <span>
              Page {filters.page} of {pages}
            </span>
            {filters.page < pages ? (
              <Link href={href(base, filters, filters.page + 1)} rel="next">
                Next
              </Link>
            ) : null}
          </nav>
        ) : null}
      </div>
    </div>
  );
}

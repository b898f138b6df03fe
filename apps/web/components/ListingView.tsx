import '@/app/(shop)/collections/browse.css';
import Link from '@/components/Link';
import type { Category, ListingPage } from '@/lib/api/catalog';
import type { CategoryLayout } from '@/lib/theme';
import { FilterPanel } from './FilterPanel';
import { activeFilters, type Filters, href, PAGE_SIZE, params, SORTS } from './listing-filters';
import { ProductGrid } from './ProductCard';

export type { Filters } from './listing-filters';
export { PAGE_SIZE, productQuery, readFilters, SORTS } from './listing-filters';

type Props = {
  base: string;
  filters: Filters;
  result: ListingPage;
  currency: string;
  layout: CategoryLayout;
  categories: Category[];
  activeCategory?: string;
};

/** The sort control: its own GET form carrying every filter, so sorting keeps them (page 1). */
function SortForm({ base, filters }: { base: string; filters: Filters }) {
  const kept = params({ ...filters, sort: undefined }, 1);
  return (
    <form
      key={new URLSearchParams(params(filters)).toString()}
      method="get"
      action={base}
      className="sort-form"
    >
      {kept.map(([k, v]) => (
        <input key={`${k}=${v}`} type="hidden" name={k} value={v} />
      ))}
      <label>
        Sort by{' '}
        <select name="sort" defaultValue={filters.sort ?? ''}>
          {SORTS.map(([k, text]) => (
            <option key={k} value={k}>
              {text}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button-small button-ghost">
        Sort
      </button>
    </form>
  );
}

function ActiveFilters({ items, clear }: { items: ReturnType<typeof activeFilters>; clear: string }) {
  if (items.length === 0) return null;
  return (
    <section className="active-filters" aria-labelledby="active-filters-h">
      <h2 id="active-filters-h">Active filters</h2>
      <ul>
        {items.map((a) => (
          <li key={a.key}>
            <Link href={a.href} className="filter-chip" aria-label={`Remove filter ${a.text}`}>
              {a.text} <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
        {items.length > 1 ? (
          <li>
            <Link href={clear} className="clear-filters">
              Clear all filters
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

function CategoryNav({
  categories,
  counts,
  active,
}: {
  categories: Category[];
  counts: Map<string, number>;
  active?: string;
}) {
  if (categories.length === 0) return null;
  return (
    <nav aria-label="Categories" className="facet">
      <h2>Categories</h2>
      <ul>
        {categories.map((c) => {
          const n = counts.get(c.id);
          return (
            <li key={c.id}>
              <Link href={`/c/${c.slug}`} aria-current={c.slug === active ? 'page' : undefined}>
                {c.name}
                {n !== undefined ? <span className="muted"> ({n})</span> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Filters (price, options, stock, rating, category), sort and pagination as GET forms and links. */
export function ListingView({ base, filters, result, currency, layout, categories, activeCategory }: Props) {
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const counts = new Map(result.facets?.categories.map((f) => [f.id, f.count]) ?? []);
  const active = activeFilters(base, filters, currency);
  const clear = href(base, {
    q: filters.q,
    sort: filters.sort,
    page: 1,
    options: [],
    attrs: [],
    inStock: false,
  });
  return (
    <div className={`listing listing-${layout}`}>
      <aside className="filters" aria-label="Filters">
        <FilterPanel base={base} filters={filters} facets={result.facets} activeCount={active.length} />
        <CategoryNav categories={categories} counts={counts} active={activeCategory} />
      </aside>
      <div className="results">
        <ActiveFilters items={active} clear={clear} />
        <div className="results-bar">
          <p className="count" aria-live="polite" data-testid="result-count">
            {result.total} {result.total === 1 ? 'product' : 'products'}
          </p>
          <SortForm base={base} filters={filters} />
        </div>
        <ProductGrid
          items={result.items}
          currency={currency}
          layout={layout}
          eager={2}
          empty={active.length > 0 ? 'No products match these filters.' : undefined}
        />
        {pages > 1 ? (
          <nav aria-label="Pagination" className="pagination">
            {filters.page > 1 ? (
              <Link href={href(base, filters, Math.min(filters.page - 1, pages))} rel="prev">
                Previous
              </Link>
            ) : null}
            <span aria-current="page">
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

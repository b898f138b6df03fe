import Link from '@/components/Link';
import { ProductGrid } from '@/components/ProductCard';
import { type Category, type Listing, listProducts } from '@/lib/api/catalog';
import type { Store } from '@/lib/api/store';

/**
 * A search that found nothing: the query stays in a search box to edit, products that match part
 * of it (each word alone) or else the popular ones, and the store's categories to browse.
 */
export async function NoResults({
  store,
  q,
  categories,
}: {
  store: Store;
  q: string;
  categories: Category[];
}) {
  const words = (q.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2).slice(0, 3);
  const partial =
    words.length > 1 ? await Promise.all(words.map((w) => listProducts(store, { q: w, limit: 4 }))) : [];
  const seen = new Set<string>();
  let close: Listing[] = partial.flatMap((p) => p.items).filter((l) => !seen.has(l.id) && seen.add(l.id));
  const popular = close.length === 0;
  if (popular) close = (await listProducts(store, { sort: 'featured', limit: 4 })).items;
  const top = categories.filter((c) => !c.parentId);
  return (
    <section className="no-results" aria-labelledby="no-results-title">
      <h2 id="no-results-title">Nothing matched your search</h2>
      <form action="/search" className="row no-results-search">
        <label htmlFor="search-again" className="sr-only">
          Search again
        </label>
        <input id="search-again" name="q" type="search" defaultValue={q} maxLength={200} />
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {top.length > 0 ? (
        <nav aria-label="Browse categories">
          <h3>Browse a category</h3>
          <ul className="chips">
            {top.map((c) => (
              <li key={c.id}>
                <Link href={`/c/${c.slug}`} className="category-chip">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {close.length > 0 ? (
        <>
          <h3>{popular ? 'Popular right now' : 'Close matches'}</h3>
          <ProductGrid items={close.slice(0, 8)} currency={store.currency} />
        </>
      ) : null}
    </section>
  );
}

import type { ProductQuery, ShopFacets } from '@ventory/sdk';
import { money } from '@/lib/format';

/** Listing filters as they travel in the URL of a GET form, and what the API makes of them. */

export const SORTS = [
  ['', 'Featured'],
  ['newest', 'Newest'],
  ['price', 'Price: low to high'],
  ['-price', 'Price: high to low'],
  ['title', 'Name'],
  ['-rating', 'Top rated'],
] as const;

export const PAGE_SIZE = 12;
export const RATINGS = [4, 3, 2] as const;

export type Filters = {
  q?: string;
  sort?: string;
  minPrice?: string;
  maxPrice?: string;
  page: number;
  /** `name:value` of variant options (`color:Red`); a listing must offer every one. */
  options: string[];
  /** `key:value` of listing attributes (`material:copper`), all must match. */
  attrs: string[];
  inStock: boolean;
  minRating?: number;
};

type Params = Record<string, string | string[] | undefined>;

const all = (sp: Params, k: string): string[] => {
  const v = sp[k];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};

/**
 * `name:value` pairs from repeated parameters (checkboxes) or comma lists (hand-written URLs),
 * deduplicated and capped so the joined list stays within the API's 500 characters.
 */
function pairs(values: string[]): string[] {
  const out: string[] = [];
  let length = 0;
  for (const raw of values.flatMap((v) => v.split(','))) {
    const i = raw.indexOf(':');
    const name = raw.slice(0, i).trim();
    const value = raw.slice(i + 1).trim();
    if (i < 1 || !name || !value || name.length > 60 || value.length > 200) continue;
    const pair = `${name}:${value}`;
    if (out.includes(pair) || length + pair.length + 1 > 500 || out.length >= 20) continue;
    out.push(pair);
    length += pair.length + 1;
  }
  return out;
}

export function readFilters(sp: Params): Filters {
  const one = (k: string) => all(sp, k)[0]?.slice(0, 200) || undefined;
  const price = (k: string) => {
    const v = one(k)?.trim();
    return v && /^\d{1,9}(\.\d{1,2})?$/.test(v) ? v : undefined;
  };
  const sort = one('sort');
  const rating = Number.parseInt(one('rating') ?? '', 10);
  return {
    q: one('q')?.trim() || undefined,
    sort: SORTS.some(([k]) => k === sort) ? sort : undefined,
    minPrice: price('minPrice'),
    maxPrice: price('maxPrice'),
    page: Math.max(1, Math.min(500, Number.parseInt(one('page') ?? '1', 10) || 1)),
    options: pairs(all(sp, 'option')),
    attrs: pairs(all(sp, 'attr')),
    inStock: one('instock') === '1',
    minRating: RATINGS.some((r) => r === rating) ? rating : undefined,
  };
}

/** The API query for one page of listings under these filters (facets included). */
export function productQuery(f: Filters): ProductQuery {
  return {
    q: f.q,
    sort: f.sort,
    minPrice: f.minPrice,
    maxPrice: f.maxPrice,
    option: f.options.length > 0 ? f.options.join(',') : undefined,
    attr: f.attrs.length > 0 ? f.attrs.join(',') : undefined,
    available: f.inStock ? 'true' : undefined,
    minRating: f.minRating,
    limit: PAGE_SIZE,
    offset: (f.page - 1) * PAGE_SIZE,
    facets: true,
  };
}

/** The URL parameters of a filter state (page 1 is left out), in a stable order. */
export function params(f: Filters, page = f.page): Array<[string, string]> {
  const p: Array<[string, string]> = [];
  if (f.q) p.push(['q', f.q]);
  if (f.sort) p.push(['sort', f.sort]);
  if (f.minPrice) p.push(['minPrice', f.minPrice]);
  if (f.maxPrice) p.push(['maxPrice', f.maxPrice]);
  for (const o of f.options) p.push(['option', o]);
  for (const a of f.attrs) p.push(['attr', a]);
  if (f.inStock) p.push(['instock', '1']);
  if (f.minRating) p.push(['rating', String(f.minRating)]);
  if (page > 1) p.push(['page', String(page)]);
  return p;
}

export function href(base: string, f: Filters, page = f.page): string {
  const s = new URLSearchParams(params(f, page)).toString();
  return s ? `${base}?${s}` : base;
}

export const split = (pair: string) => {
  const i = pair.indexOf(':');
  return { name: pair.slice(0, i), value: pair.slice(i + 1) };
};
export const label = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Each active filter with the link that drops it (back to page 1). */
export function activeFilters(base: string, f: Filters, currency: string) {
  const without = (patch: Partial<Filters>) => href(base, { ...f, ...patch, page: 1 });
  const out: Array<{ key: string; text: string; href: string }> = [];
  if (f.minPrice || f.maxPrice) {
    const text =
      f.minPrice && f.maxPrice
        ? `${money(f.minPrice, currency)} – ${money(f.maxPrice, currency)}`
        : f.minPrice
          ? `From ${money(f.minPrice, currency)}`
          : `Up to ${money(f.maxPrice, currency)}`;
    out.push({
      key: 'price',
      text: `Price: ${text}`,
      href: without({ minPrice: undefined, maxPrice: undefined }),
    });
  }
  for (const o of f.options) {
    const { name, value } = split(o);
    out.push({
      key: `o:${o}`,
      text: `${label(name)}: ${value}`,
      href: without({ options: f.options.filter((x) => x !== o) }),
    });
  }
  for (const a of f.attrs) {
    const { name, value } = split(a);
    out.push({
      key: `a:${a}`,
      text: `${label(name)}: ${value}`,
      href: without({ attrs: f.attrs.filter((x) => x !== a) }),
    });
  }
  if (f.inStock) out.push({ key: 'stock', text: 'In stock only', href: without({ inStock: false }) });
  if (f.minRating)
    out.push({
      key: 'rating',
      text: `Rated ${f.minRating} stars and up`,
      href: without({ minRating: undefined }),
    });
  return out;
}

const SIZES = ['XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL', 'XXXL'];
const byValue = (a: string, b: string) => {
  const [sa, sb] = [SIZES.indexOf(a.toUpperCase()), SIZES.indexOf(b.toUpperCase())];
  if (sa >= 0 && sb >= 0) return sa - sb;
  const [na, nb] = [Number(a), Number(b)];
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a.localeCompare(b);
};

export type OptionGroup = { name: string; values: Array<{ value: string; count: number; checked: boolean }> };

/**
 * Option facets grouped by option name. Counts are over the current results, so a value's count
 * is what checking it would leave; checked values stay listed even when nothing matches.
 */
export function optionGroups(facets: ShopFacets | undefined, f: Filters): OptionGroup[] {
  const groups = new Map<string, Map<string, number>>();
  const add = (name: string, value: string, count: number) => {
    if (!name || !value || value.includes(',')) return; // a comma cannot travel in `option=`
    const g = groups.get(name) ?? new Map<string, number>();
    g.set(value, count);
    groups.set(name, g);
  };
  for (const o of facets?.options ?? []) add(o.name, o.value, o.count);
  for (const o of f.options) {
    const { name, value } = split(o);
    if (!groups.get(name)?.has(value)) add(name, value, 0);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, values]) => ({
      name,
      values: [...values.entries()]
        .sort(([a], [b]) => byValue(a, b))
        .map(([value, count]) => ({ value, count, checked: f.options.includes(`${name}:${value}`) })),
    }));
}

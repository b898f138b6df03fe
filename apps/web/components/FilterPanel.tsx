import '@/app/(shop)/collections/browse.css';
import type { ShopFacets } from '@ventory/sdk';
import { type Filters, label, type OptionGroup, optionGroups, params, RATINGS } from './listing-filters';

type Props = { base: string; filters: Filters; facets?: ShopFacets; activeCount: number };

/** Keeps the current search and sort when the filters are applied (they have their own controls). */
function Kept({ filters }: { filters: Filters }) {
  return (
    <>
      {filters.q ? <input type="hidden" name="q" value={filters.q} /> : null}
      {filters.sort ? <input type="hidden" name="sort" value={filters.sort} /> : null}
      {filters.attrs.map((a) => (
        <input key={a} type="hidden" name="attr" value={a} />
      ))}
    </>
  );
}

/** One checkbox group per option (Color, Size…), each value with its result count. */
function OptionFacets({ groups }: { groups: OptionGroup[] }) {
  return (
    <>
      {groups.map((g) => (
        <fieldset key={g.name} className="facet-group">
          <legend>{label(g.name)}</legend>
          {g.values.map((v) => (
            <label key={v.value} className="check">
              <input
                type="checkbox"
                name="option"
                value={`${g.name}:${v.value}`}
                defaultChecked={v.checked}
              />{' '}
              {v.value} <span className="muted">({v.count})</span>
            </label>
          ))}
        </fieldset>
      ))}
    </>
  );
}

/**
 * The filter form: a plain GET form (works without script), inside a disclosure that is closed on
 * small screens and always shown on wide ones (browse.css), so results come first on a phone.
 */
export function FilterPanel({ base, filters, facets, activeCount }: Props) {
  const groups = optionGroups(facets, filters);
  return (
    <details className="filter-panel">
      <summary>
        Filters{activeCount > 0 ? <span className="filter-count"> ({activeCount} active)</span> : null}
      </summary>
      {/* Keyed by the filters: after a client-side navigation (a removed filter) the controls
          start again from the URL instead of keeping what the browser had ticked. */}
      <form
        key={new URLSearchParams(params(filters)).toString()}
        method="get"
        action={base}
        className="filter-form"
      >
        <Kept filters={filters} />
        <fieldset className="price-range">
          <legend>Price</legend>
          <label>
            Min{' '}
            <input
              name="minPrice"
              inputMode="decimal"
              defaultValue={filters.minPrice}
              size={6}
              maxLength={12}
              pattern="[0-9]+([.][0-9]{1,2})?"
            />
          </label>
          <label>
            Max{' '}
            <input
              name="maxPrice"
              inputMode="decimal"
              defaultValue={filters.maxPrice}
              size={6}
              maxLength={12}
              pattern="[0-9]+([.][0-9]{1,2})?"
            />
          </label>
        </fieldset>
        <fieldset className="facet-group">
          <legend>Availability</legend>
          <label className="check">
            <input type="checkbox" name="instock" value="1" defaultChecked={filters.inStock} /> In stock only
          </label>
        </fieldset>
        <OptionFacets groups={groups} />
        <label className="rating-filter">
          Customer rating
          <select name="rating" defaultValue={filters.minRating ? String(filters.minRating) : ''}>
            <option value="">Any rating</option>
            {RATINGS.map((r) => (
              <option key={r} value={r}>
                {r} stars and up
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button-small">
          Apply filters
        </button>
      </form>
    </details>
  );
}

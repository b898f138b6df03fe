'use client';
// The orders list's filters, all held in the URL (bookmarkable, kept by saved views): search,
// statuses, channel and a date range (two native date inputs plus quick choices that stay
// relative). Field errors the API gives for the dates show next to the date inputs.
import { DATE_PRESETS, rangeDays } from '@/lib/order-filters';

export const ORDER_FILTERS = {
  status: ['PENDING', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELED', 'RETURNED'],
  paymentStatus: ['PENDING', 'PAID', 'PARTIALLY_PAID', 'REFUNDED', 'FAILED'],
  fulfillmentStatus: ['UNFULFILLED', 'PARTIALLY_FULFILLED', 'FULFILLED'],
  source: ['CHECKOUT', 'MANUAL', 'SUBSCRIPTION'],
} as const;
type FilterKey = keyof typeof ORDER_FILTERS;
export const ORDER_FILTER_LABELS: Record<FilterKey, string> = {
  status: 'Status',
  paymentStatus: 'Payment',
  fulfillmentStatus: 'Fulfilment',
  source: 'Channel',
};

type SetParams = (changes: Record<string, string | null>) => void;
const noDates = { created: null, createdFrom: null, createdTo: null, offset: null };

export function OrderFilters({
  params,
  set,
  errors,
}: {
  params: URLSearchParams;
  set: SetParams;
  /** The API's field errors of the current query (`createdFrom` → message). */
  errors: Record<string, string>;
}) {
  return (
    <search>
      <form
        className="row order-filters"
        onSubmit={(e) => {
          e.preventDefault();
          set({ q: String(new FormData(e.currentTarget).get('q') ?? ''), offset: null });
        }}
      >
        <div className="field">
          <label htmlFor="orders-q">Order number or email</label>
          <input
            id="orders-q"
            name="q"
            type="search"
            key={params.get('q') ?? ''}
            defaultValue={params.get('q') ?? ''}
          />
        </div>
        {(Object.keys(ORDER_FILTERS) as FilterKey[]).map((k) => (
          <div className="field" key={k}>
            <label htmlFor={`f-${k}`}>{ORDER_FILTER_LABELS[k]}</label>
            <select
              id={`f-${k}`}
              value={params.get(k) ?? ''}
              onChange={(e) => set({ [k]: e.target.value, offset: null })}
            >
              <option value="">Any</option>
              {ORDER_FILTERS[k].map((v) => (
                <option key={v} value={v}>
                  {v.replace(/_/g, ' ').toLowerCase()}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="field">
          <button type="submit">Filter</button>
        </div>
        <DateRange params={params} set={set} errors={errors} />
      </form>
    </search>
  );
}

function DateInput({
  id,
  label,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  error?: string;
  onChange: (day: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <p id={`${id}-err`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function DateRange({
  params,
  set,
  errors,
}: {
  params: URLSearchParams;
  set: SetParams;
  errors: Record<string, string>;
}) {
  const { from, to } = rangeDays(params);
  const preset = params.get('created');
  // Typing a day turns a quick choice into the fixed days it showed, then changes one end.
  const change = (end: 'createdFrom' | 'createdTo', day: string) =>
    set({ ...noDates, createdFrom: from || null, createdTo: to || null, [end]: day || null });
  const toError = errors.createdTo?.includes('after') ? 'must not be before From' : errors.createdTo;
  return (
    <fieldset className="date-range">
      <legend>Placed</legend>
      <div className="row">
        <DateInput
          id="orders-from"
          label="From"
          value={from}
          error={errors.createdFrom}
          onChange={(d) => change('createdFrom', d)}
        />
        <DateInput
          id="orders-to"
          label="To"
          value={to}
          error={toError}
          onChange={(d) => change('createdTo', d)}
        />
      </div>
      <fieldset className="row quick-dates">
        <legend className="visually-hidden">Quick dates</legend>
        {DATE_PRESETS.map((p) => (
          <button
            key={p.key}
            type="button"
            aria-pressed={preset === p.key}
            onClick={() => set({ ...noDates, created: p.key })}
          >
            {p.label}
          </button>
        ))}
        {from || to ? (
          <button type="button" onClick={() => set(noDates)}>
            Any date
          </button>
        ) : null}
      </fieldset>
    </fieldset>
  );
}

'use client';
// One listing's terms in this store: title, visibility, price (override or markup), a scheduled
// sale and its SEO, with a live search-result preview and what a shopper pays under the terms.
import type { ListingInput } from '@ventory/sdk';
import { useId, useState } from 'react';
import type { Listing } from '@/lib/catalog';
import { DESCRIPTION_LIMIT, effectivePrice, TITLE_LIMIT, truncate } from '@/lib/snippet';
import { FormAlert, TextArea, useSave } from './settings-ui';
import { Field, money } from './ui';

type Draft = Record<
  | 'customTitle'
  | 'slug'
  | 'priceOverride'
  | 'priceMarkup'
  | 'salePrice'
  | 'saleStartsAt'
  | 'saleEndsAt'
  | 'metaTitle'
  | 'metaDescription',
  string
> & { isVisible: boolean; isPromoted: boolean };

/** An ISO timestamp as a `datetime-local` value in the merchant's time zone, and back. */
const toLocal = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const fromLocal = (v: string) => (v ? new Date(v).toISOString() : null);
const orNull = (v: string) => (v.trim() ? v.trim() : null);

function draftOf(l: Listing): Draft {
  return {
    customTitle: l.customTitle ?? '',
    slug: l.slug,
    priceOverride: l.priceOverride ?? '',
    priceMarkup: l.priceMarkup,
    salePrice: l.salePrice ?? '',
    saleStartsAt: toLocal(l.saleStartsAt),
    saleEndsAt: toLocal(l.saleEndsAt),
    metaTitle: l.metaTitle ?? '',
    metaDescription: l.metaDescription ?? '',
    isVisible: l.isVisible,
    isPromoted: l.isPromoted,
  };
}

function inputOf(d: Draft): ListingInput {
  return {
    customTitle: orNull(d.customTitle),
    slug: d.slug.trim(),
    priceOverride: orNull(d.priceOverride),
    priceMarkup: d.priceMarkup.trim() || '0',
    salePrice: orNull(d.salePrice),
    saleStartsAt: fromLocal(d.saleStartsAt),
    saleEndsAt: fromLocal(d.saleEndsAt),
    metaTitle: orNull(d.metaTitle),
    metaDescription: orNull(d.metaDescription),
    isVisible: d.isVisible,
    isPromoted: d.isPromoted,
  };
}

/** The search result as Google would draw it from the draft. */
export function SearchSnippet({
  title,
  url,
  description,
}: {
  title: string;
  url: string;
  description: string;
}) {
  return (
    <section className="snippet" aria-labelledby="snippet-h">
      <h4 id="snippet-h">Search result preview</h4>
      <div className="snippet-card" data-testid="snippet">
        <p className="snippet-url">{url}</p>
        <p className="snippet-title">{truncate(title, TITLE_LIMIT)}</p>
        <p className="snippet-description">
          {description
            ? truncate(description, DESCRIPTION_LIMIT)
            : 'No description: search engines pick text from the page.'}
        </p>
      </div>
      <p className={title.length > TITLE_LIMIT || description.length > DESCRIPTION_LIMIT ? 'warn' : 'muted'}>
        Title {title.length}/{TITLE_LIMIT} characters, description {description.length}/{DESCRIPTION_LIMIT}:
        longer text is cut as shown.
      </p>
    </section>
  );
}

function PricePreview({
  draft,
  inventoryPrice,
  currency,
}: {
  draft: Draft;
  inventoryPrice?: string;
  currency: string;
}) {
  if (inventoryPrice === undefined) return <p className="muted">Reading the product's price…</p>;
  const p = effectivePrice({ ...draft, inventoryPrice });
  return (
    <output className="panel price-preview" aria-live="polite">
      <strong>Shoppers pay {money(p.pays, currency)}</strong>
      {p.onSale ? ` (on sale, regular ${money(p.regular, currency)})` : ''}
      {p.saleLater ? `; ${money(Number(draft.salePrice), currency)} once the sale starts` : ''}.{' '}
      <span className="muted">
        Inventory price {money(inventoryPrice, currency)}
        {draft.priceOverride.trim()
          ? ', replaced by this store’s price'
          : Number(draft.priceMarkup) !== 0
            ? `, ${Number(draft.priceMarkup) > 0 ? '+' : ''}${Number(draft.priceMarkup)}% in this store`
            : ''}
        .
      </span>
    </output>
  );
}

/** The props a text input of the draft takes: its value, its change, the API's error. */
type TextOf = (name: keyof Draft) => {
  name: string;
  value: string;
  error?: string;
  onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
};

function PriceFields({
  text,
  draft,
  inventoryPrice,
  currency,
}: {
  text: TextOf;
  draft: Draft;
  inventoryPrice?: string;
  currency: string;
}) {
  return (
    <>
      <h3>Price</h3>
      <div className="grid2">
        <Field
          label={`Price in this store (${currency})`}
          hint="Empty: the inventory price with the markup"
          inputMode="decimal"
          {...text('priceOverride')}
        />
        <Field label="Markup (%)" inputMode="decimal" {...text('priceMarkup')} />
        <Field
          label={`Sale price (${currency})`}
          hint="Empty: no sale"
          inputMode="decimal"
          {...text('salePrice')}
        />
        <Field label="Sale starts" type="datetime-local" {...text('saleStartsAt')} />
        <Field label="Sale ends" type="datetime-local" {...text('saleEndsAt')} />
      </div>
      <PricePreview draft={draft} inventoryPrice={inventoryPrice} currency={currency} />
    </>
  );
}

function SeoFields({
  text,
  title,
  url,
  description,
}: {
  text: TextOf;
  title: string;
  url: string;
  description: string;
}) {
  return (
    <>
      <h3>Search engines</h3>
      <div className="seo">
        <div>
          <Field
            label="SEO title"
            hint={`About ${TITLE_LIMIT} characters show; empty: the title`}
            {...text('metaTitle')}
          />
          <TextArea
            label="SEO description"
            hint={`About ${DESCRIPTION_LIMIT} characters show`}
            {...text('metaDescription')}
          />
        </div>
        <SearchSnippet title={title} url={url} description={description} />
      </div>
    </>
  );
}

export function ListingEditor({
  listing,
  domain,
  inventoryPrice,
  onSave,
}: {
  listing: Listing;
  domain: string;
  inventoryPrice?: string;
  onSave: (input: ListingInput) => Promise<unknown>;
}) {
  const [draft, setDraft] = useState(() => draftOf(listing));
  const [saved, setSaved] = useState('');
  const { errors, busy, run } = useSave(async (input: ListingInput) => {
    setSaved('');
    await onSave(input);
    setSaved(`Saved ${draft.customTitle || listing.title}.`);
  });
  const h = useId();
  const text = (name: keyof Draft) => ({
    name,
    value: String(draft[name]),
    error: errors[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setDraft((d) => ({ ...d, [name]: e.target.value })),
  });
  const productTitle = draft.customTitle.trim() || listing.title;
  return (
    <div className="listing-editor">
      <form
        className="panel"
        aria-labelledby={h}
        onSubmit={(e) => {
          e.preventDefault();
          run(inputOf(draft));
        }}
      >
        <h2 id={h}>Listing in this store</h2>
        <div className="grid2">
          <Field
            label="Title in this store"
            hint={`Empty: the product's name (${listing.title})`}
            {...text('customTitle')}
          />
          <Field label="URL slug" {...text('slug')} />
        </div>
        <div className="row">
          <label className="check">
            <input
              type="checkbox"
              checked={draft.isVisible}
              onChange={(e) => setDraft((d) => ({ ...d, isVisible: e.target.checked }))}
            />
            Visible to shoppers
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={draft.isPromoted}
              onChange={(e) => setDraft((d) => ({ ...d, isPromoted: e.target.checked }))}
            />
            Promoted (featured first)
          </label>
        </div>
        <PriceFields text={text} draft={draft} inventoryPrice={inventoryPrice} currency={listing.currency} />
        <SeoFields
          text={text}
          title={draft.metaTitle.trim() || productTitle}
          url={`https://${domain}/p/${draft.slug.trim() || listing.slug}`}
          description={draft.metaDescription.trim() || (listing.description ?? '')}
        />
        <FormAlert error={errors.form} />
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            Save listing
          </button>
          <p role="status" className="ok">
            {saved}
          </p>
        </div>
      </form>
    </div>
  );
}

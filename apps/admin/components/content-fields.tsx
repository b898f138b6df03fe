'use client';
// Parts of the page and post editor: when shoppers see it (draft, published, scheduled) and how
// search engines show it (SEO title and description, with the search-result preview).
import { useId } from 'react';
import type { Visibility } from '@/lib/content';
import { DESCRIPTION_LIMIT, TITLE_LIMIT } from '@/lib/snippet';
import { SearchSnippet } from './listing-editor';
import { TextArea } from './settings-ui';
import { Field } from './ui';

/** An ISO timestamp as a `datetime-local` value (to the second) in the merchant's time zone, and back. */
export const toLocal = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
};
export const fromLocal = (v: string) => (v ? new Date(v).toISOString() : null);

const CHOICES: { value: Visibility; label: string }[] = [
  { value: 'draft', label: 'Draft: not on the storefront' },
  { value: 'published', label: 'Published now' },
  { value: 'scheduled', label: 'Scheduled: goes live at a date and time' },
];

export function PublishFields({
  noun,
  visibility,
  scheduledAt,
  error,
  onChange,
}: {
  noun: string;
  visibility: Visibility;
  /** `datetime-local` value. */
  scheduledAt: string;
  error?: string;
  onChange: (next: { visibility?: Visibility; scheduledAt?: string }) => void;
}) {
  const name = useId();
  // A scheduled moment already past: saving makes it live at once, which is rarely what was meant.
  const past = visibility === 'scheduled' && !!scheduledAt && new Date(scheduledAt).getTime() < Date.now();
  return (
    <fieldset className="publish">
      <legend>Visibility</legend>
      {CHOICES.map((c) => (
        <label className="check" key={c.value}>
          <input
            type="radio"
            name={name}
            value={c.value}
            checked={visibility === c.value}
            onChange={() => onChange({ visibility: c.value })}
          />
          {c.label}
        </label>
      ))}
      {visibility === 'scheduled' ? (
        <Field
          label="Goes live at"
          name="publishedAt"
          type="datetime-local"
          step={1}
          required
          value={scheduledAt}
          error={error}
          hint={`Your time zone. Until then shoppers get “not found” for this ${noun}.`}
          onChange={(e) => onChange({ scheduledAt: e.target.value })}
        />
      ) : error ? (
        <p className="field-error">{error}</p>
      ) : null}
      {past ? (
        <p className="warn" role="status">
          This date has passed: the {noun} goes live as soon as you save. Pick a later time to schedule it.
        </p>
      ) : null}
    </fieldset>
  );
}

export function SeoFields({
  metaTitle,
  metaDescription,
  canonicalUrl,
  fallbackTitle,
  fallbackDescription,
  url,
  errors,
  onChange,
}: {
  metaTitle: string;
  metaDescription: string;
  canonicalUrl: string;
  fallbackTitle: string;
  fallbackDescription: string;
  url: string;
  errors: Record<string, string>;
  onChange: (next: { metaTitle?: string; metaDescription?: string; canonicalUrl?: string }) => void;
}) {
  return (
    <section className="panel" aria-labelledby="seo-h">
      <h2 id="seo-h">Search engines</h2>
      <div className="seo">
        <div>
          <Field
            label="SEO title"
            name="metaTitle"
            hint={`About ${TITLE_LIMIT} characters show; empty: the title`}
            value={metaTitle}
            error={errors.metaTitle}
            onChange={(e) => onChange({ metaTitle: e.target.value })}
          />
          <TextArea
            label="SEO description"
            name="metaDescription"
            hint={`About ${DESCRIPTION_LIMIT} characters show; empty: the excerpt`}
            value={metaDescription}
            error={errors.metaDescription}
            onChange={(e) => onChange({ metaDescription: e.target.value })}
          />
          <Field
            label="Canonical URL"
            name="canonicalUrl"
            inputMode="url"
            placeholder={url}
            hint="Where search engines should index this; empty: its own address. An https:// URL or a path such as /pages/about."
            value={canonicalUrl}
            error={errors.canonicalUrl}
            onChange={(e) => onChange({ canonicalUrl: e.target.value })}
          />
        </div>
        <SearchSnippet
          title={metaTitle.trim() || fallbackTitle}
          url={url}
          description={metaDescription.trim() || fallbackDescription}
        />
      </div>
    </section>
  );
}

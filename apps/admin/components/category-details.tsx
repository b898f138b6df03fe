'use client';
// A category's page on the storefront: its address (slug), description, visibility and what
// search engines show (SEO title and description, previewed as a search result while typed).
import type { Category } from '@ventory/sdk';
import { useId, useState } from 'react';
import { SearchSnippet } from './listing-editor';
import { FormAlert } from './settings-ui';
import { Field, fieldErrors, message } from './ui';

export function CategoryDetails({
  category,
  domain,
  onSave,
  onClose,
}: {
  category: Category;
  domain: string;
  onSave: (input: Partial<Category>) => Promise<unknown>;
  onClose: () => void;
}) {
  const h = useId();
  const [draft, setDraft] = useState({
    slug: category.slug,
    description: category.description ?? '',
    isVisible: category.isVisible,
    metaTitle: category.metaTitle ?? '',
    metaDescription: category.metaDescription ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));
  const blankIsNull = (v: string) => v.trim() || null;
  return (
    <form
      className="panel category-details"
      aria-labelledby={h}
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setErrors({});
        try {
          await onSave({
            slug: draft.slug.trim(),
            description: blankIsNull(draft.description),
            isVisible: draft.isVisible,
            metaTitle: blankIsNull(draft.metaTitle),
            metaDescription: blankIsNull(draft.metaDescription),
          });
          onClose();
        } catch (err) {
          setErrors({ form: message(err), ...fieldErrors(err) });
        } finally {
          setBusy(false);
        }
      }}
    >
      <h3 id={h}>Details of {category.name}</h3>
      <Field
        label="Slug"
        name="slug"
        value={draft.slug}
        onChange={(e) => set({ slug: e.target.value })}
        error={errors.slug}
        hint={`The page is /c/${draft.slug}; menu links follow a new slug.`}
      />
      <Field
        label="Description"
        name="description"
        value={draft.description}
        onChange={(e) => set({ description: e.target.value })}
        error={errors.description}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={draft.isVisible}
          onChange={(e) => set({ isVisible: e.target.checked })}
        />
        Visible to shoppers
      </label>
      <Field
        label="SEO title"
        name="metaTitle"
        value={draft.metaTitle}
        onChange={(e) => set({ metaTitle: e.target.value })}
        error={errors.metaTitle}
      />
      <Field
        label="SEO description"
        name="metaDescription"
        value={draft.metaDescription}
        onChange={(e) => set({ metaDescription: e.target.value })}
        error={errors.metaDescription}
      />
      <SearchSnippet
        title={draft.metaTitle || category.name}
        url={`${domain}/c/${draft.slug}`}
        description={draft.metaDescription || draft.description}
      />
      <FormAlert error={errors.form} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          Save details
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}

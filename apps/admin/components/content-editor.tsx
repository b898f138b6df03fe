'use client';
// A CMS page or blog post: title, slug, the rich-text body, when shoppers see it (draft, now, or
// scheduled), its excerpt and SEO with the search-result preview, and a link to it on the shop.
import type { PageInput } from '@ventory/sdk';
import { useId, useState } from 'react';
import {
  type ContentItem,
  type ContentKind,
  KINDS,
  publishingInput,
  usePreviewPath,
  type Visibility,
  visibilityOf,
  visibilityText,
} from '@/lib/content';
import { fromLocal, PublishFields, SeoFields, toLocal } from './content-fields';
import { RichText } from './rich-text';
import { FormAlert, TextArea, useSave } from './settings-ui';
import { ConfirmButton, Field, message } from './ui';

type Draft = {
  title: string;
  slug: string;
  content: string;
  excerpt: string;
  author: string;
  metaTitle: string;
  metaDescription: string;
  canonicalUrl: string;
  visibility: Visibility;
  scheduledAt: string;
};

function draftOf(item?: ContentItem): Draft {
  return {
    title: item?.title ?? '',
    slug: item?.slug ?? '',
    // The editor edits HTML: a Markdown page is opened as its rendering and saved as HTML.
    content: item ? (item.contentFormat === 'HTML' ? (item.content ?? '') : item.contentHtml) : '',
    excerpt: item?.excerpt ?? '',
    author: item?.author ?? '',
    metaTitle: item?.metaTitle ?? '',
    metaDescription: item?.metaDescription ?? '',
    canonicalUrl: item?.canonicalUrl ?? '',
    visibility: item ? visibilityOf(item) : 'draft',
    scheduledAt: item?.isPublished ? toLocal(item.publishedAt) : '',
  };
}

const orNull = (v: string) => v.trim() || null;

function inputOf(d: Draft, item?: ContentItem): PageInput {
  return {
    title: d.title.trim(),
    ...(d.slug.trim() || item ? { slug: d.slug.trim() } : {}),
    content: d.content,
    contentFormat: 'HTML',
    excerpt: orNull(d.excerpt),
    author: orNull(d.author),
    metaTitle: orNull(d.metaTitle),
    metaDescription: orNull(d.metaDescription),
    canonicalUrl: orNull(d.canonicalUrl),
    ...publishingInput(d.visibility, fromLocal(d.scheduledAt), item),
  };
}

/** Where shoppers find it: the store's own domain (its custom one when set). */
const shopUrl = (domain: string, kind: ContentKind, slug: string) =>
  `https://${domain}${KINDS[kind].shopPath}${slug}`;

type Edit = (patch: Partial<Draft>) => void;

function MainFields({
  kind,
  item,
  draft,
  errors,
  edit,
}: {
  kind: ContentKind;
  item?: ContentItem;
  draft: Draft;
  errors: Record<string, string>;
  edit: Edit;
}) {
  const { noun, shopPath } = KINDS[kind];
  const text = (name: 'title' | 'slug' | 'author') => ({
    name,
    value: draft[name],
    error: errors[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => edit({ [name]: e.target.value }),
  });
  return (
    <>
      <div className="grid2">
        <Field label="Title" required {...text('title')} />
        <Field
          label="URL slug"
          hint={
            item
              ? `${shopPath}${draft.slug.trim() || item.slug}. Changing it keeps the old address working: it redirects here.`
              : 'Empty: made from the title'
          }
          {...text('slug')}
        />
      </div>
      <RichText
        label="Content"
        initial={draft.content}
        error={errors.content}
        onChange={(content) => edit({ content })}
      />
      <TextArea
        label="Excerpt"
        name="excerpt"
        hint="Shown in lists, and to search engines when the SEO description is empty"
        value={draft.excerpt}
        error={errors.excerpt}
        onChange={(e) => edit({ excerpt: e.target.value })}
      />
      {kind === 'posts' ? <Field label="Author" {...text('author')} /> : null}
      <PublishFields
        noun={noun}
        visibility={draft.visibility}
        scheduledAt={draft.scheduledAt}
        error={errors.publishedAt ?? errors.isPublished}
        onChange={edit}
      />
    </>
  );
}

function Actions({
  kind,
  item,
  domain,
  busy,
  status,
  onDelete,
}: {
  kind: ContentKind;
  item?: ContentItem;
  domain: string;
  busy: boolean;
  status: string;
  onDelete?: () => Promise<unknown>;
}) {
  const { noun, shopPath } = KINDS[kind];
  const preview = usePreviewPath(kind, item);
  const live = item && visibilityOf(item) === 'published';
  // A draft or scheduled page opens through its signed preview path; a live one at its address.
  const href = item
    ? live
      ? shopUrl(domain, kind, item.slug)
      : preview.data
        ? `https://${domain}${preview.data}`
        : undefined
    : undefined;
  return (
    <div className="row form-actions">
      <button type="submit" className="primary" disabled={busy}>
        {item ? `Save ${noun}` : `Create ${noun}`}
      </button>
      {item && href ? (
        <a href={href} target="_blank" rel="noreferrer">
          Preview
          <span className="visually-hidden">
            {' '}
            {item.title} on the storefront (opens in a new tab{live ? '' : '; the link works for 30 minutes'})
          </span>
        </a>
      ) : item && preview.isPending ? (
        <span className="muted">Preparing the preview link…</span>
      ) : item && preview.error ? (
        <span className="muted">No preview link: {message(preview.error)}</span>
      ) : null}
      <p role="status" className="ok">
        {status}
      </p>
      {item && onDelete ? (
        <ConfirmButton
          label={`Delete ${noun} ${item.title}`}
          text="Delete"
          what={`Shoppers get “not found” at ${shopPath}${item.slug} and at its old addresses.`}
          confirmLabel={`Delete ${noun}`}
          onConfirm={onDelete}
        />
      ) : null}
    </div>
  );
}

export function ContentEditor({
  kind,
  item,
  domain,
  onSave,
  onDelete,
}: {
  kind: ContentKind;
  item?: ContentItem;
  domain: string;
  onSave: (input: PageInput) => Promise<ContentItem>;
  onDelete?: () => Promise<unknown>;
}) {
  const h = useId();
  const [draft, setDraft] = useState(() => draftOf(item));
  const [saved, setSaved] = useState('');
  const { errors, busy, run } = useSave(async (input: PageInput) => {
    setSaved('');
    const page = await onSave(input);
    setDraft(draftOf(page));
    setSaved(`Saved. ${visibilityText(page)}.`);
  });
  const edit: Edit = (patch) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <form
      className="content-editor"
      aria-labelledby={h}
      onSubmit={(e) => {
        e.preventDefault();
        run(inputOf(draft, item));
      }}
    >
      <section className="panel">
        <h2 id={h}>{item ? `Edit ${KINDS[kind].noun}` : `New ${KINDS[kind].noun}`}</h2>
        <MainFields kind={kind} item={item} draft={draft} errors={errors} edit={edit} />
      </section>
      <SeoFields
        metaTitle={draft.metaTitle}
        metaDescription={draft.metaDescription}
        canonicalUrl={draft.canonicalUrl}
        fallbackTitle={draft.title}
        fallbackDescription={draft.excerpt}
        url={shopUrl(domain, kind, draft.slug.trim() || item?.slug || 'your-slug')}
        errors={errors}
        onChange={edit}
      />
      <FormAlert error={errors.form} />
      <Actions
        kind={kind}
        item={item}
        domain={domain}
        busy={busy}
        status={saved || (item ? visibilityText(item) : '')}
        onDelete={onDelete}
      />
    </form>
  );
}

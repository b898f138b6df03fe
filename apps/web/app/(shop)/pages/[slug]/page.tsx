import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { DraftNote } from '@/components/DraftNote';
import { Prose } from '@/components/Prose';
import { getPage, getPagePreview, movedTo } from '@/lib/api/catalog';
import { draftToken, PREVIEW_METADATA } from '@/lib/page-preview';
import { requireStore } from '@/lib/tenant';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[]>> };

/** The live page, or with the admin's `?draft=` token the page in any state (null: no such page). */
async function load({ params, searchParams }: Props) {
  const [{ slug }, store, token] = await Promise.all([params, requireStore(), draftToken(searchParams)]);
  const preview = token ? await getPagePreview(store, 'pages', slug, token) : null;
  return { slug, preview: !!preview, page: preview ?? (await getPage(store, slug)) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug, page, preview } = await load(props);
  if (!page || 'redirectTo' in page) return { title: 'Not found' };
  const title = page.metaTitle ?? page.title;
  const description = page.metaDescription ?? page.excerpt ?? undefined;
  return {
    title,
    description,
    // The merchant's canonical URL when set (an article first published elsewhere), else this page.
    alternates: { canonical: page.canonicalUrl ?? `/pages/${slug}` },
    openGraph: { title, description },
    ...(preview ? PREVIEW_METADATA : {}),
  };
}

/** A CMS page of the store. */
export default async function CmsPage(props: Props) {
  const { page, preview } = await load(props);
  const moved = movedTo(page);
  // An old slug of the page: a permanent (308) redirect to where it lives now.
  if (moved) permanentRedirect(`/pages/${encodeURIComponent(moved)}`);
  if (!page || 'redirectTo' in page) notFound();
  return (
    <article className="cms narrow">
      {preview ? <DraftNote noun="page" /> : null}
      <h1>{page.title}</h1>
      <Prose page={page} />
    </article>
  );
}

import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { Prose } from '@/components/Prose';
import { getPage, movedTo } from '@/lib/api/catalog';
import { requireStore } from '@/lib/tenant';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const page = await getPage(await requireStore(), slug);
  if (!page || 'redirectTo' in page) return { title: 'Not found' };
  const title = page.metaTitle ?? page.title;
  const description = page.metaDescription ?? page.excerpt ?? undefined;
  return {
    title,
    description,
    alternates: { canonical: `/pages/${slug}` },
    openGraph: { title, description },
  };
}

/** A CMS page of the store. */
export default async function CmsPage({ params }: Props) {
  const { slug } = await params;
  const page = await getPage(await requireStore(), slug);
  const moved = movedTo(page);
  // An old slug of the page: a permanent (308) redirect to where it lives now.
  if (moved) permanentRedirect(`/pages/${encodeURIComponent(moved)}`);
  if (!page || 'redirectTo' in page) notFound();
  return (
    <article className="cms narrow">
      <h1>{page.title}</h1>
      <Prose page={page} />
    </article>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPage } from '@/lib/api/catalog';
import { requireStore } from '@/lib/tenant';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const page = await getPage(await requireStore(), slug);
  if (!page) return { title: 'Not found' };
  const title = page.metaTitle ?? page.title;
  const description = page.metaDescription ?? undefined;
  return {
    title,
    description,
    alternates: { canonical: `/pages/${slug}` },
    openGraph: { title, description },
  };
}

/**
 * A CMS page. Its content is shown as text paragraphs: merchant HTML is not trusted here (the API
 * may sanitise it, but the storefront does not rely on that).
 */
export default async function CmsPage({ params }: Props) {
  const { slug } = await params;
  const page = await getPage(await requireStore(), slug);
  if (!page) notFound();
  const paragraphs = page.content
    .replace(/<[^>]*>/g, '')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <article className="cms narrow">
      <h1>{page.title}</h1>
      {paragraphs.map((p) => (
        <p key={p.slice(0, 40)}>{p}</p>
      ))}
    </article>
  );
}

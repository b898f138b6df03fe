import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { DraftNote } from '@/components/DraftNote';
import { Prose } from '@/components/Prose';
import { getBlogPost, getPagePreview, movedTo } from '@/lib/api/catalog';
import { jsonLd } from '@/lib/format';
import { draftToken, PREVIEW_METADATA } from '@/lib/page-preview';
import { currentOrigin, nonce, requireStore } from '@/lib/tenant';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[]>> };

/** The live post, or with the admin's `?draft=` token the post in any state (null: no such post). */
async function load({ params, searchParams }: Props) {
  const [{ slug }, store, token] = await Promise.all([params, requireStore(), draftToken(searchParams)]);
  const preview = token ? await getPagePreview(store, 'blog', slug, token) : null;
  return { slug, store, preview: !!preview, post: preview ?? (await getBlogPost(store, slug)) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug, post, preview } = await load(props);
  if (!post || 'redirectTo' in post) return { title: 'Not found' };
  const title = post.metaTitle ?? post.title;
  const description = post.metaDescription ?? post.excerpt ?? undefined;
  return {
    title,
    description,
    alternates: { canonical: post.canonicalUrl ?? `/blog/${slug}` },
    openGraph: { title, description, type: 'article', publishedTime: post.publishedAt ?? undefined },
    ...(preview ? PREVIEW_METADATA : {}),
  };
}

/** One blog post, with Article JSON-LD. */
export default async function BlogPost(props: Props) {
  const { slug, store, post, preview } = await load(props);
  const moved = movedTo(post);
  // An old slug of the post: a permanent (308) redirect to where it lives now.
  if (moved) permanentRedirect(`/blog/${encodeURIComponent(moved)}`);
  if (!post || 'redirectTo' in post) notFound();
  const [origin, n] = await Promise.all([currentOrigin(), nonce()]);
  const article = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    datePublished: post.publishedAt ?? undefined,
    author: post.author ? { '@type': 'Person', name: post.author } : undefined,
    publisher: { '@type': 'Organization', name: store.name },
    mainEntityOfPage: `${origin}/blog/${slug}`,
  };
  return (
    <article className="cms narrow">
      <Breadcrumbs
        origin={origin}
        nonce={n}
        trail={[
          { name: 'Home', href: '/' },
          { name: 'Journal', href: '/blog' },
          { name: post.title, href: `/blog/${slug}` },
        ]}
      />
      {preview ? <DraftNote noun="post" /> : null}
      <h1>{post.title}</h1>
      <p className="muted">
        {post.publishedAt
          ? new Date(post.publishedAt).toLocaleDateString('en-US', { dateStyle: 'long' })
          : null}
        {post.author ? ` · ${post.author}` : null}
      </p>
      <Prose page={post} />
      <script
        type="application/ld+json"
        nonce={n}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: jsonLd escapes `<`
        dangerouslySetInnerHTML={{ __html: jsonLd(article) }}
      />
    </article>
  );
}

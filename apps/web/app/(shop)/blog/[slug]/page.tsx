import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Prose } from '@/components/Prose';
import { getBlogPost, movedTo } from '@/lib/api/catalog';
import { jsonLd } from '@/lib/format';
import { currentOrigin, nonce, requireStore } from '@/lib/tenant';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const post = await getBlogPost(await requireStore(), slug);
  if (!post || 'redirectTo' in post) return { title: 'Not found' };
  const title = post.metaTitle ?? post.title;
  const description = post.metaDescription ?? post.excerpt ?? undefined;
  return {
    title,
    description,
    alternates: { canonical: `/blog/${slug}` },
    openGraph: { title, description, type: 'article', publishedTime: post.publishedAt ?? undefined },
  };
}

/** One blog post, with Article JSON-LD. */
export default async function BlogPost({ params }: Props) {
  const [{ slug }, store] = await Promise.all([params, requireStore()]);
  const post = await getBlogPost(store, slug);
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

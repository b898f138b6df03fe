import type { Metadata } from 'next';
import Link from '@/components/Link';
import { listBlog } from '@/lib/api/catalog';
import { requireStore } from '@/lib/tenant';

export async function generateMetadata(): Promise<Metadata> {
  const store = await requireStore();
  return {
    title: 'Journal',
    description: `Stories, guides and news from ${store.name}.`,
    alternates: { canonical: '/blog' },
  };
}

/** The store's blog: newest posts first. */
export default async function BlogIndex() {
  const store = await requireStore();
  const { posts } = await listBlog(store);
  return (
    <section className="narrow">
      <h1>Journal</h1>
      {posts.length === 0 ? <p>No posts yet.</p> : null}
      <ul className="posts">
        {posts.map((p) => (
          <li key={p.id}>
            <h2>
              <Link href={`/blog/${p.slug}`}>{p.title}</Link>
            </h2>
            <p className="muted">
              {p.publishedAt
                ? new Date(p.publishedAt).toLocaleDateString('en-US', { dateStyle: 'long' })
                : null}
              {p.author ? ` · ${p.author}` : null}
            </p>
            {p.excerpt ? <p>{p.excerpt}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

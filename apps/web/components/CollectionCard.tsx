import '@/app/(shop)/collections/browse.css';
import Link from '@/components/Link';
import type { Collection } from '@/lib/api/catalog';

/** One collection as a card; the whole card is the link (a large touch target). */
export function CollectionCard({ c, level = 2 }: { c: Collection; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <Link href={`/collections/${c.slug}`} className="collection-card">
      <Heading className="collection-title">{c.title}</Heading>
      {c.description ? <p className="collection-desc">{c.description}</p> : null}
      {c.isFeatured ? <span className="collection-badge">Featured</span> : null}
    </Link>
  );
}

/** A list of collection cards (the collections page, and the home page's section). */
export function CollectionCards({ items, level = 2 }: { items: Collection[]; level?: 2 | 3 }) {
  return (
    <ul className="collection-cards">
      {items.map((c) => (
        <li key={c.id}>
          <CollectionCard c={c} level={level} />
        </li>
      ))}
    </ul>
  );
}

import Image from 'next/image';
import Link from '@/components/Link';
import { isSvg, type Listing } from '@/lib/api/catalog';
import { money, stars } from '@/lib/format';

export function Placeholder({ title, className = '' }: { title: string; className?: string }) {
  return (
    <div className={`placeholder ${className}`} aria-hidden="true">
      <span>{title.slice(0, 1)}</span>
    </div>
  );
}

type Props = { item: Listing; currency: string; variant?: 'card' | 'row'; priority?: boolean };

/** A listing tile; images are resized by next/image (AVIF/WebP) and lazy below the fold. */
export function ProductCard({ item, currency, variant = 'card', priority = false }: Props) {
  const img = item.images[0];
  return (
    <article className={`product-card product-${variant}`}>
      <Link href={`/p/${item.slug}`} className="product-link">
        <div className="product-media">
          {img ? (
            <Image
              src={img.url}
              alt={img.alt}
              fill
              sizes="(max-width: 640px) 50vw, (max-width: 1024px) 33vw, 25vw"
              priority={priority}
              unoptimized={isSvg(img.url)}
            />
          ) : (
            <Placeholder title={item.title} />
          )}
        </div>
        <div className="product-info">
          <h3 className="product-title">{item.title}</h3>
          {variant === 'row' && item.description ? <p className="product-desc">{item.description}</p> : null}
          <p className="price">{money(item.price, currency)}</p>
          {item.rating ? (
            <p className="rating">
              <span aria-hidden="true">{stars(item.rating)}</span>
              <span className="sr-only">Rated {item.rating.toFixed(1)} out of 5</span>
            </p>
          ) : null}
          {item.available <= 0 ? <p className="stock out">Out of stock</p> : null}
        </div>
      </Link>
    </article>
  );
}

export function ProductGrid({
  items,
  currency,
  layout = 'grid',
  eager = 0,
  empty = 'No products here yet.',
}: {
  items: Listing[];
  currency: string;
  layout?: 'grid' | 'list' | 'compact';
  /** How many leading images load eagerly (only the page's first grid should set this). */
  eager?: number;
  /** What an empty grid says (e.g. that no product matches the filters). */
  empty?: string;
}) {
  if (items.length === 0) return <p className="empty">{empty}</p>;
  return (
    <div className={`products products-${layout}`}>
      {items.map((item, i) => (
        <ProductCard
          key={item.id}
          item={item}
          currency={currency}
          variant={layout === 'list' ? 'row' : 'card'}
          priority={i < eager}
        />
      ))}
    </div>
  );
}

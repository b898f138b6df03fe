'use client';
import { ProductCard as SharedProductCard } from '@ventory/ui';
import Image from 'next/image';
import type { Listing } from '@/lib/api/catalog';
import { isSvg } from '@/lib/images';

export function Placeholder({ title, className = '' }: { title: string; className?: string }) {
  return (
    <div className={`placeholder ${className}`} aria-hidden="true">
      <span>{title.slice(0, 1)}</span>
    </div>
  );
}

type Props = { item: Listing; currency: string; variant?: 'card' | 'row'; priority?: boolean };

/**
 * A listing tile: the Expo app's card (packages/ui, drawn by react-native-web inside the page's
 * `ShopUi`), as a plain link that works without script, with next/image's resized (AVIF/WebP)
 * image, lazy below the fold, in place of the app's.
 */
export function ProductCard({ item, currency, variant = 'card', priority = false }: Props) {
  const img = item.images[0];
  return (
    <SharedProductCard
      listing={item}
      currency={currency}
      href={`/p/${item.slug}`}
      variant={variant}
      testID="product-card"
      media={
        img ? (
          <Image
            src={img.url}
            alt={img.alt}
            fill
            sizes={variant === 'row' ? '8rem' : '(max-width: 640px) 50vw, (max-width: 1024px) 33vw, 25vw'}
            priority={priority}
            unoptimized={isSvg(img.url)}
            style={{ objectFit: 'cover' }}
          />
        ) : undefined
      }
    />
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

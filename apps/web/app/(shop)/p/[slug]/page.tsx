import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { after } from 'next/server';
import { addToCart } from '@/app/(shop)/actions';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Gallery } from '@/components/Gallery';
import { LiveAvailability } from '@/components/LiveAvailability';
import { ProductGrid } from '@/components/ProductCard';
import { QuantityField } from '@/components/QuantityField';
import { RecentlyViewed } from '@/components/RecentlyViewed';
import { Reviews } from '@/components/Reviews';
import { Price, RatingStars } from '@/components/SharedUi';
import { ShopUi } from '@/components/ShopUi';
import { SubscribeAndSave } from '@/components/SubscribeAndSave';
import { WishlistButton } from '@/components/WishlistButton';
import { sendEvents } from '@/lib/analytics-events';
import { getProduct, type ListingDetail, listCategories, recommendations } from '@/lib/api/catalog';
import { experimentVariant } from '@/lib/api/experiments';
import type { Store } from '@/lib/api/store';
import { analyticsSession } from '@/lib/consent';
import { csrfToken } from '@/lib/csrf';
import { jsonLd, money } from '@/lib/format';
import { currentOrigin, nonce, requireStore } from '@/lib/tenant';
import { layoutUnderTest, PRODUCT_LAYOUTS, themeOf, uiTokens } from '@/lib/theme';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const store = await requireStore();
  const p = await getProduct(store, slug);
  if (!p) return { title: 'Not found' };
  const title = p.metaTitle ?? p.title;
  const description = (p.metaDescription ?? p.description ?? '').slice(0, 300) || undefined;
  const images = p.images.slice(0, 1).map((i) => ({ url: i.url, alt: i.alt }));
  return {
    title,
    description,
    alternates: { canonical: `/p/${slug}` },
    openGraph: { title, description, url: `/p/${slug}`, type: 'website', images },
  };
}

function productLd(p: ListingDetail, store: Store, origin: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: p.title,
    description: p.description ?? undefined,
    sku: p.sku ?? p.variants?.[0]?.sku,
    image: p.images.map((i) => new URL(i.url, origin).href),
    brand: { '@type': 'Brand', name: store.name },
    offers: {
      '@type': 'Offer',
      url: `${origin}/p/${p.slug}`,
      priceCurrency: store.currency,
      price: p.price,
      availability: p.available > 0 ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
    },
    ...(p.rating
      ? {
          aggregateRating: {
            '@type': 'AggregateRating',
            ratingValue: p.rating,
            reviewCount: p.ratingCount || 1,
          },
        }
      : {}),
  };
}

async function BuyBox({ p, store, error }: { p: ListingDetail; store: Store; error?: string }) {
  const csrf = await csrfToken();
  const variants = p.variants ?? [];
  const firstAvailable = variants.find((v) => v.available > 0) ?? variants[0];
  return (
    <form action={addToCart} className="buybox">
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="listingId" value={p.id} />
      <input type="hidden" name="slug" value={p.slug} />
      {variants.length > 1 ? (
        <fieldset className="variants">
          <legend>Options</legend>
          {variants.map((v) => (
            <label key={v.id} className={v.available > 0 ? '' : 'sold-out'}>
              <input
                type="radio"
                name="variantId"
                value={v.id}
                defaultChecked={v.id === firstAvailable?.id}
                disabled={v.available <= 0}
              />
              <span>{v.name}</span> <span className="muted">{money(v.price, store.currency)}</span>
              {v.available <= 0 ? <span className="muted"> (sold out)</span> : null}
            </label>
          ))}
        </fieldset>
      ) : variants[0] ? (
        <input type="hidden" name="variantId" value={variants[0].id} />
      ) : null}
      <QuantityField available={p.available} />
      <LiveAvailability listingId={p.id} initial={p.available} />
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button-wide" disabled={p.available <= 0}>
        Add to cart
      </button>
    </form>
  );
}

/** Product: gallery, variants, availability, reviews and recommendations in the theme's layout. */
export default async function ProductPage({ params, searchParams }: Props) {
  const [{ slug }, sp, store] = await Promise.all([params, searchParams, requireStore()]);
  const p = await getProduct(store, slug);
  if (!p) notFound();
  const [categories, related, origin, n, variant] = await Promise.all([
    listCategories(store),
    recommendations(store, slug),
    currentOrigin(),
    nonce(),
    experimentVariant(store, 'product-layout'),
  ]);
  const cat = categories.find((c) => p.categoryIds?.includes(c.id));
  // A consenting shopper's product view, recorded after the response is sent.
  const sessionId = await analyticsSession();
  if (sessionId)
    after(() => sendEvents(store.domain, sessionId, [{ type: 'product_view', listingId: p.id }]));
  const layout = layoutUnderTest(variant, PRODUCT_LAYOUTS, themeOf(store).product);
  const trail = [
    { name: 'Home', href: '/' },
    ...(cat ? [{ name: cat.name, href: `/c/${cat.slug}` }] : []),
    { name: p.title, href: `/p/${slug}` },
  ];
  return (
    <>
      <Breadcrumbs trail={trail} origin={origin} nonce={n} />
      <ShopUi>
        <div className={`pdp pdp-${layout}`}>
          <Gallery images={p.images} title={p.title} />
          <div className="pdp-info">
            <h1>{p.title}</h1>
            <Price
              price={p.price}
              compareAt={p.compareAtPrice}
              currency={store.currency}
              size="large"
              testID="product-price"
            />
            {p.isGiftCard ? <p className="muted">Delivered by email as a gift card code.</p> : null}
            <RatingStars rating={p.rating} count={p.ratingCount} />
            <BuyBox p={p} store={store} error={sp.error} />
            <SubscribeAndSave store={store} listingId={p.id} slug={p.slug} price={p.price} />
            <WishlistButton store={store} listingId={p.id} slug={p.slug} />
            {p.description ? <div className="description">{p.description}</div> : null}
          </div>
        </div>
        <Reviews store={store} slug={p.slug} page={sp.reviews} />
        <section aria-labelledby="related-h">
          <h2 id="related-h">You may also like</h2>
          <ProductGrid
            items={related.filter((r) => r.id !== p.id).slice(0, 4)}
            currency={store.currency}
            layout="compact"
          />
        </section>
      </ShopUi>
      <RecentlyViewed current={{ slug: p.slug, title: p.title }} />
      <script
        type="application/ld+json"
        nonce={n}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: jsonLd escapes `<`
        dangerouslySetInnerHTML={{ __html: jsonLd(productLd(p, store, origin)) }}
      />
    </>
  );
}

import type { Metadata } from 'next';
import { CollectionCards } from '@/components/CollectionCard';
import Link from '@/components/Link';
import { ProductCard, ProductGrid } from '@/components/ProductCard';
import { ShopUi } from '@/components/ShopUi';
import {
  type Category,
  type Collection,
  type Listing,
  listCategories,
  listCollections,
  listProducts,
} from '@/lib/api/catalog';
import { experimentVariant } from '@/lib/api/experiments';
import type { Store } from '@/lib/api/store';
import { jsonLd } from '@/lib/format';
import { currentOrigin, nonce, requireStore } from '@/lib/tenant';
import { HOME_LAYOUTS, layoutUnderTest, themeOf } from '@/lib/theme';

export async function generateMetadata(): Promise<Metadata> {
  const store = await requireStore();
  return {
    title: { absolute: store.name },
    description: store.description ?? undefined,
    alternates: { canonical: '/' },
    openGraph: { title: store.name, description: store.description ?? undefined, url: '/' },
  };
}

type Blocks = {
  store: Store;
  hero: Hero;
  featured: Listing[];
  promoted: Listing[];
  categories: Category[];
  collections: Collection[];
};

/** What a hero says: the theme's hero when the merchant set one, else the store's own name and description. */
type Hero = { heading: string; text: string | null; button: { label: string; href: string } | null };

function heroFor(store: Store): Hero {
  const h = themeOf(store).hero;
  if (!h) return { heading: store.description ?? store.name, text: null, button: null };
  const button = h.buttonLabel && h.buttonLink ? { label: h.buttonLabel, href: h.buttonLink } : null;
  return { heading: h.heading, text: h.text, button };
}

/** An external button target opens as a plain link; store paths use the app's Link. */
function HeroButton({ button, className }: { button: { label: string; href: string }; className: string }) {
  return /^https?:/i.test(button.href) ? (
    <a href={button.href} className={className}>
      {button.label}
    </a>
  ) : (
    <Link href={button.href} className={className}>
      {button.label}
    </Link>
  );
}

/** The store's collections (featured first), styled per home layout by browse.css. */
function StoreCollections({ collections, layout }: { collections: Collection[]; layout: string }) {
  if (collections.length === 0) return null;
  return (
    <section className={`home-collections home-collections-${layout}`} aria-labelledby="store-collections-h">
      <div className="section-head">
        <h2 id="store-collections-h">Shop by collection</h2>
        <Link href="/collections">All collections</Link>
      </div>
      <CollectionCards items={collections.slice(0, 6)} level={3} />
    </section>
  );
}

function Categories({ categories }: { categories: Category[] }) {
  if (categories.length === 0) return null;
  return (
    <section className="collections" aria-labelledby="categories-h">
      <h2 id="categories-h">Shop by category</h2>
      <ul>
        {categories
          .filter((c) => !c.parentId)
          .slice(0, 6)
          .map((c) => (
            <li key={c.id}>
              <Link href={`/c/${c.slug}`} className="collection">
                <span>{c.name}</span>
              </Link>
            </li>
          ))}
      </ul>
    </section>
  );
}

function Classic({ store, hero, featured, promoted, categories, collections }: Blocks) {
  return (
    <>
      <section className="hero hero-classic">
        <div>
          <p className="eyebrow">Welcome to {store.name}</p>
          <h1>{hero.heading}</h1>
          {hero.text ? <p className="lede">{hero.text}</p> : null}
          <HeroButton
            button={hero.button ?? { label: 'Shop all products', href: '/search' }}
            className="button"
          />
        </div>
      </section>
      {promoted.length > 0 ? (
        <section aria-labelledby="promo-h">
          <h2 id="promo-h">Featured</h2>
          <ProductGrid items={promoted.slice(0, 4)} currency={store.currency} eager={2} />
        </section>
      ) : null}
      <StoreCollections collections={collections} layout="classic" />
      <Categories categories={categories} />
      <section aria-labelledby="new-h">
        <h2 id="new-h">New arrivals</h2>
        <ProductGrid items={featured} currency={store.currency} />
      </section>
    </>
  );
}

function Editorial({ store, hero, featured, promoted, categories, collections }: Blocks) {
  const lead = promoted[0] ?? featured[0];
  // Without a merchant hero the editorial layout titles the page with the store's name.
  const custom = themeOf(store).hero !== null;
  const lede = custom ? hero.text : store.description;
  return (
    <>
      <section className="hero hero-editorial">
        <h1>{custom ? hero.heading : store.name}</h1>
        {lede ? <p className="lede">{lede}</p> : null}
        {hero.button ? <HeroButton button={hero.button} className="button" /> : null}
      </section>
      {lead ? (
        <section className="spotlight" aria-labelledby="spot-h">
          <h2 id="spot-h" className="eyebrow">
            In the spotlight
          </h2>
          <ProductCard item={lead} currency={store.currency} variant="row" priority />
        </section>
      ) : null}
      <StoreCollections collections={collections} layout="editorial" />
      <Categories categories={categories} />
      <section aria-labelledby="new-h">
        <h2 id="new-h">The collection</h2>
        <ProductGrid items={featured} currency={store.currency} layout="list" />
      </section>
    </>
  );
}

function Bold({ store, hero, featured, promoted, categories, collections }: Blocks) {
  return (
    <>
      <section className="hero hero-bold">
        <div className="hero-copy">
          <h1>{hero.heading}</h1>
          {hero.text ? <p>{hero.text}</p> : null}
          <div className="hero-ctas">
            <HeroButton
              button={hero.button ?? { label: 'Shop new', href: '/search?sort=newest' }}
              className="button"
            />
            <Link href="/search?sort=-rating" className="button button-ghost">
              Top rated
            </Link>
          </div>
        </div>
        <div className="hero-panel" aria-hidden="true">
          <span>{store.name.slice(0, 1)}</span>
        </div>
      </section>
      {promoted.length > 0 ? (
        <section aria-labelledby="promo-h" className="promoted-strip">
          <h2 id="promo-h">Staff picks</h2>
          <ProductGrid items={promoted.slice(0, 8)} currency={store.currency} layout="compact" eager={2} />
        </section>
      ) : null}
      <StoreCollections collections={collections} layout="bold" />
      <Categories categories={categories} />
      <section aria-labelledby="new-h">
        <h2 id="new-h">Just in</h2>
        <ProductGrid items={featured} currency={store.currency} layout="compact" />
      </section>
    </>
  );
}

/** Home: hero, promoted and newest listings and collections, in the theme's home layout. */
export default async function Home() {
  const store = await requireStore();
  const [featured, promoted, categories, collections, origin, n, variant] = await Promise.all([
    listProducts(store, { sort: 'newest', limit: 12 }),
    listProducts(store, { promoted: true, limit: 8 }),
    listCategories(store),
    listCollections(store),
    currentOrigin(),
    nonce(),
    experimentVariant(store, 'home-layout'),
  ]);
  const layout = layoutUnderTest(variant, HOME_LAYOUTS, themeOf(store).home);
  const promotedItems = promoted.items.filter((l) => l.isPromoted !== false);
  const blocks = {
    store,
    hero: heroFor(store),
    featured: featured.items,
    promoted: promotedItems,
    categories,
    collections,
  };
  const org = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: store.name,
    url: `${origin}/`,
    ...(store.logo ? { logo: new URL(store.logo, origin).href } : {}),
    ...(store.contactEmail ? { email: store.contactEmail } : {}),
    sameAs: Object.values(store.socialLinks ?? {}),
  };
  return (
    <>
      <ShopUi>
        {layout === 'editorial' ? (
          <Editorial {...blocks} />
        ) : layout === 'bold' ? (
          <Bold {...blocks} />
        ) : (
          <Classic {...blocks} />
        )}
      </ShopUi>
      <script
        type="application/ld+json"
        nonce={n}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: jsonLd escapes `<`
        dangerouslySetInnerHTML={{ __html: jsonLd(org) }}
      />
    </>
  );
}

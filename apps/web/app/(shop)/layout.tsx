import { itemCount } from '@ventory/shop-core';
import type { Metadata, Viewport } from 'next';
import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { ConsentBanner } from '@/components/ConsentBanner';
import { Footer } from '@/components/Footer';
import { Header } from '@/components/Header';
import { SwRegister } from '@/components/SwRegister';
import { getCart } from '@/lib/api/cart';
import { listCategories, listMenus } from '@/lib/api/catalog';
import { CONSENT_COOKIE } from '@/lib/consent';
import { CART_COOKIE, SESSION_COOKIE } from '@/lib/session';
import { currentOrigin, nonce, requireStore } from '@/lib/tenant';
import { brandCss, themeOf } from '@/lib/theme';

export async function generateMetadata(): Promise<Metadata> {
  const store = await requireStore();
  const origin = await currentOrigin();
  const icon = store.favicon ?? '/icons/192';
  return {
    metadataBase: new URL(origin),
    title: { default: store.name, template: `%s | ${store.name}` },
    description: store.description ?? `Shop ${store.name}`,
    applicationName: store.name,
    manifest: '/manifest.webmanifest',
    icons: { icon, apple: '/icons/192' },
    openGraph: { siteName: store.name, type: 'website', locale: 'en_US' },
    alternates: { canonical: '/' },
  };
}

export async function generateViewport(): Promise<Viewport> {
  const store = await requireStore();
  return { themeColor: store.primaryColor ?? '#2b50aa', width: 'device-width', initialScale: 1 };
}

/** Resolves the store by Host, applies its theme, and frames every shop page. */
export default async function ShopLayout({ children }: { children: ReactNode }) {
  const store = await requireStore();
  const theme = themeOf(store);
  const [categories, menus, jar, n] = await Promise.all([
    listCategories(store),
    listMenus(store),
    cookies(),
    nonce(),
  ]);
  const cart = await getCart(store, jar.get(CART_COOKIE)?.value, jar.get(SESSION_COOKIE)?.value);
  const cartCount = itemCount(cart?.items ?? []);
  const consent = jar.get(CONSENT_COOKIE)?.value;
  return (
    <div
      className={`shop theme-${theme.header} home-${theme.home}`}
      data-theme={theme.name}
      data-preview={'preview' in store ? 'draft' : undefined}
    >
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: brandCss only emits validated colours and sanitised CSS */}
      <style nonce={n} dangerouslySetInnerHTML={{ __html: brandCss(store, theme) }} />
      <a className="skip" href="#main">
        Skip to content
      </a>
      {consent === 'yes' || consent === 'no' ? null : <ConsentBanner storeName={store.name} />}
      {'preview' in store ? (
        <p className="preview-banner" role="note">
          Preview of an unpublished design. Shoppers still see the live store.
        </p>
      ) : null}
      <Header
        store={store}
        layout={theme.header}
        categories={categories}
        menu={menus.header.items}
        cartCount={cartCount}
      />
      <main id="main" className="container">
        {children}
      </main>
      <Footer store={store} categories={categories} layout={theme.footer} menu={menus.footer.items} />
      <SwRegister />
    </div>
  );
}

import Link from '@/components/Link';
import type { Category, MenuItem } from '@/lib/api/catalog';
import type { Store } from '@/lib/api/store';
import type { FooterLayout } from '@/lib/theme';
import { FooterMenuColumns, flatMenu, MenuLink } from './Menus';

type Props = {
  store: Store;
  categories: Category[];
  layout?: FooterLayout;
  /** The merchant's footer menu; empty: the default shop and help links. */
  menu?: MenuItem[];
};

/** The help links of both layouts until the merchant saves a footer menu. */
const HELP = [
  { label: 'Track your order', href: '/track' },
  { label: 'Gift cards', href: '/gift-cards' },
  { label: 'Journal', href: '/blog' },
];

/** `minimal`: one centred line of links; `classic`: the store, shop and help columns. */
export function Footer({ store, categories, layout = 'classic', menu = [] }: Props) {
  const social = Object.entries(store.socialLinks ?? {}).filter(([, url]) => /^https?:\/\//.test(url));
  if (layout === 'minimal')
    return (
      <footer className="footer footer-minimal">
        <nav aria-label="Footer" className="container">
          <ul>
            {menu.length
              ? flatMenu(menu).map((m) => (
                  <li key={`${m.label}|${m.href}`}>
                    <MenuLink item={m} />
                  </li>
                ))
              : [{ label: 'Shop', href: '/search' }, ...HELP, { label: 'Account', href: '/account' }].map(
                  (l) => (
                    <li key={l.href}>
                      <Link href={l.href}>{l.label}</Link>
                    </li>
                  ),
                )}
            {!menu.length && store.contactEmail ? (
              <li>
                <a href={`mailto:${store.contactEmail}`}>Contact</a>
              </li>
            ) : null}
          </ul>
        </nav>
        <p className="container fineprint">
          © {new Date().getFullYear()} {store.name}
          {store.description ? ` · ${store.description}` : ''}
        </p>
      </footer>
    );
  return (
    <footer className="footer">
      <div className={`container footer-grid${menu.length ? ' footer-menu' : ''}`}>
        <section>
          <h2>{store.name}</h2>
          <p>{store.description}</p>
        </section>
        {menu.length ? (
          <FooterMenuColumns items={menu} />
        ) : (
          <>
            <section>
              <h2>Shop</h2>
              <ul>
                <li>
                  <Link href="/search">All products</Link>
                </li>
                {categories.slice(0, 5).map((c) => (
                  <li key={c.id}>
                    <Link href={`/c/${c.slug}`}>{c.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
            <section>
              <h2>Help</h2>
              <ul>
                {[{ label: 'Your account', href: '/account' }, ...HELP, { label: 'Cart', href: '/cart' }].map(
                  (l) => (
                    <li key={l.href}>
                      <Link href={l.href}>{l.label}</Link>
                    </li>
                  ),
                )}
                {store.contactEmail ? (
                  <li>
                    <a href={`mailto:${store.contactEmail}`}>{store.contactEmail}</a>
                  </li>
                ) : null}
                {social.map(([name, url]) => (
                  <li key={name}>
                    <a href={url} rel="noopener noreferrer">
                      {name}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          </>
        )}
      </div>
      <p className="container fineprint">
        © {new Date().getFullYear()} {store.name}
      </p>
    </footer>
  );
}

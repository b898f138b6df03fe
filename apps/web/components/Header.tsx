import Link from '@/components/Link';
import type { Category, MenuItem } from '@/lib/api/catalog';
import type { Store } from '@/lib/api/store';
import type { HeaderLayout } from '@/lib/theme';
import { HeaderMenu } from './Menus';
import { SearchBox } from './SearchBox';

type Props = {
  store: Store;
  layout: HeaderLayout;
  categories: Category[];
  /** The merchant's header menu; empty: all products and the top categories. */
  menu?: MenuItem[];
  cartCount: number;
};

function Logo({ store }: { store: Store }) {
  return (
    <Link href="/" className="logo">
      {store.logo ? (
        // biome-ignore lint/performance/noImgElement: merchant logos are small SVG/PNG of any host
        <img src={store.logo} alt="" height={40} />
      ) : (
        <span className="logo-mark" aria-hidden="true">
          {store.name.slice(0, 1)}
        </span>
      )}
      <span className="logo-text">{store.name}</span>
    </Link>
  );
}

function Nav({ categories, menu = [] }: { categories: Category[]; menu?: MenuItem[] }) {
  if (menu.length) return <HeaderMenu items={menu} />;
  const top = categories.filter((c) => !c.parentId).slice(0, 6);
  return (
    <nav aria-label="Categories" className="nav">
      <ul>
        <li>
          <Link href="/search">All products</Link>
        </li>
        {top.map((c) => (
          <li key={c.id}>
            <Link href={`/c/${c.slug}`}>{c.name}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Actions({ cartCount }: { cartCount: number }) {
  return (
    <div className="actions">
      <Link href="/account">Account</Link>
      <Link href="/cart" className="cart-link">
        Cart <span className="badge">{cartCount}</span>
        <span className="sr-only"> {cartCount === 1 ? 'item' : 'items'}</span>
      </Link>
    </div>
  );
}

/** Three header layouts: classic (logo, nav, actions in a row), centered (stacked), bold (brand bar). */
export function Header({ store, layout, categories, menu, cartCount }: Props) {
  if (layout === 'centered') {
    return (
      <header className="header header-centered">
        <div className="container header-top">
          <SearchBox />
          <Logo store={store} />
          <Actions cartCount={cartCount} />
        </div>
        <div className="container">
          <Nav categories={categories} menu={menu} />
        </div>
      </header>
    );
  }
  if (layout === 'bold') {
    return (
      <header className="header header-bold">
        <div className="announce">Free shipping on orders over $75 · Easy returns</div>
        <div className="container header-row">
          <Logo store={store} />
          <SearchBox />
          <Actions cartCount={cartCount} />
        </div>
        <div className="container">
          <Nav categories={categories} menu={menu} />
        </div>
      </header>
    );
  }
  return (
    <header className="header header-classic">
      <div className="container header-row">
        <Logo store={store} />
        <Nav categories={categories} menu={menu} />
        <SearchBox />
        <Actions cartCount={cartCount} />
      </div>
    </header>
  );
}

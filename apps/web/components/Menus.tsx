import Link from '@/components/Link';
import type { MenuItem } from '@/lib/api/catalog';

/** A path on the store goes through next/link; an outside URL is a plain link that leaves the shop. */
export function MenuLink({ item }: { item: { label: string; href: string } }) {
  if (item.href.startsWith('/')) return <Link href={item.href}>{item.label}</Link>;
  return (
    <a href={item.href} rel="noopener noreferrer">
      {item.label}
    </a>
  );
}

/**
 * The merchant's header menu: top-level links, each with its children in a list that opens on
 * hover and on keyboard focus (and stays open below it on narrow screens).
 */
export function HeaderMenu({ items }: { items: MenuItem[] }) {
  return (
    <nav aria-label="Main" className="nav">
      <ul>
        {items.map((item) => (
          <li key={`${item.label}|${item.href}`} className={item.children.length ? 'has-sub' : undefined}>
            <MenuLink item={item} />
            {item.children.length ? (
              <ul className="nav-sub">
                {item.children.map((c) => (
                  <li key={`${c.label}|${c.href}`}>
                    <MenuLink item={c} />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The merchant's footer menu as columns: an item with children is a column under its label. */
export function FooterMenuColumns({ items }: { items: MenuItem[] }) {
  const leaves = items.filter((i) => !i.children.length);
  const groups = items.filter((i) => i.children.length);
  return (
    <>
      {groups.map((g) => (
        <section key={`${g.label}|${g.href}`}>
          <h2>
            <MenuLink item={g} />
          </h2>
          <ul>
            {g.children.map((c) => (
              <li key={`${c.label}|${c.href}`}>
                <MenuLink item={c} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {leaves.length ? (
        <section>
          <h2>Links</h2>
          <ul>
            {leaves.map((l) => (
              <li key={`${l.label}|${l.href}`}>
                <MenuLink item={l} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** Every link of the footer menu in one line (the minimal footer). */
export const flatMenu = (items: MenuItem[]) => items.flatMap((i) => [i, ...i.children]);

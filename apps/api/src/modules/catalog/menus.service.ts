import type { TenantTx } from '../../platform/db/pool.ts';
import { recordEvent } from '../../platform/events.ts';
import { catalogWrites } from './catalog.schema.ts';
import type { MenuHandle, MenuInput, MenuItemInput, MenuLinkKind } from './menus.validators.ts';

/** Where a link to the store's own things lives on the storefront. */
const SHOP_PATH: Record<MenuLinkKind, string> = {
  page: '/pages/',
  post: '/blog/',
  category: '/c/',
  collection: '/collections/',
  product: '/p/',
};

type Leaf = Omit<MenuItemInput, 'children'>;
const hrefOf = (item: Leaf) =>
  item.link ? `${SHOP_PATH[item.link.kind]}${item.link.slug}` : (item.url ?? '/');

/** An item as the admin edits it: what was saved, plus where it leads (`href`). */
const toItemDto = (item: MenuItemInput) => ({
  label: item.label,
  url: item.url ?? null,
  link: item.link ?? null,
  href: hrefOf(item),
  children: (item.children ?? []).map((c) => ({
    label: c.label,
    url: c.url ?? null,
    link: c.link ?? null,
    href: hrefOf(c),
  })),
});

/** Stored items were validated on the way in (MenuBody); an unexpected shape reads as no items. */
const itemsOf = (raw: unknown): MenuItemInput[] => (Array.isArray(raw) ? (raw as MenuItemInput[]) : []);

/** The item with its link (and its children's) moved from one slug to another, or null if none was there. */
function relinked(items: MenuItemInput[], kind: MenuLinkKind, from: string, to: string) {
  let moved = false;
  const relink = <T extends Leaf>(item: T): T => {
    if (item.link?.kind !== kind || item.link.slug !== from) return item;
    moved = true;
    return { ...item, link: { kind, slug: to } };
  };
  const next = items.map((i) =>
    i.children ? { ...relink(i), children: i.children.map(relink) } : relink(i),
  );
  return moved ? next : null;
}

/**
 * The storefront's header and footer menus. Links to pages, categories… are kept by slug and
 * resolved to paths here (a rename carries the links along: `followRename`); a menu with no items
 * means "the storefront's default links".
 */
export const menuService = {
  async get(tx: TenantTx, storeId: string, handle: MenuHandle) {
    const row = await tx
      .selectFrom('storeMenus')
      .select(['items', 'updatedAt'])
      .where('storeId', '=', storeId)
      .where('handle', '=', handle)
      .executeTakeFirst();
    return {
      handle,
      items: itemsOf(row?.items).map(toItemDto),
      updatedAt: row ? row.updatedAt.toISOString() : null,
    };
  },

  /** Replaces the whole menu (its order is the list's); an empty list restores the default links. */
  async save(tx: TenantTx, storeId: string, handle: MenuHandle, input: MenuInput) {
    const items = JSON.stringify(input.items);
    await catalogWrites(tx)
      .insertInto('storeMenus')
      .values({ storeId, handle, items })
      .onConflict((oc) => oc.columns(['tenantId', 'storeId', 'handle']).doUpdateSet({ items }))
      .execute();
    await recordEvent(tx, 'catalog.menu.changed', { storeId, handle });
    return menuService.get(tx, storeId, handle);
  },

  /** Called where a page, post, category, collection or listing changes its slug (same transaction). */
  async followRename(tx: TenantTx, storeId: string, kind: MenuLinkKind, from: string, to: string) {
    if (from === to) return;
    const rows = await tx
      .selectFrom('storeMenus')
      .select(['handle', 'items'])
      .where('storeId', '=', storeId)
      .execute();
    for (const row of rows) {
      const items = relinked(itemsOf(row.items), kind, from, to);
      if (items) await menuService.save(tx, storeId, row.handle, { items });
    }
  },

  /** Both menus as shoppers follow them: labels and paths (empty: show the default links). */
  async storefront(tx: TenantTx, storeId: string) {
    const rows = await tx
      .selectFrom('storeMenus')
      .select(['handle', 'items'])
      .where('storeId', '=', storeId)
      .execute();
    const menu = (handle: MenuHandle) => ({
      items: itemsOf(rows.find((r) => r.handle === handle)?.items).map((i) => ({
        label: i.label,
        href: hrefOf(i),
        children: (i.children ?? []).map((c) => ({ label: c.label, href: hrefOf(c) })),
      })),
    });
    return { header: menu('header'), footer: menu('footer') };
  },
};

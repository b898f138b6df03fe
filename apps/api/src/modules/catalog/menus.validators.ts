import { z } from 'zod';
import { Slug, safeLink, Uuid } from '../../platform/http/schemas.ts';

export const MENU_HANDLES = ['header', 'footer'] as const;
export type MenuHandle = (typeof MENU_HANDLES)[number];
/** Items of one menu at most, children counted (a menu is not a sitemap). */
export const MAX_MENU_ITEMS = 50;

/** Where a menu item leads when it is not one of the store's own things (no script, no other site by `//`). */
export const MenuUrl = safeLink(2000);

export const MENU_LINK_KINDS = ['page', 'post', 'category', 'collection', 'product'] as const;
export type MenuLinkKind = (typeof MENU_LINK_KINDS)[number];
const MenuLink = z.strictObject({ kind: z.enum(MENU_LINK_KINDS), slug: Slug });

const leafFields = {
  label: z.string().trim().min(1).max(80),
  url: MenuUrl.optional(),
  link: MenuLink.optional(),
};
/** An item leads somewhere: a URL or a link to one of the store's pages, posts, categories… */
const oneTarget = (item: { url?: string; link?: unknown }, ctx: z.RefinementCtx) => {
  if ((item.url === undefined) === (item.link === undefined))
    ctx.addIssue({
      code: 'custom',
      path: ['url'],
      message: 'give either a URL or a link, not both or neither',
    });
};
const MenuChild = z.strictObject(leafFields).superRefine(oneTarget);
const MenuItem = z
  .strictObject({ ...leafFields, children: z.array(MenuChild).max(MAX_MENU_ITEMS).optional() })
  .superRefine(oneTarget);

export const MenuBody = z
  .strictObject({ items: z.array(MenuItem).max(MAX_MENU_ITEMS) })
  .superRefine((body, ctx) => {
    const total = body.items.reduce((n, i) => n + 1 + (i.children?.length ?? 0), 0);
    if (total > MAX_MENU_ITEMS)
      ctx.addIssue({ code: 'custom', path: ['items'], message: `at most ${MAX_MENU_ITEMS} items in all` });
  });
export type MenuInput = z.output<typeof MenuBody>;
export type MenuItemInput = MenuInput['items'][number];

export const MenuParams = z.object({
  storeId: Uuid,
  handle: z.enum(MENU_HANDLES),
});

import { z } from 'zod';
import { adminRoute, type RouteDef, storefrontRoute } from '../../platform/http/route.ts';
import { DateTimeOut } from '../../platform/http/schemas.ts';
import { menuService } from './menus.service.ts';
import { MENU_HANDLES, MENU_LINK_KINDS, MenuBody, MenuParams } from './menus.validators.ts';

const Link = z.strictObject({ kind: z.enum(MENU_LINK_KINDS), slug: z.string() }).nullable();
const AdminLeaf = {
  label: z.string(),
  url: z.string().nullable(),
  link: Link,
  href: z.string().describe('Where the item leads on the storefront'),
};
export const MenuResponse = z.strictObject({
  handle: z.enum(MENU_HANDLES),
  items: z.array(z.strictObject({ ...AdminLeaf, children: z.array(z.strictObject(AdminLeaf)) })),
  updatedAt: DateTimeOut.nullable().describe('Null: never saved (the storefront shows its default links)'),
});
const ShopLeaf = { label: z.string(), href: z.string() };
const ShopMenu = z.strictObject({
  items: z
    .array(z.strictObject({ ...ShopLeaf, children: z.array(z.strictObject(ShopLeaf)) }))
    .describe('Empty: show the default links'),
});
export const StorefrontMenusResponse = z.strictObject({ header: ShopMenu, footer: ShopMenu });

const tags = ['menus'];

/** The header and footer menus: the merchant's read and save, and the storefront's read. */
export function menuRoutes(): RouteDef[] {
  const path = '/api/stores/:storeId/menus/:handle';
  return [
    adminRoute(
      {
        method: 'get',
        path,
        summary: 'A storefront menu (header or footer)',
        response: MenuResponse,
        tags,
        params: MenuParams,
      },
      ({ tx, params }) => menuService.get(tx, params.storeId, params.handle),
    ),
    adminRoute(
      {
        method: 'put',
        path,
        summary: 'Replace a storefront menu (no items: the default links)',
        response: MenuResponse,
        tags,
        params: MenuParams,
        body: MenuBody,
        requirePermission: 'catalog.write',
      },
      ({ tx, params, body }) => menuService.save(tx, params.storeId, params.handle, body),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/menus',
        summary: 'The header and footer menus',
        response: StorefrontMenusResponse,
        tags: ['storefront'],
        cache: 'storefront',
      },
      ({ tx, store }) => menuService.storefront(tx, store.storeId),
    ),
  ];
}

import type { z } from 'zod';
import type { TenantTx } from '../db/pool.ts';
import { adminRoute, created, noContent, type Permission, type RouteDef } from './route.ts';
import { ListEnvelopeOf, type ListQuery, StoreIdParams, StoreParams } from './schemas.ts';

/** The five store-scoped CRUD operations of a resource, as its service offers them. */
export type CrudService<C, U> = {
  list(tx: TenantTx, storeId: string, q: ListQuery): Promise<unknown>;
  get(tx: TenantTx, storeId: string, id: string): Promise<unknown>;
  create(tx: TenantTx, storeId: string, input: C): Promise<{ id: string }>;
  update(tx: TenantTx, storeId: string, id: string, input: U): Promise<unknown>;
  remove(tx: TenantTx, storeId: string, id: string): Promise<void>;
};

type CrudOptions<C, U> = {
  /** Path segment under `/api/stores/:storeId/`, e.g. `tax-rates`. */
  resource: string;
  noun: string;
  createBody: z.ZodType<C>;
  updateBody: z.ZodType<U>;
  listQuery: z.ZodType<ListQuery>;
  service: CrudService<C, U>;
  /** The permission that creating, changing and deleting needs. */
  permission: Permission;
  /** The resource as the API answers it: documents (and, in tests, checks) list, create, get and update. */
  item?: z.ZodType;
};

/** `GET|POST /api/stores/:storeId/<resource>` and `GET|PUT|DELETE …/<resource>/:id`. */
export function crudRoutes<C, U>(o: CrudOptions<C, U>): RouteDef[] {
  const base = `/api/stores/:storeId/${o.resource}`;
  const tags = [o.resource];
  const one = o.item ? { response: o.item } : {};
  const many = o.item ? { response: ListEnvelopeOf(o.item) } : {};
  return [
    adminRoute(
      {
        method: 'get',
        path: base,
        summary: `List ${o.noun}s`,
        ...many,
        tags,
        params: StoreParams,
        query: o.listQuery,
      },
      ({ tx, params, query }) => o.service.list(tx, params.storeId, query),
    ),
    adminRoute(
      {
        method: 'post',
        path: base,
        summary: `Create a ${o.noun}`,
        ...one,
        tags,
        params: StoreParams,
        body: o.createBody,
        requirePermission: o.permission,
      },
      async ({ tx, params, body }) => {
        const row = await o.service.create(tx, params.storeId, body);
        return created(`/api/stores/${params.storeId}/${o.resource}/${row.id}`, row);
      },
    ),
    adminRoute(
      { method: 'get', path: `${base}/:id`, summary: `Get a ${o.noun}`, tags, params: StoreIdParams, ...one },
      ({ tx, params }) => o.service.get(tx, params.storeId, params.id),
    ),
    adminRoute(
      {
        method: 'put',
        path: `${base}/:id`,
        summary: `Update a ${o.noun}`,
        ...one,
        tags,
        params: StoreIdParams,
        body: o.updateBody,
        requirePermission: o.permission,
      },
      ({ tx, params, body }) => o.service.update(tx, params.storeId, params.id, body),
    ),
    adminRoute(
      {
        method: 'delete',
        path: `${base}/:id`,
        summary: `Delete a ${o.noun}`,
        tags,
        params: StoreIdParams,
        requirePermission: o.permission,
      },
      async ({ tx, params }) => {
        await o.service.remove(tx, params.storeId, params.id);
        return noContent();
      },
    ),
  ];
}

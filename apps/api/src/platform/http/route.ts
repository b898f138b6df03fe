import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { TenantTx } from '../db/pool.ts';

/** Roles of a merchant's staff; a route lists the roles it allows (all of them when silent). */
export type Role = 'OWNER' | 'ADMIN' | 'STAFF';
export type AdminAuth = { kind: 'admin'; userId: string; tenantId: string; role: Role };
export type ShopperAuth = { kind: 'customer'; customerId: string; tenantId: string; storeId: string };
/** The store a storefront request is for, resolved from the `:domain` path segment or the Host. */
export type ResolvedStore = { tenantId: string; storeId: string; hostname: string };

type AnySchema = z.ZodType;
export type Schemas = { params?: AnySchema; query?: AnySchema; body?: AnySchema };
type Parsed<S extends Schemas, K extends keyof Schemas> = S[K] extends AnySchema ? z.output<S[K]> : undefined;

export type RouteSpec<S extends Schemas = Schemas> = S & {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express path, e.g. `/api/stores/:storeId/themes/:id`. */
  path: string;
  summary: string;
  tags: string[];
  /** Response schema, for the OpenAPI document. */
  response?: AnySchema;
  /** Roles allowed on an admin route; all roles when omitted. */
  roles?: Role[];
  /** Honour `Idempotency-Key` (POSTs that create orders, payments, refunds, fulfilments). */
  idempotent?: boolean;
};

type BaseCtx<S extends Schemas> = {
  params: Parsed<S, 'params'>;
  query: Parsed<S, 'query'>;
  body: Parsed<S, 'body'>;
  req: Request;
  res: Response;
};
export type PublicCtx<S extends Schemas> = BaseCtx<S>;
export type AdminCtx<S extends Schemas> = BaseCtx<S> & { auth: AdminAuth; tx: TenantTx };
export type StorefrontCtx<S extends Schemas> = BaseCtx<S> & {
  store: ResolvedStore;
  shopper: ShopperAuth | null;
  tx: TenantTx;
};

/** A response other than `200` with the returned value as JSON. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}
export const created = (location: string, body: unknown) => new Reply(201, body, { Location: location });
export const noContent = () => new Reply(204);

export type Access = 'public' | 'admin' | 'storefront';
type Handler<C> = (ctx: C) => Promise<unknown> | unknown;
export type RouteDef = {
  access: Access;
  spec: RouteSpec;
  // biome-ignore lint/suspicious/noExplicitAny: the runner builds the ctx that matches `access`.
  handler: Handler<any>;
};

/** A route anyone may call, with no tenant transaction (auth, health). */
export function publicRoute<S extends Schemas>(spec: RouteSpec<S>, handler: Handler<PublicCtx<S>>): RouteDef {
  return { access: 'public', spec, handler };
}
/** A merchant route: bearer token required, runs in one transaction of the token's tenant. */
export function adminRoute<S extends Schemas>(spec: RouteSpec<S>, handler: Handler<AdminCtx<S>>): RouteDef {
  return { access: 'admin', spec, handler };
}
/** A shopper route under `/api/storefront/:domain`: runs in one transaction of the store's tenant. */
export function storefrontRoute<S extends Schemas>(
  spec: RouteSpec<S>,
  handler: Handler<StorefrontCtx<S>>,
): RouteDef {
  return { access: 'storefront', spec, handler };
}

import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Permission, Role } from '../auth/permissions.ts';
import type { TenantTx } from '../db/pool.ts';

export type { Permission, Role } from '../auth/permissions.ts';
/** What a merchant's access token says: who, in which tenant, with which role when it was issued. */
export type AdminClaim = {
  kind: 'admin';
  userId: string;
  tenantId: string;
  role: Role;
  /** When the token was signed (seconds since the epoch). */
  issuedAt?: number;
};
/**
 * A merchant caller as the request sees it, re-read from the database on every request (a removed
 * user or a changed role takes effect at once). An API key acts for the user who created it, with
 * the key's scopes as its permissions.
 */
export type AdminAuth = {
  kind: 'admin';
  /** The user acting, or for an API key the user who created it. */
  userId: string;
  tenantId: string;
  /** The user's role; `null` for an API key (its scopes are its permissions). */
  role: Role | null;
  apiKeyId: string | null;
  permissions: ReadonlySet<Permission>;
  /** The stores this caller may see; `null` for every store of the tenant. */
  storeIds: readonly string[] | null;
};
export type ShopperAuth = { kind: 'customer'; customerId: string; tenantId: string; storeId: string };
/** One admin mutation, as the audit log keeps it (written in the mutation's own transaction). */
export type AuditEntry = {
  action: string;
  method: string;
  path: string;
  storeId: string | null;
  targetId: string | null;
  status: number;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
};

/** How the route runner authenticates merchant callers and records what they do. */
export type AdminAccess = {
  /** Who a bearer credential is: an API key (`vk_…`, fully resolved) or a signed token's claim. */
  authenticate(token: string): Promise<AdminClaim | AdminAuth | ShopperAuth>;
  /** Re-reads a token's user in its tenant (401 when removed): role, permissions, stores. */
  admit(tx: TenantTx, who: AdminClaim | AdminAuth): Promise<AdminAuth>;
  record(tx: TenantTx, auth: AdminAuth, entry: AuditEntry): Promise<void>;
};

/** The store a storefront request is for, resolved from the `:domain` path segment or the Host. */
export type ResolvedStore = { tenantId: string; storeId: string; hostname: string };

type AnySchema = z.ZodType;
/** What a route answers when it does its job; 302 for a route whose job is to send the client on. */
export type SuccessStatus = 200 | 201 | 202 | 204 | 302;
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
  /**
   * The media type of a success body that is not JSON (a PDF, a CSV, an image, an event stream),
   * written by the handler itself; documented in OpenAPI in place of a `response` schema.
   */
  produces?: string;
  /**
   * The success statuses this route answers, the usual one first, when they differ from the
   * default (201 for POST, 204 for DELETE, 200 otherwise). Documented in OpenAPI, and checked
   * against every reply in the tests.
   */
  status?: SuccessStatus | readonly SuccessStatus[];
  /** The permission an admin route needs; any member of the tenant may call it when omitted (reads). */
  requirePermission?: Permission;
  /** The path parameter naming a store that this route acts on (`storeId` unless said). */
  storeParam?: string;
  /** Honour `Idempotency-Key` (POSTs that create orders, payments, refunds, fulfilments). */
  idempotent?: boolean;
  /**
   * A storefront read that is the same for every shopper: answered from the storefront cache when
   * it holds the reply, else run and its reply kept (see `StorefrontReadCache`).
   */
  cache?: 'storefront';
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
  /** The body as JSON text already (a cached reply), sent as is instead of `body`. */
  json?: string;

  /**
   * The second step of a saga, run once the route's transaction has committed (e.g. capturing a
   * payment authorised before the order was saved); its reply is what the client gets.
   */
  afterCommit?: () => Promise<Reply>;

  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly headers: Record<string, string> = {},
  ) {}

  /** This reply, completed by `step` after the commit. */
  completedAfterCommit(step: () => Promise<Reply>): Reply {
    this.afterCommit = step;
    return this;
  }
}
export const created = (location: string, body: unknown) => new Reply(201, body, { Location: location });
/** A 200 whose body is JSON text already. */
export function jsonText(text: string, headers: Record<string, string> = {}) {
  const reply = new Reply(200, undefined, headers);
  reply.json = text;
  return reply;
}

/**
 * Which read a request asks for, as the route understood it: its path pattern and its parsed
 * parameters and query (defaults filled, values trimmed, unknown keys dropped). Requests that
 * parse the same are the same read, whatever their URL's spelling.
 */
export type StorefrontRead = { route: string; params: unknown; query: unknown };

/**
 * The storefront read cache (catalog's), for routes with `cache: 'storefront'`: `serve` answers
 * from the cache, or runs `read` (the route's transaction) and keeps its 200 reply. Runs after
 * the route runner has resolved the store and parsed the input, once.
 */
export type StorefrontReadCache = {
  serve(
    store: ResolvedStore,
    asked: StorefrontRead,
    res: Response,
    read: () => Promise<Reply>,
  ): Promise<Reply>;
  /**
   * The reply this process holds for the read now, without waiting on anything, as `serve` would
   * answer it (body, headers); `take` does what a hit does besides replying. Undefined otherwise.
   */
  heldHere(
    store: ResolvedStore,
    asked: StorefrontRead,
  ): { body: string; headers: Record<string, string>; take(): void } | undefined;
};
export const noContent = () => new Reply(204);

/** The success statuses a route answers (its `status`, else the method's default). */
export function successStatuses(spec: Pick<RouteSpec, 'method' | 'status'>): readonly SuccessStatus[] {
  if (spec.status !== undefined) return typeof spec.status === 'number' ? [spec.status] : spec.status;
  return [spec.method === 'post' ? 201 : spec.method === 'delete' ? 204 : 200];
}

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

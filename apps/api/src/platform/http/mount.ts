import type { Request, RequestHandler, Response } from 'express';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Db, TenantTx } from '../db/pool.ts';
import { type FieldError, forbidden, invalid, notFound, unauthenticated } from '../errors.ts';
import { type IdempotentRun, runIdempotent } from './idempotency.ts';
import { type Problem, sendProblem, zodFieldErrors } from './problem.ts';
import { responseMismatch, responseValidationOn, statusMismatch } from './response-check.ts';
import {
  type AdminAccess,
  type AdminAuth,
  Reply,
  type ResolvedStore,
  type RouteDef,
  type ShopperAuth,
  type StorefrontReadCache,
} from './route.ts';
import { setsNoField } from './schemas.ts';
import type { TenantWriteShare } from './tenant-write-share.ts';

/** What the route runner needs from the platform; built once in server.ts. */
export type RouteRuntime = {
  db: Db;
  access: AdminAccess;
  resolveStore(hostname: string): Promise<ResolvedStore>;
  limitTenant(tenantId: string): Promise<void>;
  /** How long a RUNNING Idempotency-Key stays its owner's without a heartbeat. */
  idempotencyLeaseSeconds?: number;
  /** Serves the routes that declare `cache: 'storefront'`; without it they always run. */
  storefrontCache?: StorefrontReadCache;
  /** Each tenant's share of a saturated process's storefront writes (docs/fairness.md); without it, none. */
  writeShare?: TenantWriteShare;
};

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function bearer(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const [scheme, token] = header.split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) throw unauthenticated('Malformed Authorization header');
  return token;
}

/** Parses params, query and body together so that every invalid field is reported at once. */
export function parseInput(def: RouteDef, req: { params: unknown; query: unknown; body?: unknown }) {
  const errors: FieldError[] = [];
  const parse = (schema: z.ZodType | undefined, value: unknown, where: string) => {
    if (!schema) return undefined;
    const result = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
    if (result.success) return result.data;
    errors.push(...zodFieldErrors(result.error, where === 'body' ? [] : [where]));
    return undefined;
  };
  const params = parse(def.spec.params, req.params, 'params');
  const query = parse(def.spec.query, req.query, 'query');
  const body = parse(def.spec.body, req.body, 'body');
  if (errors.length === 0 && isEmptyUpdate(def, body))
    errors.push({ path: '(root)', message: 'sets no field: send at least one field to change' });
  if (errors.length > 0) throw invalid('The request is not valid', errors);
  return { params, query, body };
}

/** An update that sets nothing (`{}`, or only keys the schema strips) is the client's mistake. */
function isEmptyUpdate(def: RouteDef, body: unknown): boolean {
  if (!def.spec.body || !['put', 'patch'].includes(def.spec.method)) return false;
  return setsNoField(body);
}

/**
 * Admin paths under a store answer 404 for a store that is not the tenant's (or does not exist),
 * and for a store outside the caller's stores: a scoped user cannot tell it from a missing one.
 */
async function assertStoreInScope(tx: TenantTx, auth: AdminAuth, storeId: string | undefined) {
  if (storeId === undefined) return;
  if (!UUID_RE.test(storeId)) throw notFound('Store');
  if (auth.storeIds && !auth.storeIds.includes(storeId.toLowerCase())) throw notFound('Store');
  const found = await sql`select 1 from stores where id = ${storeId}`.execute(tx);
  if (found.rows.length === 0) throw notFound('Store');
}

function send(res: Response, reply: Reply) {
  for (const [name, value] of Object.entries(reply.headers)) res.setHeader(name, value);
  if (reply.json !== undefined) {
    res.type('application/json');
    res.status(reply.status).send(reply.json); // Express answers 304 itself when the ETag matches
    return;
  }
  if (reply.status === 204 || reply.body === undefined) {
    res.status(reply.status).end();
    return;
  }
  // A handler's own problem (a 410 for a lapsed link), sent as a thrown one is.
  if (reply.status >= 400) return sendProblem(res, reply.body as Problem);
  res.status(reply.status).json(reply.body);
}

const MUTATIONS = new Set(['post', 'put', 'patch', 'delete']);

function auditEntry(def: RouteDef, req: Request, storeId: string | undefined, reply: Reply) {
  const params = req.params as Record<string, string | undefined>;
  // A creation's target is what it created: the last segment of its Location.
  const created = reply.headers.Location?.split('/').pop();
  return {
    action: def.spec.summary,
    method: def.spec.method.toUpperCase(),
    path: def.spec.path,
    storeId: storeId && UUID_RE.test(storeId) ? storeId : null,
    targetId: params.id ?? created ?? null,
    status: reply.status,
    ip: req.ip ?? null,
    userAgent: req.header('user-agent')?.slice(0, 500) ?? null,
    requestId: (req as Request & { id?: unknown }).id?.toString() ?? null,
  };
}

async function runAdmin(def: RouteDef, rt: RouteRuntime, req: Request, res: Response) {
  const token = bearer(req);
  if (!token) throw unauthenticated();
  const who = await rt.access.authenticate(token);
  if (who.kind !== 'admin') throw unauthenticated('A merchant access token is required');
  await rt.limitTenant(who.tenantId);
  rt.writeShare?.seen(who.tenantId);
  const storeId = req.params[def.spec.storeParam ?? 'storeId'] as string | undefined;
  const work = (run: IdempotentRun | null) =>
    rt.db.withTenant(who.tenantId, async (tx) => {
      const auth = await rt.access.admit(tx, who);
      const needed = def.spec.requirePermission;
      if (needed && !auth.permissions.has(needed))
        throw forbidden(`This needs the ${needed} permission`, needed);
      // Another tenant's store is 404 before anything else, so a body error cannot hint it exists.
      await assertStoreInScope(tx, auth, storeId);
      const input = parseInput(def, req);
      const reply = asReply(await def.handler({ ...input, req, res, auth, tx }));
      if (MUTATIONS.has(def.spec.method))
        await rt.access.record(tx, auth, auditEntry(def, req, storeId, reply));
      await run?.seal(tx, reply);
      return reply;
    });
  return withIdempotency(def, rt, req, res, who.tenantId, work);
}

async function runStorefront(def: RouteDef, rt: RouteRuntime, req: Request, res: Response) {
  const store = await rt.resolveStore(String(req.params.domain ?? ''));
  rt.writeShare?.seen(store.tenantId);
  const token = bearer(req);
  let shopper: ShopperAuth | null = null;
  if (token) {
    const auth = await rt.access.authenticate(token);
    if (auth.kind !== 'customer' || auth.storeId !== store.storeId)
      throw unauthenticated('Token is not for this store');
    shopper = auth;
  }
  const input = parseInput(def, req);
  // A shopper's writes (cart, checkout) find their rows by id: planned once (`genericPlans`).
  // Without an idempotency record to seal, nothing follows the handler's last statement.
  const work = (run: IdempotentRun | null) =>
    rt.db.withTenant(
      store.tenantId,
      async (tx) => {
        const reply = asReply(await def.handler({ ...input, req, res, store, shopper, tx }));
        await run?.seal(tx, reply);
        return reply;
      },
      { genericPlans: MUTATIONS.has(def.spec.method), lastStatementCommits: run === null },
    );
  if (def.spec.cache === 'storefront' && rt.storefrontCache)
    return rt.storefrontCache.serve(
      store,
      { route: def.spec.path, params: input.params, query: input.query },
      res,
      () => work(null),
    );
  const run = () => withIdempotency(def, rt, req, res, store.tenantId, work);
  return rt.writeShare && MUTATIONS.has(def.spec.method) ? rt.writeShare.run(store.tenantId, run) : run();
}

const asReply = (result: unknown) => (result instanceof Reply ? result : new Reply(200, result));

/** The reply after its post-commit step, when it has one (see `Reply.afterCommit`). */
const completed = async (reply: Reply) => (reply.afterCommit ? reply.afterCommit() : reply);

/**
 * Runs the route's transaction, under the Idempotency-Key when the route honours one. A handler
 * learns that it resumes a key whose first owner died through `res.locals.idempotencyResumed`.
 */
function withIdempotency(
  def: RouteDef,
  rt: RouteRuntime,
  req: Request,
  res: Response,
  tenantId: string,
  work: (run: IdempotentRun | null) => Promise<Reply>,
) {
  const key = req.header('idempotency-key');
  if (!def.spec.idempotent || !key) return work(null).then(completed);
  const scope = `${req.method} ${req.baseUrl}${req.path}`;
  return runIdempotent(
    rt.db,
    { tenantId, scope, key, body: req.body },
    async (run) => {
      res.locals.idempotencyResumed = run.resumed;
      return completed(await work(run));
    },
    rt.idempotencyLeaseSeconds,
  );
}

/** One route's Express handler: runs it as its access kind says and sends its reply. */
function routeHandler(def: RouteDef, rt: RouteRuntime) {
  return async (req: Request, res: Response) => {
    let reply: Reply;
    if (def.access === 'admin') reply = await runAdmin(def, rt, req, res);
    else if (def.access === 'storefront') reply = await runStorefront(def, rt, req, res);
    else reply = asReply(await def.handler({ ...parseInput(def, req), req, res }));
    if (responseValidationOn()) {
      const body = reply.json === undefined ? reply.body : JSON.parse(reply.json);
      // A handler that wrote its own reply (a CSV, a PDF) has sent it already: nothing to check.
      const mismatch = res.headersSent
        ? null
        : (responseMismatch(def, reply.status, body) ?? statusMismatch(def, reply.status));
      if (mismatch) throw new Error(mismatch);
    }
    if (!res.headersSent) send(res, reply);
  };
}

/**
 * The middleware that routes a request to its definition; the same definitions feed the OpenAPI
 * document. Express's router tries its routes one after the other, and a storefront product page
 * came 129th of 356: about a tenth of a cache hit's CPU went to that scan. find-my-way looks a
 * path up in a tree, with Express's matching rules (any case, an optional trailing slash). Where
 * two of our routes match one path, Express's order already put the static segment first, which
 * is what the tree prefers (checked on every route; bench/README, 2026-12-07 16:20). A path no
 * route has falls through to GraphQL and the 404.
 */
export function routeRequests(defs: RouteDef[], rt: RouteRuntime): RequestHandler {
  const routes = FindMyWay<FindMyWay.HTTPVersion.V1>({
    caseSensitive: false,
    ignoreTrailingSlash: true,
    // Longer parameters are the route's to reject (with a 400 naming the field), not a 404.
    maxParamLength: 16 * 1024,
  });
  for (const def of defs) {
    const handler = routeHandler(def, rt);
    routes.on(def.spec.method.toUpperCase() as HTTPMethod, def.spec.path, (req, res) =>
      handler(req as Request, res as Response),
    );
  }
  return (req, res, next) => {
    // Express answers HEAD with the GET route, sending the headers without the body.
    const found = routes.find(req.method === 'HEAD' ? 'GET' : (req.method as HTTPMethod), req.path);
    if (!found) return next();
    req.params = { ...found.params } as Record<string, string>;
    (found.handler(req, res, found.params, found.store, found.searchParams) as Promise<void>).catch(next);
  };
}

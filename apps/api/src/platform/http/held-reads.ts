import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import FindMyWay from 'find-my-way';
import fresh from 'fresh';
import { urlFault } from './input-guard.ts';
import { parseInput } from './mount.ts';
import type { ResolvedStore, RouteDef, StorefrontReadCache } from './route.ts';

export type HeldReadDeps = {
  cache: StorefrontReadCache;
  /** The store behind a hostname when this process knows it without asking anyone. */
  knownStore(hostname: string): ResolvedStore | undefined;
  /** The headers the app sets on every reply (request id, security headers, CORS). */
  commonHeaders(req: IncomingMessage, res: ServerResponse): void;
  /** Spends the client's request budget (the per-IP limit); rejects once it is spent. */
  spend(req: IncomingMessage): Promise<void>;
  /** Marks the tenant active (the write share's notion of who else is shopping). */
  seen(tenantId: string): void;
  /** The app: it answers every request this path does not, and a client whose budget is spent (its 429). */
  app(req: IncomingMessage, res: ServerResponse): void;
};

/**
 * Answers a storefront read that this process holds in its own cache copy right now, before the
 * Express app sees the request: no Redis look-up, no database, and none of the app's per-request
 * routing and middleware (a hit spent about half its CPU there). The reply is the one the app
 * would give: the same headers, the same budget spent, the same search logged. Anything else (a
 * token, a URL or query the route would refuse, a store or entry not held here) goes to the app
 * untouched, so this path adds no rule of its own. Returns the server's request listener.
 */
export function answerHeldReads(defs: RouteDef[], deps: HeldReadDeps): RequestListener {
  const routes = FindMyWay<FindMyWay.HTTPVersion.V1>({
    caseSensitive: false,
    ignoreTrailingSlash: true,
    maxParamLength: 16 * 1024,
  });
  for (const def of defs)
    if (def.access === 'storefront' && def.spec.cache === 'storefront' && def.spec.method === 'get')
      routes.on('GET', def.spec.path, () => {}, def);

  function held(req: IncomingMessage) {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.authorization !== undefined) return;
    const url = req.url ?? '/';
    if (urlFault(url)) return;
    const at = url.indexOf('?');
    const found = routes.find('GET', at < 0 ? url : url.slice(0, at));
    const def = found?.store as RouteDef | undefined;
    if (!found || !def) return;
    const store = deps.knownStore(found.params.domain ?? '');
    if (!store) return;
    const query = at < 0 ? {} : parseQuery(url.slice(at + 1));
    // Throws on input the route refuses: the app answers it, with the route's 400.
    const input = parseInput(def, { params: { ...found.params }, query });
    const reply = deps.cache.heldHere(store, { route: def.spec.path, ...input });
    return reply && { store, reply };
  }

  const heldOrNone = (req: IncomingMessage) => {
    try {
      return held(req);
    } catch {
      return undefined; // whatever this path cannot read, the app answers
    }
  };

  type Held = NonNullable<ReturnType<typeof held>>;
  /** The reply, as the app's route runner and `res.send` would write it. */
  function send(req: IncomingMessage, res: ServerResponse, { store, reply }: Held) {
    deps.seen(store.tenantId);
    reply.take();
    deps.commonHeaders(req, res);
    for (const [name, value] of Object.entries(reply.headers)) res.setHeader(name, value);
    // Added to what CORS varies on (`Origin`), as the app's cache does.
    res.setHeader('Vary', [res.getHeader('Vary'), 'Accept-Encoding'].filter(Boolean).join(', '));
    if (fresh(req.headers, { etag: reply.headers.ETag })) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Length', Buffer.byteLength(reply.body));
    res.end(req.method === 'HEAD' ? undefined : reply.body);
  }

  return (req, res) => {
    const hit = heldOrNone(req);
    if (!hit) return deps.app(req, res);
    deps
      .spend(req)
      .then(
        () => send(req, res, hit),
        () => deps.app(req, res),
      )
      .catch((err: Error) => res.destroy(err));
  };
}

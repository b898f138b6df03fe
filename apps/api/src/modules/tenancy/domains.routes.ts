import { z } from 'zod';
import { invalid, notFound } from '../../platform/errors.ts';
import { adminRoute, created, noContent, publicRoute, type RouteDef } from '../../platform/http/route.ts';
import { Hostname, IdParams, Uuid } from '../../platform/http/schemas.ts';
import type { DomainService } from './domains.service.ts';
import type { StoreResolver } from './store-resolver.ts';
import type { StoreService } from './stores.service.ts';

const tags = ['domains'];
const DomainParams = z.object({ id: Uuid, hostname: Hostname });
const AddDomainBody = z.strictObject({ hostname: Hostname });
const AskQuery = z.object({ domain: Hostname });

/** The OpenAPI shape of a store's domain (see DomainDto). */
const DomainResponse = z.object({
  hostname: z.string(),
  kind: z.enum(['primary', 'custom']),
  status: z.enum(['verified', 'pending']),
  verifiedBy: z.enum(['dns', 'http', 'platform']).nullable(),
  verifiedAt: z.string().nullable(),
  verification: z
    .object({
      dns: z.object({ type: z.literal('TXT'), name: z.string(), value: z.string() }),
      http: z.object({ url: z.string(), body: z.string() }),
    })
    .nullable()
    .describe('Either proof will do: the TXT record, or the token served at the URL (no redirects)'),
});

export function domainRoutes(deps: {
  stores: StoreService;
  domains: DomainService;
  resolver: StoreResolver;
}): RouteDef[] {
  const { stores, domains, resolver } = deps;
  return [
    adminRoute(
      {
        method: 'get',
        path: '/api/stores/:id/domains',
        summary: "List a store's domains and their verification status",
        tags,
        params: IdParams,
        storeParam: 'id',
        response: z.object({ data: z.array(DomainResponse) }),
      },
      async ({ tx, params }) => ({ data: await domains.list(tx, params.id) }),
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/stores/:id/domains',
        summary: "Set the store's custom domain; it routes once verified (answers the record to create)",
        tags,
        params: IdParams,
        body: AddDomainBody,
        requirePermission: 'settings.store',
        storeParam: 'id',
        response: DomainResponse,
      },
      async ({ tx, params, body }) => {
        const store = await stores.getStore(tx, params.id);
        if (store.customDomain !== body.hostname)
          await stores.updateStore(tx, params.id, { customDomain: body.hostname });
        const domain = await domains.describe(tx, params.id, body.hostname);
        return created(`/api/stores/${params.id}/domains/${body.hostname}`, domain);
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/stores/:id/domains/:hostname',
        summary: 'Get one of the store’s domains',
        tags,
        params: DomainParams,
        storeParam: 'id',
        response: DomainResponse,
      },
      ({ tx, params }) => domains.describe(tx, params.id, params.hostname),
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/stores/:id/domains/:hostname/verify',
        status: 200,
        summary: 'Check the proof of control of a domain; 422 DOMAIN_NOT_VERIFIED says what was found',
        tags,
        params: DomainParams,
        requirePermission: 'settings.store',
        storeParam: 'id',
        response: DomainResponse,
      },
      ({ tx, params }) => domains.verify(tx, params.id, params.hostname),
    ),
    adminRoute(
      {
        method: 'delete',
        path: '/api/stores/:id/domains/:hostname',
        summary: "Remove the store's custom domain (the storefront stops answering on it)",
        tags,
        params: DomainParams,
        requirePermission: 'settings.store',
        storeParam: 'id',
      },
      async ({ tx, params }) => {
        const store = await stores.getStore(tx, params.id);
        if (store.domain === params.hostname)
          throw invalid('The primary domain cannot be removed; change it with PUT /api/stores/:id', [
            { path: 'params.hostname', message: 'is the primary domain' },
          ]);
        if (store.customDomain !== params.hostname) throw notFound('Domain');
        await stores.updateStore(tx, params.id, { customDomain: null });
        return noContent();
      },
    ),
    publicRoute(
      {
        method: 'get',
        path: '/api/tls/ask',
        summary:
          "Caddy's on-demand TLS `ask`: 200 for a hostname an active store answers on (a platform subdomain or a verified domain), 404 otherwise",
        tags,
        query: AskQuery,
        response: z.strictObject({ domain: z.string(), allowed: z.literal(true) }),
      },
      async ({ query }) => {
        const store = await resolver.resolve(query.domain);
        return { domain: store.hostname, allowed: true };
      },
    ),
  ];
}

import { z } from 'zod';
import { notFound, unauthenticated } from '../../platform/errors.ts';
import { crudRoutes } from '../../platform/http/crud-routes.ts';
import { adminRoute, created, type RouteDef, storefrontRoute } from '../../platform/http/route.ts';
import { listQuery, StoreParams, Uuid } from '../../platform/http/schemas.ts';
import {
  PlanListResponse,
  PlanResponse,
  SubscriptionListResponse,
  SubscriptionResponse,
} from './subscriptions.responses.ts';
import {
  CreatePlanBody,
  SubscribeBody,
  type SubscriptionService,
  UpdatePlanBody,
} from './subscriptions.service.ts';

const tags = ['subscriptions'];
const Domain = z.object({ domain: z.string() });
const SubParams = z.object({ domain: z.string(), id: Uuid });
type Customers = { findById(tx: never, id: string): Promise<{ email: string } | undefined> };

/** Plans (admin CRUD), the merchant's list, and the customer's subscribe / pause / resume / cancel. */
export function subscriptionRoutes(subs: SubscriptionService, customers: Customers): RouteDef[] {
  const signedIn = (shopper: { customerId: string } | null) => {
    if (!shopper) throw unauthenticated('Sign in to manage subscriptions');
    return shopper.customerId;
  };
  const action = (verb: 'pause' | 'resume' | 'cancel') =>
    storefrontRoute(
      {
        method: 'post',
        path: `/api/storefront/:domain/account/subscriptions/:id/${verb}`,
        status: 200,
        summary: `${verb} a subscription`,
        response: SubscriptionResponse,
        tags,
        params: SubParams,
      },
      ({ tx, store, shopper, params }) => {
        // A subscription that is not the caller's is 404, signed in or not.
        if (!shopper) throw notFound('Subscription');
        return subs[verb](tx, store.storeId, shopper.customerId, params.id);
      },
    );
  return [
    ...crudRoutes({
      resource: 'subscription-plans',
      permission: 'catalog.write',
      noun: 'subscription plan',
      createBody: CreatePlanBody,
      updateBody: UpdatePlanBody,
      listQuery: listQuery(['createdAt']),
      service: subs.plans,
      item: PlanResponse,
    }),
    adminRoute(
      {
        method: 'get',
        path: '/api/stores/:storeId/subscriptions',
        summary: 'List subscriptions',
        response: SubscriptionListResponse,
        tags,
        params: StoreParams,
      },
      ({ tx, params }) => subs.listFor(tx, params.storeId, null),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/subscription-plans',
        summary: 'Subscribe-and-save plans on offer (active), of one listing with ?listingId=',
        response: PlanListResponse,
        tags,
        params: Domain,
        query: z.object({ listingId: Uuid.optional() }),
      },
      ({ tx, store, query }) => subs.plans.offered(tx, store.storeId, query.listingId),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/account/subscriptions',
        summary: 'My subscriptions',
        response: SubscriptionListResponse,
        tags,
        params: Domain,
      },
      ({ tx, store, shopper }) => subs.listFor(tx, store.storeId, signedIn(shopper)),
    ),
    storefrontRoute(
      {
        method: 'post',
        path: '/api/storefront/:domain/account/subscriptions',
        summary: 'Subscribe (first period charged now)',
        response: SubscriptionResponse,
        tags,
        params: Domain,
        body: SubscribeBody,
      },
      async ({ tx, store, shopper, params, body }) => {
        const customerId = signedIn(shopper);
        const customer = await customers.findById(tx as never, customerId);
        if (!customer) throw unauthenticated('Unknown customer');
        const sub = await subs.subscribe(tx, store.storeId, { customerId, email: customer.email }, body);
        return created(`/api/storefront/${params.domain}/account/subscriptions/${sub.id}`, sub);
      },
    ),
    action('pause'),
    action('resume'),
    action('cancel'),
  ];
}

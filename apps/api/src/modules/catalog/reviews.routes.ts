import type { Request } from 'express';
import { z } from 'zod';
import {
  adminRoute,
  created,
  noContent,
  type RouteDef,
  type ShopperAuth,
  storefrontRoute,
} from '../../platform/http/route.ts';
import { ListEnvelopeOf, StoreIdParams, StoreParams } from '../../platform/http/schemas.ts';
import {
  PublicReviewPage,
  PublicReviewResponse,
  ReviewResponse,
  ReviewVoteResponse,
} from './catalog.responses.ts';
import {
  CreateReviewBody,
  ModerateReviewBody,
  PublicReviewList,
  RespondBody,
  ReviewList,
  SubmitReviewBody,
} from './catalog.validators.ts';
import { DomainSlug, SF } from './content.routes.ts';
import { reviewService as reviews } from './reviews.service.ts';

const DomainId = z.object({ domain: z.string(), id: z.uuid() });

/** A stable voter key: the customer, else the anonymous session header, else the client address. */
export function shopperKey(req: Request, shopper: ShopperAuth | null): string {
  if (shopper) return `c:${shopper.customerId}`;
  const session = req.header('x-session-id');
  if (session && /^[A-Za-z0-9_-]{8,100}$/.test(session)) return `s:${session}`;
  return `ip:${req.ip ?? 'unknown'}`;
}

/** Reviews: the merchant's moderation queue and the storefront's submit, read and vote. */
export function reviewRoutes(): RouteDef[] {
  const revPath = '/api/stores/:storeId/reviews';
  const revTags = ['reviews'];
  return [
    adminRoute(
      {
        method: 'get',
        path: revPath,
        summary: 'List reviews (moderation queue)',
        response: ListEnvelopeOf(ReviewResponse),
        tags: revTags,
        params: StoreParams,
        query: ReviewList,
      },
      ({ tx, params, query }) => reviews.list(tx, params.storeId, query),
    ),
    adminRoute(
      {
        method: 'post',
        path: revPath,
        summary: 'Create a review (e.g. imported)',
        response: ReviewResponse,
        tags: revTags,
        params: StoreParams,
        body: CreateReviewBody,
        requirePermission: 'catalog.write',
      },
      async ({ tx, params, body }) => {
        const review = await reviews.create(tx, params.storeId, body);
        return created(`/api/stores/${params.storeId}/reviews/${review.id}`, review);
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: `${revPath}/:id`,
        summary: 'Get a review',
        response: ReviewResponse,
        tags: revTags,
        params: StoreIdParams,
      },
      ({ tx, params }) => reviews.get(tx, params.storeId, params.id),
    ),
    adminRoute(
      {
        method: 'put',
        path: `${revPath}/:id`,
        summary: 'Moderate a review (status, response)',
        response: ReviewResponse,
        tags: revTags,
        params: StoreIdParams,
        body: ModerateReviewBody,
        requirePermission: 'catalog.write',
      },
      ({ tx, params, body }) => reviews.moderate(tx, params.storeId, params.id, body),
    ),
    adminRoute(
      {
        method: 'post',
        path: `${revPath}/:id/approve`,
        status: 200,
        summary: 'Approve a review',
        response: ReviewResponse,
        tags: revTags,
        params: StoreIdParams,
        requirePermission: 'catalog.write',
      },
      ({ tx, params }) => reviews.moderate(tx, params.storeId, params.id, { status: 'APPROVED' }),
    ),
    adminRoute(
      {
        method: 'post',
        path: `${revPath}/:id/reject`,
        status: 200,
        summary: 'Reject a review',
        response: ReviewResponse,
        tags: revTags,
        params: StoreIdParams,
        requirePermission: 'catalog.write',
      },
      ({ tx, params }) => reviews.moderate(tx, params.storeId, params.id, { status: 'REJECTED' }),
    ),
    adminRoute(
      {
        method: 'post',
        path: `${revPath}/:id/respond`,
        status: 200,
        summary: "Publish the merchant's response",
        response: ReviewResponse,
        tags: revTags,
        params: StoreIdParams,
        body: RespondBody,
        requirePermission: 'catalog.write',
      },
      ({ tx, params, body }) => reviews.moderate(tx, params.storeId, params.id, { response: body.response }),
    ),
    adminRoute(
      {
        method: 'delete',
        path: `${revPath}/:id`,
        summary: 'Delete a review',
        tags: revTags,
        params: StoreIdParams,
        requirePermission: 'catalog.write',
      },
      async ({ tx, params }) => {
        await reviews.remove(tx, params.storeId, params.id);
        return noContent();
      },
    ),

    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/products/:slug/reviews',
        summary: 'Approved reviews of a product',
        response: PublicReviewPage,
        tags: SF,
        cache: 'storefront',
        params: DomainSlug,
        query: PublicReviewList,
      },
      ({ tx, store, params, query }) => reviews.published(tx, store.storeId, params.slug, query),
    ),
    storefrontRoute(
      {
        method: 'post',
        path: '/api/storefront/:domain/products/:slug/reviews',
        summary: 'Submit a review (held for moderation)',
        response: PublicReviewResponse,
        tags: SF,
        params: DomainSlug,
        body: SubmitReviewBody,
      },
      async ({ tx, store, shopper, params, body }) => {
        const review = await reviews.submit(
          tx,
          store.storeId,
          params.slug,
          body,
          shopper?.customerId ?? null,
        );
        return created(`/api/storefront/${params.domain}/products/${params.slug}/reviews`, review);
      },
    ),
    storefrontRoute(
      {
        method: 'post',
        path: '/api/storefront/:domain/reviews/:id/helpful',
        status: 200,
        summary: 'Mark a review helpful (once per shopper)',
        response: ReviewVoteResponse,
        tags: SF,
        params: DomainId,
      },
      ({ tx, store, shopper, params, req }) =>
        reviews.vote(tx, store.storeId, params.id, shopperKey(req, shopper), 'HELPFUL'),
    ),
    storefrontRoute(
      {
        method: 'post',
        path: '/api/storefront/:domain/reviews/:id/report',
        status: 200,
        summary: 'Report a review (once per shopper)',
        response: ReviewVoteResponse,
        tags: SF,
        params: DomainId,
      },
      ({ tx, store, shopper, params, req }) =>
        reviews.vote(tx, store.storeId, params.id, shopperKey(req, shopper), 'REPORT'),
    ),
  ];
}

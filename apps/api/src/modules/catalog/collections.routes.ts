import { adminRoute, created, noContent, type RouteDef } from '../../platform/http/route.ts';
import { ListEnvelopeOf, listQuery, StoreIdParams, StoreParams } from '../../platform/http/schemas.ts';
import { CollectionPreviewResponse, CollectionResponse } from './catalog.responses.ts';
import { CollectionPreviewBody, CreateCollectionBody, UpdateCollectionBody } from './catalog.validators.ts';
import { collectionService as collections } from './collections.service.ts';

/** A store's collections (manual or rule-based), for the merchant. */
export function collectionRoutes(): RouteDef[] {
  const cp = '/api/stores/:storeId/collections';
  const ct = ['collections'];
  return [
    adminRoute(
      {
        method: 'get',
        path: cp,
        summary: 'List collections',
        response: ListEnvelopeOf(CollectionResponse),
        tags: ct,
        params: StoreParams,
        query: listQuery(['title']),
      },
      ({ tx, params, query }) => collections.list(tx, params.storeId, query),
    ),
    adminRoute(
      {
        method: 'post',
        path: cp,
        summary: 'Create a collection (manual or rule-based)',
        response: CollectionResponse,
        tags: ct,
        params: StoreParams,
        body: CreateCollectionBody,
        requirePermission: 'catalog.write',
      },
      async ({ tx, params, body }) => {
        const collection = await collections.create(tx, params.storeId, body);
        return created(`/api/stores/${params.storeId}/collections/${collection.id}`, collection);
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: `${cp}/preview`,
        status: 200,
        summary: 'Count the listings that rules would gather (before the collection is saved)',
        response: CollectionPreviewResponse,
        tags: ct,
        params: StoreParams,
        body: CollectionPreviewBody,
      },
      ({ tx, params, body }) => collections.preview(tx, params.storeId, body),
    ),
    adminRoute(
      {
        method: 'get',
        path: `${cp}/:id`,
        summary: 'Get a collection',
        response: CollectionResponse,
        tags: ct,
        params: StoreIdParams,
      },
      ({ tx, params }) => collections.get(tx, params.storeId, params.id),
    ),
    adminRoute(
      {
        method: 'put',
        path: `${cp}/:id`,
        summary: 'Update a collection',
        response: CollectionResponse,
        tags: ct,
        params: StoreIdParams,
        body: UpdateCollectionBody,
        requirePermission: 'catalog.write',
      },
      ({ tx, params, body }) => collections.update(tx, params.storeId, params.id, body),
    ),
    adminRoute(
      {
        method: 'delete',
        path: `${cp}/:id`,
        summary: 'Delete a collection',
        tags: ct,
        params: StoreIdParams,
        requirePermission: 'catalog.write',
      },
      async ({ tx, params }) => {
        await collections.remove(tx, params.storeId, params.id);
        return noContent();
      },
    ),
  ];
}

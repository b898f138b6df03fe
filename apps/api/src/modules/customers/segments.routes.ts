import { z } from 'zod';
import { adminRoute, created, noContent, type RouteDef } from '../../platform/http/route.ts';
import { Money, Slug, StoreIdParams, StoreParams, Uuid } from '../../platform/http/schemas.ts';
import { SegmentList, SegmentResponse } from './customers.responses.ts';
import type { SegmentService } from './segments.service.ts';

const tags = ['customers', 'segments'];
const Rules = z.strictObject({
  totalSpentAtLeast: Money.optional(),
  orderCountAtLeast: z.number().int().min(0).optional(),
  noOrderInDays: z.number().int().min(1).max(3650).optional(),
  hasTag: z.string().trim().min(1).max(60).optional(),
  boughtFromCategory: Uuid.optional(),
  marketingConsent: z.boolean().optional(),
});
const SegmentBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  slug: Slug.optional(),
  priority: z.number().int().min(0).max(10_000).optional(),
  rules: Rules,
});

/** Segments of a store: define, evaluate now (the job also does it hourly), export members. */
export function segmentRoutes(segments: SegmentService): RouteDef[] {
  const base = '/api/stores/:storeId/segments';
  return [
    adminRoute(
      {
        method: 'get',
        path: base,
        summary: 'List segments',
        response: SegmentList,
        tags,
        params: StoreParams,
      },
      ({ tx, params }) => segments.list(tx, params.storeId),
    ),
    adminRoute(
      {
        method: 'post',
        path: base,
        summary: 'Define a segment by rules',
        response: SegmentResponse,
        tags,
        params: StoreParams,
        body: SegmentBody,
        requirePermission: 'marketing.write',
      },
      async ({ tx, params, body }) => {
        const s = await segments.create(tx, params.storeId, body);
        return created(`${base.replace(':storeId', params.storeId)}/${s.id}`, s);
      },
    ),
    adminRoute(
      {
        method: 'delete',
        path: `${base}/:id`,
        summary: 'Delete a segment',
        tags,
        params: StoreIdParams,
        requirePermission: 'marketing.write',
      },
      async ({ tx, params }) => {
        await segments.remove(tx, params.storeId, params.id);
        return noContent();
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: `${base}/evaluate`,
        status: 200,
        summary: 'Evaluate the segments now',
        response: SegmentList,
        tags,
        params: StoreParams,
        requirePermission: 'marketing.write',
      },
      async ({ tx, params }) => {
        await segments.evaluate(tx, params.storeId);
        return segments.list(tx, params.storeId);
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: `${base}/:id/customers.csv`,
        summary: 'Members as CSV',
        produces: 'text/csv',
        tags,
        params: StoreIdParams,
      },
      async ({ tx, params, res }) => {
        const csv = await segments.csv(tx, params.storeId, params.id);
        res.type('text/csv').setHeader('Content-Disposition', 'attachment; filename="segment.csv"');
        res.send(csv);
      },
    ),
  ];
}

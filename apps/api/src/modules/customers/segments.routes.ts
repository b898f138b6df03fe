import { z } from 'zod';
import { adminRoute, created, noContent, type RouteDef } from '../../platform/http/route.ts';
import {
  ListEnvelopeOf,
  Money,
  Slug,
  StoreIdParams,
  StoreParams,
  Uuid,
} from '../../platform/http/schemas.ts';
import {
  CustomerResponse,
  SegmentList,
  SegmentPreviewResponse,
  SegmentResponse,
} from './customers.responses.ts';
import { previewSegment, segmentMembers } from './segments.members.ts';
import type { SegmentService } from './segments.service.ts';

const tags = ['customers', 'segments'];
const Days = z.number().int().min(1).max(3650);
const Tag = z.string().trim().min(1).max(60);
const Rules = z.strictObject({
  match: z.enum(['all', 'any']).optional(),
  totalSpentAtLeast: Money.optional(),
  totalSpentAtMost: Money.optional(),
  orderCountAtLeast: z.number().int().min(0).optional(),
  orderCountAtMost: z.number().int().min(0).optional(),
  orderedWithinDays: Days.optional(),
  noOrderInDays: Days.optional(),
  hasTag: Tag.optional(),
  lacksTag: Tag.optional(),
  boughtFromCategory: Uuid.optional(),
  marketingConsent: z.boolean().optional(),
});
const SegmentBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  slug: Slug.optional(),
  priority: z.number().int().min(0).max(10_000).optional(),
  rules: Rules,
});

const Paging = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).default(0),
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
        method: 'get',
        path: `${base}/:id`,
        summary: 'A segment',
        response: SegmentResponse,
        tags,
        params: StoreIdParams,
      },
      ({ tx, params }) => segments.get(tx, params.storeId, params.id),
    ),
    adminRoute(
      {
        method: 'put',
        path: `${base}/:id`,
        summary: 'Change a segment (name, priority, rules)',
        response: SegmentResponse,
        tags,
        params: StoreIdParams,
        body: SegmentBody.omit({ slug: true }).partial(),
        requirePermission: 'marketing.write',
      },
      ({ tx, params, body }) => segments.update(tx, params.storeId, params.id, body),
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
        path: `${base}/preview`,
        status: 200,
        summary: 'Live member count and a sample of an unsaved rule set',
        response: SegmentPreviewResponse,
        tags,
        params: StoreParams,
        body: z.strictObject({ rules: Rules }),
      },
      ({ tx, params, body }) => previewSegment(tx, params.storeId, body.rules),
    ),
    adminRoute(
      {
        method: 'get',
        path: `${base}/:id/members`,
        summary: 'The customers matching a segment now',
        response: ListEnvelopeOf(CustomerResponse),
        tags,
        params: StoreIdParams,
        query: Paging,
      },
      ({ tx, params, query }) => segmentMembers(tx, params.storeId, params.id, query),
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

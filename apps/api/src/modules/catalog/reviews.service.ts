import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { listEnvelope, parseSort } from '../../platform/http/schemas.ts';
import { plainText } from './catalog.common.ts';
import { toPublicReviewDto, toReviewDto } from './catalog.dto.ts';
import { catalogWrites, type ReviewStatus } from './catalog.schema.ts';
import type { CreateReviewInput, SubmitReviewInput } from './catalog.validators.ts';
import { hasPurchased } from './order-facts.service.ts';

type AdminReviewQuery = {
  limit: number;
  offset: number;
  sort?: string;
  q?: string;
  status?: ReviewStatus;
  listingId?: string;
};

/** Recomputes a listing's average rating and count from its approved reviews, in one statement. */
async function refreshRating(tx: TenantTx, listingId: string) {
  await sql`
    update product_listings l set
      rating_count = agg.n,
      rating_avg = coalesce(agg.avg, 0)
    from (select count(*)::int as n, round(avg(rating), 2) as avg from product_reviews
          where listing_id = ${listingId} and status = 'APPROVED') agg
    where l.id = ${listingId}`.execute(tx);
}

/** Who is voting: a signed-in customer, else the anonymous session, else the client address. */
export type Voter = string;

/** Reviews: shoppers submit (PENDING), merchants approve, reject and respond; text stays plain text. */
export const reviewService = {
  async list(tx: TenantTx, storeId: string, q: AdminReviewQuery) {
    let base = tx.selectFrom('productReviews').where('storeId', '=', storeId);
    if (q.status) base = base.where('status', '=', q.status);
    if (q.listingId) base = base.where('listingId', '=', q.listingId);
    const { field, direction } = parseSort<'createdAt' | 'rating'>(q.sort ?? '-createdAt', 'createdAt');
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy(field, direction).orderBy('id').limit(q.limit).offset(q.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return listEnvelope(rows.map(toReviewDto), Number(count.n), q);
  },

  async get(tx: TenantTx, storeId: string, id: string) {
    const row = await tx
      .selectFrom('productReviews')
      .selectAll()
      .where('storeId', '=', storeId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('Review');
    return toReviewDto(row);
  },

  /** Sets the status and/or the merchant's public response; the listing's rating follows. */
  async moderate(
    tx: TenantTx,
    storeId: string,
    id: string,
    input: { status?: ReviewStatus; response?: string | null },
  ) {
    const patch = {
      ...(input.status ? { status: input.status } : {}),
      ...(input.response !== undefined
        ? {
            response: input.response === null ? null : plainText(input.response),
            responseAt: input.response === null ? null : new Date(),
          }
        : {}),
    };
    const row =
      Object.keys(patch).length === 0
        ? await tx
            .selectFrom('productReviews')
            .selectAll()
            .where('storeId', '=', storeId)
            .where('id', '=', id)
            .executeTakeFirst()
        : await catalogWrites(tx)
            .updateTable('productReviews')
            .set(patch)
            .where('storeId', '=', storeId)
            .where('id', '=', id)
            .returningAll()
            .executeTakeFirst();
    if (!row) throw notFound('Review');
    await refreshRating(tx, row.listingId);
    await recordEvent(tx, 'catalog.review.moderated', {
      storeId,
      reviewId: id,
      listingId: row.listingId,
      status: row.status,
    });
    return toReviewDto(row);
  },

  async remove(tx: TenantTx, storeId: string, id: string) {
    const row = await catalogWrites(tx)
      .deleteFrom('productReviews')
      .where('storeId', '=', storeId)
      .where('id', '=', id)
      .returning('listingId')
      .executeTakeFirst();
    if (!row) throw notFound('Review');
    await refreshRating(tx, row.listingId);
  },

  /** A review the merchant enters for one of the store's listings (never a verified purchase). */
  async create(tx: TenantTx, storeId: string, input: CreateReviewInput) {
    const listing = await tx
      .selectFrom('productListings')
      .select(['id', 'productId'])
      .where('storeId', '=', storeId)
      .where('id', '=', input.listingId)
      .executeTakeFirst();
    if (!listing)
      throw invalid('Unknown listing', [{ path: 'listingId', message: 'is not a listing of this store' }]);
    const row = await catalogWrites(tx)
      .insertInto('productReviews')
      .values({
        storeId,
        listingId: listing.id,
        productId: listing.productId,
        customerId: null,
        customerName: plainText(input.customerName) || 'Anonymous',
        rating: input.rating,
        title: input.title ? plainText(input.title) : null,
        content: plainText(input.content),
        status: input.status,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await refreshRating(tx, listing.id);
    await recordEvent(tx, 'catalog.review.moderated', {
      storeId,
      reviewId: row.id,
      listingId: listing.id,
      status: row.status,
    });
    return toReviewDto(row);
  },

  /** A shopper's review of a visible listing; it waits for moderation before anyone sees it. */
  async submit(
    tx: TenantTx,
    storeId: string,
    slug: string,
    input: SubmitReviewInput,
    customerId: string | null,
  ) {
    const listing = await tx
      .selectFrom('productListings')
      .select(['id', 'productId'])
      .where('storeId', '=', storeId)
      .where('slug', '=', slug)
      .where('isVisible', '=', true)
      .executeTakeFirst();
    if (!listing) throw notFound('Product');
    // Verified: a signed-in customer whose placed orders include this listing.
    const verified = customerId ? await hasPurchased(tx, storeId, customerId, listing.id) : false;
    const row = await catalogWrites(tx)
      .insertInto('productReviews')
      .values({
        storeId,
        listingId: listing.id,
        productId: listing.productId,
        customerId,
        customerName: plainText(input.customerName ?? (customerId ? 'Customer' : 'Anonymous')) || 'Anonymous',
        rating: input.rating,
        title: input.title ? plainText(input.title) : null,
        content: plainText(input.content),
        isVerifiedPurchase: verified,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordEvent(tx, 'catalog.review.submitted', { storeId, reviewId: row.id, listingId: listing.id });
    return toPublicReviewDto(row);
  },

  async published(
    tx: TenantTx,
    storeId: string,
    slug: string,
    q: { limit: number; offset: number; sort: string },
  ) {
    const listing = await tx
      .selectFrom('productListings')
      .select(['id', 'ratingAvg', 'ratingCount'])
      .where('storeId', '=', storeId)
      .where('slug', '=', slug)
      .where('isVisible', '=', true)
      .executeTakeFirst();
    if (!listing) throw notFound('Product');
    const base = tx
      .selectFrom('productReviews')
      .where('listingId', '=', listing.id)
      .where('status', '=', 'APPROVED');
    const order = {
      newest: ['createdAt', 'desc'],
      helpful: ['helpfulCount', 'desc'],
      rating: ['rating', 'asc'],
      '-rating': ['rating', 'desc'],
    } as const;
    const [field, direction] = order[q.sort as keyof typeof order] ?? order.newest;
    const [rows, count] = await Promise.all([
      base
        .selectAll()
        .orderBy(field, direction)
        .orderBy('createdAt', 'desc')
        .orderBy('id')
        .limit(q.limit)
        .offset(q.offset)
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return {
      ...listEnvelope(rows.map(toPublicReviewDto), Number(count.n), q),
      rating: { average: Number(listing.ratingAvg), count: listing.ratingCount },
    };
  },

  /** Counts a helpful vote or a report once per voter; repeats are no-ops. */
  async vote(tx: TenantTx, storeId: string, id: string, voter: Voter, kind: 'HELPFUL' | 'REPORT') {
    const review = await tx
      .selectFrom('productReviews')
      .select('id')
      .where('storeId', '=', storeId)
      .where('id', '=', id)
      .where('status', '=', 'APPROVED')
      .executeTakeFirst();
    if (!review) throw notFound('Review');
    const column = kind === 'HELPFUL' ? sql.ref('helpful_count') : sql.ref('report_count');
    const { rows } = await sql<{ helpfulCount: number; reportCount: number }>`
      with vote as (
        insert into review_votes (review_id, voter, kind) values (${id}, ${voter}, ${kind})
        on conflict do nothing returning review_id
      )
      update product_reviews set ${column} = ${column} + 1
      where id = (select review_id from vote)
      returning helpful_count, report_count`.execute(tx);
    const counts =
      rows[0] ??
      (await tx
        .selectFrom('productReviews')
        .select(['helpfulCount', 'reportCount'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow());
    return { id, helpfulCount: counts.helpfulCount, reportCount: counts.reportCount };
  },
};

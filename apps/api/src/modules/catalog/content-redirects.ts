import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { catalogWrites, type PageKind } from './catalog.schema.ts';

/** A page that shoppers can see: published, and its date (if any) reached. */
export const live = sql<boolean>`is_published and (published_at is null or published_at <= now())`;

type Where = { storeId: string; kind: PageKind };

/** A page now lives at `slug`: an old slug of another page no longer redirects from there. */
async function claimSlug(tx: TenantTx, at: Where, slug: string) {
  await catalogWrites(tx)
    .deleteFrom('contentRedirects')
    .where('storeId', '=', at.storeId)
    .where('kind', '=', at.kind)
    .where('oldSlug', '=', slug)
    .execute();
}

/**
 * Old slugs of pages and blog posts (table `content_redirects`): each points at the page, so a
 * page renamed twice answers for both old slugs with its current one.
 */
export const contentRedirects = {
  /**
   * A page's slug changed from `from` to `to`: `from` now redirects to the page, and `to` is no
   * longer anyone's old slug (the page, or another one, lives there now). Runs in the update's
   * transaction.
   */
  async moved(tx: TenantTx, at: Where, pageId: string, from: string, to: string) {
    await claimSlug(tx, at, to);
    await catalogWrites(tx)
      .insertInto('contentRedirects')
      .values({ storeId: at.storeId, kind: at.kind, oldSlug: from, pageId })
      .onConflict((oc) =>
        oc.columns(['tenantId', 'storeId', 'kind', 'oldSlug']).doUpdateSet({ pageId, createdAt: sql`now()` }),
      )
      .execute();
  },

  claim: claimSlug,

  /** The current slug of the live page that `oldSlug` used to name, or null. */
  async target(tx: TenantTx, at: Where, oldSlug: string): Promise<string | null> {
    const row = await tx
      .selectFrom('contentRedirects as r')
      .innerJoin('storePages as p', (j) =>
        j.onRef('p.tenantId', '=', 'r.tenantId').onRef('p.id', '=', 'r.pageId'),
      )
      .select('p.slug')
      .where('r.storeId', '=', at.storeId)
      .where('r.kind', '=', at.kind)
      .where('r.oldSlug', '=', oldSlug)
      .where('p.kind', '=', at.kind)
      .where(live) // its columns are the page's alone, so unqualified they name p's
      .executeTakeFirst();
    return row?.slug ?? null;
  },
};

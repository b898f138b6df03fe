import { sql, type Updateable } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { listEnvelope, parseSort, slugify } from '../../platform/http/schemas.ts';
import { defined, likePattern, slugGuard } from './catalog.common.ts';
import { toPageDto, toPublicPageDto } from './catalog.dto.ts';
import { catalogWrites, type PageKind, type StorePagesTable } from './catalog.schema.ts';
import type { PageInput } from './catalog.validators.ts';
import { renderContent } from './content.sanitize.ts';
import { contentRedirects, live } from './content-redirects.ts';
import { menuService } from './menus.service.ts';

const WHAT: Record<PageKind, string> = { PAGE: 'page', POST: 'blog post' };
const NOUN: Record<PageKind, string> = { PAGE: 'Page', POST: 'Blog post' };

function toColumns(input: PageInput, current?: { content: string; contentFormat: 'HTML' | 'MARKDOWN' }) {
  const { publishedAt, content, contentFormat, ...rest } = input;
  const columns: Updateable<StorePagesTable> = defined({ ...rest });
  if (publishedAt !== undefined) columns.publishedAt = publishedAt === null ? null : new Date(publishedAt);
  // HTML is stored sanitized; Markdown is kept as written and its rendering is sanitized.
  const format = contentFormat ?? current?.contentFormat ?? 'HTML';
  const source = content ?? current?.content;
  if (source !== undefined && (content !== undefined || contentFormat !== undefined)) {
    columns.contentFormat = format;
    columns.content = format === 'HTML' ? renderContent(source, 'HTML') : source;
    columns.contentHtml = renderContent(source, format);
  }
  // Publishing without a date publishes now; a future date schedules the page.
  if (input.isPublished === true && publishedAt === undefined)
    columns.publishedAt = sql<Date>`coalesce(published_at, now())` as never;
  return columns;
}

/** StorePage (kind PAGE) and blog posts (kind POST): CRUD for merchants, published ones for shoppers. */
export function contentService(kind: PageKind) {
  const table = (tx: TenantTx, storeId: string) =>
    tx.selectFrom('storePages').where('storeId', '=', storeId).where('kind', '=', kind);
  const event = (tx: TenantTx, storeId: string, id: string) =>
    recordEvent(tx, 'catalog.page.changed', { storeId, pageId: id, kind });
  const findLive = (tx: TenantTx, storeId: string, slug: string) =>
    table(tx, storeId).selectAll().where('slug', '=', slug).where(live).executeTakeFirst();

  return {
    async list(
      tx: TenantTx,
      storeId: string,
      q: { limit: number; offset: number; sort?: string; q?: string },
    ) {
      let base = table(tx, storeId);
      if (q.q) base = base.where('title', 'ilike', likePattern(q.q));
      const { field, direction } = parseSort<'title' | 'publishedAt' | 'createdAt'>(q.sort, 'createdAt');
      const [rows, count] = await Promise.all([
        base.selectAll().orderBy(field, direction).orderBy('id').limit(q.limit).offset(q.offset).execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return listEnvelope(rows.map(toPageDto), Number(count.n), q);
    },

    async get(tx: TenantTx, storeId: string, id: string) {
      const row = await table(tx, storeId).selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) throw notFound(NOUN[kind]);
      return toPageDto(row);
    },

    async create(tx: TenantTx, storeId: string, input: PageInput & { title: string }) {
      const slug = input.slug ?? slugify(input.title);
      if (!slug)
        throw invalid('A slug is required', [{ path: 'slug', message: 'cannot be derived from the title' }]);
      const publishNow = input.isPublished === true && input.publishedAt === undefined;
      const columns = toColumns({
        content: '',
        ...input,
        ...(publishNow ? { publishedAt: new Date().toISOString() } : {}),
      });
      const row = await slugGuard(WHAT[kind], slug, () =>
        catalogWrites(tx)
          .insertInto('storePages')
          .values({
            content: '',
            contentFormat: 'HTML',
            contentHtml: '',
            ...columns,
            storeId,
            kind,
            slug,
            title: input.title,
          })
          .returningAll()
          .executeTakeFirstOrThrow(),
      );
      await contentRedirects.claim(tx, { storeId, kind }, slug);
      await event(tx, storeId, row.id);
      return toPageDto(row);
    },

    async update(tx: TenantTx, storeId: string, id: string, input: PageInput) {
      const current = await table(tx, storeId)
        .select(['content', 'contentFormat', 'slug'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!current) throw notFound(NOUN[kind]);
      const patch = toColumns(input, current);
      const row = await slugGuard(WHAT[kind], input.slug ?? '', () =>
        catalogWrites(tx)
          .updateTable('storePages')
          .set(patch)
          .where('storeId', '=', storeId)
          .where('kind', '=', kind)
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow(),
      );
      // The old URL keeps working: a permanent redirect to the new slug (same transaction).
      if (row.slug !== current.slug) {
        await contentRedirects.moved(tx, { storeId, kind }, id, current.slug, row.slug);
        await menuService.followRename(
          tx,
          storeId,
          kind === 'POST' ? 'post' : 'page',
          current.slug,
          row.slug,
        );
      }
      await event(tx, storeId, id);
      return toPageDto(row);
    },

    async remove(tx: TenantTx, storeId: string, id: string) {
      const row = await catalogWrites(tx)
        .deleteFrom('storePages')
        .where('storeId', '=', storeId)
        .where('kind', '=', kind)
        .where('id', '=', id)
        .returning('id')
        .executeTakeFirst();
      if (!row) throw notFound(NOUN[kind]);
      await event(tx, storeId, id);
    },

    /**
     * Any page by id, draft or scheduled too, for a signed preview: only at its current slug, so
     * a token for one page opens no other.
     */
    async preview(tx: TenantTx, storeId: string, id: string, slug: string) {
      const row = await table(tx, storeId).selectAll().where('id', '=', id).executeTakeFirst();
      if (!row || row.slug !== slug) throw notFound(NOUN[kind]);
      return toPublicPageDto(row);
    },

    /** A published page by slug (a scheduled one is not published until its date). */
    async published(tx: TenantTx, storeId: string, slug: string) {
      const row = await findLive(tx, storeId, slug);
      if (!row) throw notFound(NOUN[kind]);
      return toPublicPageDto(row);
    },

    /**
     * A published page by slug, or, for an old slug of a live page, where it moved to
     * (`{ redirectTo }`: its current slug), for a permanent redirect.
     */
    async publishedOrMoved(tx: TenantTx, storeId: string, slug: string) {
      const row = await findLive(tx, storeId, slug);
      if (row) return toPublicPageDto(row);
      const redirectTo = await contentRedirects.target(tx, { storeId, kind }, slug);
      if (!redirectTo) throw notFound(NOUN[kind]);
      return { redirectTo };
    },

    async publishedList(tx: TenantTx, storeId: string, q: { limit: number; offset: number; tag?: string }) {
      let base = table(tx, storeId).where(live);
      if (q.tag) base = base.where(sql<boolean>`tags @> array[${q.tag}]::text[]`);
      const [rows, count] = await Promise.all([
        base
          .selectAll()
          .orderBy(sql`coalesce(published_at, created_at)`, 'desc')
          .orderBy('id')
          .limit(q.limit)
          .offset(q.offset)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      // Lists carry the excerpt, not the whole article.
      const data = rows.map((r) => {
        const { contentHtml: _h, content: _c, ...rest } = toPublicPageDto(r);
        return rest;
      });
      return listEnvelope(data, Number(count.n), q);
    },
  };
}
export type ContentService = ReturnType<typeof contentService>;

'use client';
// The store's CMS pages or blog posts: title (to the editor), address, visibility, last change;
// sorted and paged on the server, the search and page in the URL.
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import {
  type ContentItem,
  type ContentKind,
  KINDS,
  useContentList,
  visibilityText,
  when,
} from '@/lib/content';
import { useStores, useUrlState } from '@/lib/stores';
import { ContentNav } from './content-nav';
import { DataTable } from './data-table';
import { Page, ScrollX, States } from './ui';

const LIMIT = 25;

function columns(kind: ContentKind, storeQs: string): ColumnDef<ContentItem, unknown>[] {
  const { shopPath } = KINDS[kind];
  return [
    {
      header: 'Title',
      meta: { sort: 'title', className: 'span-all' },
      cell: ({ row: { original: p } }) => (
        <Link href={`/content/${kind}/${p.id}${storeQs}`} aria-label={`Edit ${p.title}`}>
          {p.title}
        </Link>
      ),
    },
    { header: 'Address', cell: ({ row }) => <code>{`${shopPath}${row.original.slug}`}</code> },
    { header: 'Visibility', meta: { sort: 'publishedAt' }, cell: ({ row }) => visibilityText(row.original) },
    { header: 'Last changed', cell: ({ row }) => when(row.original.updatedAt) },
  ];
}

function Search({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  return (
    <search>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          onSearch(String(new FormData(e.currentTarget).get('q') ?? ''));
        }}
      >
        <div className="field">
          <label htmlFor="content-q">Find by title</label>
          <input id="content-q" name="q" type="search" defaultValue={q} />
        </div>
        <div className="field">
          <button type="submit">Find</button>
        </div>
      </form>
    </search>
  );
}

export function ContentList({ kind }: { kind: ContentKind }) {
  const { current, query: storesQuery } = useStores();
  const { params, set } = useUrlState();
  const { noun, plural, title } = KINDS[kind];
  const q = params.get('q') ?? '';
  const query = new URLSearchParams({ limit: String(LIMIT), offset: params.get('offset') ?? '0' });
  if (q) query.set('q', q);
  query.set('sort', params.get('sort') ?? '-createdAt');
  const list = useContentList(current?.id ?? '', kind, query.toString());
  const storeQs = current ? `?store=${current.id}` : '';
  const create = (
    <Link className="button primary" href={`/content/${kind}/new${storeQs}`}>
      New {noun}
    </Link>
  );
  return (
    <Page
      title={title}
      crumbs={[{ label: 'Content', href: `/content${storeQs}` }, { label: title }]}
      actions={create}
    >
      <ContentNav />
      {!current ? (
        <p className="muted">{storesQuery.isPending ? 'Loading…' : 'Create a store first.'}</p>
      ) : (
        <>
          <Search q={q} onSearch={(next) => set({ q: next, offset: null })} />
          <States
            query={list}
            empty={q ? `No ${noun} matches “${q}”.` : `${current.name} has no ${plural} yet.`}
            isEmpty={(d) => d.total === 0}
          >
            {(d) => (
              <ScrollX label={title}>
                <DataTable
                  caption={`${title} of ${current.name}`}
                  className="cards-phone"
                  columns={columns(kind, storeQs)}
                  rows={d.data}
                  total={d.total}
                  limit={LIMIT}
                />
              </ScrollX>
            )}
          </States>
        </>
      )}
    </Page>
  );
}

import { z } from 'zod';
import { adminRoute, created, noContent, type RouteDef, storefrontRoute } from '../../platform/http/route.ts';
import { ListEnvelopeOf, StoreIdParams, StoreParams } from '../../platform/http/schemas.ts';
import {
  CategoryBySlugResponse,
  CategoryResponse,
  CategoryTreeResponse,
  PageResponse,
  PublicPageOrMoved,
  PublicPageSummary,
} from './catalog.responses.ts';
import {
  BlogList,
  CategoryList,
  CreateCategoryBody,
  CreatePageBody,
  PageList,
  UpdateCategoryBody,
  UpdatePageBody,
} from './catalog.validators.ts';
import { categoryService as categories } from './categories.service.ts';
import { type ContentService, contentService } from './content.service.ts';

export const SF = ['storefront'];
export const DomainSlug = z.object({ domain: z.string(), slug: z.string().trim().min(1).max(200) });

function crudRoutes(base: string, noun: string, tags: string[], service: ContentService): RouteDef[] {
  const path = `/api/stores/:storeId/${base}`;
  return [
    adminRoute(
      {
        method: 'get',
        path,
        summary: `List ${noun}s`,
        response: ListEnvelopeOf(PageResponse),
        tags,
        params: StoreParams,
        query: PageList,
      },
      ({ tx, params, query }) => service.list(tx, params.storeId, query),
    ),
    adminRoute(
      {
        method: 'post',
        path,
        summary: `Create a ${noun}`,
        response: PageResponse,
        tags,
        params: StoreParams,
        body: CreatePageBody,
        requirePermission: 'catalog.write',
      },
      async ({ tx, params, body }) => {
        const page = await service.create(tx, params.storeId, body);
        return created(`${path.replace(':storeId', params.storeId)}/${page.id}`, page);
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: `${path}/:id`,
        summary: `Get a ${noun}`,
        response: PageResponse,
        tags,
        params: StoreIdParams,
      },
      ({ tx, params }) => service.get(tx, params.storeId, params.id),
    ),
    adminRoute(
      {
        method: 'put',
        path: `${path}/:id`,
        summary: `Update a ${noun}`,
        response: PageResponse,
        tags,
        params: StoreIdParams,
        body: UpdatePageBody,
        requirePermission: 'catalog.write',
      },
      ({ tx, params, body }) => service.update(tx, params.storeId, params.id, body),
    ),
    adminRoute(
      {
        method: 'delete',
        path: `${path}/:id`,
        summary: `Delete a ${noun}`,
        tags,
        params: StoreIdParams,
        requirePermission: 'catalog.write',
      },
      async ({ tx, params }) => {
        await service.remove(tx, params.storeId, params.id);
        return noContent();
      },
    ),
  ];
}

/** Categories, CMS pages and blog posts: admin CRUD and the storefront reads. */
export function contentRoutes(): RouteDef[] {
  const pages = contentService('PAGE');
  const posts = contentService('POST');
  const catPath = '/api/stores/:storeId/categories';
  const catTags = ['categories'];
  return [
    adminRoute(
      {
        method: 'get',
        path: catPath,
        summary: 'List categories',
        response: ListEnvelopeOf(CategoryResponse),
        tags: catTags,
        params: StoreParams,
        query: CategoryList,
      },
      ({ tx, params, query }) => categories.list(tx, params.storeId, query),
    ),
    adminRoute(
      {
        method: 'post',
        path: catPath,
        summary: 'Create a category',
        response: CategoryResponse,
        tags: catTags,
        params: StoreParams,
        body: CreateCategoryBody,
        requirePermission: 'catalog.write',
      },
      async ({ tx, params, body }) => {
        const category = await categories.create(tx, params.storeId, body);
        return created(`/api/stores/${params.storeId}/categories/${category.id}`, category);
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: `${catPath}/:id`,
        summary: 'Get a category',
        response: CategoryResponse,
        tags: catTags,
        params: StoreIdParams,
      },
      ({ tx, params }) => categories.get(tx, params.storeId, params.id),
    ),
    adminRoute(
      {
        method: 'put',
        path: `${catPath}/:id`,
        summary: 'Update a category',
        response: CategoryResponse,
        tags: catTags,
        params: StoreIdParams,
        body: UpdateCategoryBody,
        requirePermission: 'catalog.write',
      },
      ({ tx, params, body }) => categories.update(tx, params.storeId, params.id, body),
    ),
    adminRoute(
      {
        method: 'delete',
        path: `${catPath}/:id`,
        summary: 'Delete a category',
        tags: catTags,
        params: StoreIdParams,
        requirePermission: 'catalog.write',
      },
      async ({ tx, params }) => {
        await categories.remove(tx, params.storeId, params.id);
        return noContent();
      },
    ),

    ...crudRoutes('pages', 'page', ['pages'], pages),
    ...crudRoutes('blog-posts', 'blog post', ['blog'], posts),

    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/categories',
        summary: 'Visible category tree',
        response: CategoryTreeResponse,
        tags: SF,
        cache: 'storefront',
      },
      async ({ tx, store }) => ({
        data: await categories.tree(tx, store.storeId),
      }),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/categories/:slug',
        summary: 'A category with its children and breadcrumbs',
        response: CategoryBySlugResponse,
        tags: SF,
        cache: 'storefront',
        params: DomainSlug,
      },
      ({ tx, store, params }) => categories.bySlug(tx, store.storeId, params.slug),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/pages',
        summary: 'Published pages (for navigation), newest first',
        response: ListEnvelopeOf(PublicPageSummary),
        tags: SF,
        cache: 'storefront',
        query: BlogList,
      },
      ({ tx, store, query }) => pages.publishedList(tx, store.storeId, query),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/pages/:slug',
        summary: 'A published page, or where it moved (`redirectTo`) when the slug is an old one',
        response: PublicPageOrMoved,
        tags: SF,
        cache: 'storefront',
        params: DomainSlug,
      },
      ({ tx, store, params }) => pages.publishedOrMoved(tx, store.storeId, params.slug),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/blog',
        summary: 'Published blog posts, newest first',
        response: ListEnvelopeOf(PublicPageSummary),
        tags: SF,
        cache: 'storefront',
        query: BlogList,
      },
      ({ tx, store, query }) => posts.publishedList(tx, store.storeId, query),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/blog/:slug',
        summary: 'A published blog post, or where it moved (`redirectTo`) when the slug is an old one',
        response: PublicPageOrMoved,
        tags: SF,
        cache: 'storefront',
        params: DomainSlug,
      },
      ({ tx, store, params }) => posts.publishedOrMoved(tx, store.storeId, params.slug),
    ),
  ];
}

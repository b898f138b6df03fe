import { iso } from './catalog.common.ts';
import type { CategoryRow, CollectionRow, PageRow, ReviewRow } from './catalog.schema.ts';

export type CategoryDto = ReturnType<typeof toCategoryDto>;
export type PageDto = ReturnType<typeof toPageDto>;
export type ReviewDto = ReturnType<typeof toReviewDto>;

export const toCategoryDto = (c: CategoryRow) => ({
  id: c.id,
  storeId: c.storeId,
  name: c.name,
  slug: c.slug,
  description: c.description,
  parentId: c.parentId,
  image: c.image,
  isVisible: c.isVisible,
  sortOrder: c.sortOrder,
  metaTitle: c.metaTitle,
  metaDescription: c.metaDescription,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});

export const toPageDto = (p: PageRow) => ({
  id: p.id,
  storeId: p.storeId,
  title: p.title,
  slug: p.slug,
  content: p.content,
  contentFormat: p.contentFormat,
  contentHtml: p.contentHtml,
  excerpt: p.excerpt,
  author: p.author,
  coverImage: p.coverImage,
  tags: p.tags,
  metaTitle: p.metaTitle,
  metaDescription: p.metaDescription,
  canonicalUrl: p.canonicalUrl,
  isPublished: p.isPublished,
  publishedAt: iso(p.publishedAt),
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
});

/**
 * What a shopper sees of a page: `contentHtml` (sanitized, ready to render) and `content` as
 * stored (sanitized HTML, or the Markdown source, for clients that show text only).
 */
export const toPublicPageDto = (p: PageRow) => {
  const { isPublished: _p, storeId: _s, ...rest } = toPageDto(p);
  return rest;
};

export const toReviewDto = (r: ReviewRow) => ({
  id: r.id,
  storeId: r.storeId,
  listingId: r.listingId,
  productId: r.productId,
  customerId: r.customerId,
  customerName: r.customerName,
  rating: r.rating,
  title: r.title,
  content: r.content,
  status: r.status,
  isVerifiedPurchase: r.isVerifiedPurchase,
  helpfulCount: r.helpfulCount,
  reportCount: r.reportCount,
  response: r.response,
  responseAt: iso(r.responseAt),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** A shopper sees approved reviews without moderation internals or other shoppers' ids. */
export const toPublicReviewDto = (r: ReviewRow) => {
  const { customerId: _c, status: _s, reportCount: _r, storeId: _st, ...rest } = toReviewDto(r);
  return rest;
};

export const toCollectionDto = (c: CollectionRow) => ({
  id: c.id,
  storeId: c.storeId,
  title: c.title,
  slug: c.slug,
  description: c.description,
  kind: c.kind,
  rules: c.rules,
  match: c.match,
  listingIds: c.listingIds,
  isVisible: c.isVisible,
  isFeatured: c.isFeatured,
  sortOrder: c.sortOrder,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});

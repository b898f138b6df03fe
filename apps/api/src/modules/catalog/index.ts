/** Catalog: listings, categories, collections, search, reviews, CMS pages and blog, wish lists. */

export type { CatalogTables } from './catalog.schema.ts';
export { contentRoutes } from './content.routes.ts';

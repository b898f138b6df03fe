import { ApiError, type StorefrontSettings } from '@ventory/sdk';
import { cache } from 'react';
import { client, tags } from './client';

export type Store = StorefrontSettings;

/** The active store serving `host`, or null for an unknown/inactive host (the API's 404). */
export const getStore = cache(async (host: string): Promise<Store | null> => {
  try {
    return await client([tags.host(host), 'stores']).storefront.settings(host);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return null;
    throw error;
  }
});

/**
 * The store with a theme's draft laid over, for a design-editor preview (a signed token from the
 * admin, checked by the API). Never cached: each edit must show at the next reload. An invalid or
 * expired token answers null and the page renders the live store.
 */
export const getPreviewStore = cache(async (host: string, token: string): Promise<Store | null> => {
  try {
    return await client(null).storefront.preview(host, token);
  } catch (error) {
    if (error instanceof ApiError && error.status < 500) return null;
    throw error;
  }
});

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

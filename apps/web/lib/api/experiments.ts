import { ApiError } from '@ventory/sdk';
import { analyticsSession } from '../consent';
import { client } from './client';
import type { Store } from './store';

/**
 * The variant of the store's experiment `key` that this shopper sees, or null: without analytics
 * consent nobody is enrolled (the shopper sees the theme), and an unknown, stopped or unreachable
 * experiment never breaks or blocks a page. Assignment is sticky per session (the API records it).
 */
export async function experimentVariant(store: Store, key: string): Promise<string | null> {
  const sessionId = await analyticsSession();
  if (!sessionId) return null;
  try {
    const assignment = await client(null).events.assignment(store.domain, key, sessionId);
    return assignment.active ? assignment.variant : null;
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) console.error(`experiment ${key}:`, error);
    return null;
  }
}

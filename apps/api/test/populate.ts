import type { Store, VentoryClient } from '@ventory/sdk';

/**
 * Gives a tenant one of (nearly) everything, through the API, so that suites such as the
 * tenant-isolation walk have real ids of every kind to try. Each module adds its resources here.
 */
export async function populateTenant(client: VentoryClient, store: Store): Promise<void> {
  await client.stores.themes.create(store.id, { name: 'Second theme' });
}

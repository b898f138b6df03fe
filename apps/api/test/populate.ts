import type { Store, VentoryClient } from '@ventory/sdk';

/**
 * Gives a tenant one of (nearly) everything, through the API, so that suites such as the
 * tenant-isolation walk have real ids of every kind to try. Each module adds its resources here.
 */
export async function populateTenant(client: VentoryClient, store: Store): Promise<void> {
  await client.stores.themes.create(store.id, { name: 'Second theme' });

  const kettle = await client.inventory.products.create({
    sku: 'POP-KETTLE',
    name: 'Populated Kettle',
    price: '40.00',
    initialStock: 10,
    lowStockThreshold: 20,
    variants: [
      { sku: 'POP-KETTLE-S', name: 'Small', options: { size: 'S' } },
      { sku: 'POP-KETTLE-L', name: 'Large', options: { size: 'L' }, price: '55.00' },
    ],
  });
  const warehouse = await client.inventory.locations.create({ name: 'Second warehouse', code: 'WH2' });
  const [small] = kettle.variants;
  if (!small) throw new Error('populate: the kettle has no variants');
  await client.inventory.products.adjust(kettle.id, {
    quantity: 5,
    reason: 'populate',
    locationId: warehouse.id,
    variantId: small.id,
  });
  await client.inventory.products.create({
    sku: 'POP-KIT',
    name: 'Populated Kit',
    type: 'BUNDLE',
    price: '60.00',
    bundleItems: [{ variantId: small.id, quantity: 1 }],
  });
}

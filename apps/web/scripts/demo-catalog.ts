// Fills the two demo stores with a small catalog (categories, products with images and variants,
// listings, shipping and the test card) through the admin API, for screenshots and Lighthouse.
import { VentoryClient } from '@ventory/sdk';

type Item = { name: string; image: string; price: string; category: number; sizes?: string[]; promoted?: boolean };
type Demo = { email: string; domain: string; categories: string[]; items: Item[] };

export const DEMO_CATALOG: Demo[] = [
  {
    email: 'owner@copperleaf.demo',
    domain: 'copperleaf.localhost',
    categories: ['Cookware', 'Kitchen linens', 'Tableware'],
    items: [
      { name: 'Copper Kettle', image: 'copper-kettle', price: '89.00', category: 0, promoted: true },
      { name: 'Cast Iron Skillet', image: 'cast-iron-skillet', price: '54.00', category: 0, promoted: true },
      { name: 'Linen Apron', image: 'linen-apron', price: '38.00', category: 1, sizes: ['S/M', 'L/XL'] },
      { name: 'Walnut Cutting Board', image: 'walnut-board', price: '64.00', category: 2 },
      { name: 'Enamel Dutch Oven', image: 'dutch-oven', price: '139.00', category: 0, promoted: true },
      { name: 'Stoneware Mug Set', image: 'mug-set', price: '42.00', category: 2 },
    ],
  },
  {
    email: 'owner@northwind.demo',
    domain: 'northwind.localhost',
    categories: ['Camping', 'Apparel', 'Hiking'],
    items: [
      { name: 'Trail Tent 2P', image: 'trail-tent', price: '249.00', category: 0, promoted: true },
      { name: 'Down Jacket', image: 'down-jacket', price: '189.00', category: 1, sizes: ['S', 'M', 'L'], promoted: true },
      { name: 'Camp Stove', image: 'camp-stove', price: '79.00', category: 0, promoted: true },
      { name: 'Trekking Poles', image: 'trekking-poles', price: '69.00', category: 2 },
      { name: 'Insulated Bottle', image: 'insulated-bottle', price: '29.00', category: 2, promoted: true },
      { name: 'Rain Shell', image: 'rain-shell', price: '159.00', category: 1, sizes: ['S', 'M', 'L'] },
    ],
  },
];

async function seedStore(api: VentoryClient, demo: Demo): Promise<void> {
  const session = await api.auth.login({ email: demo.email, password: 'demo-password' });
  const admin = api.as(session.accessToken);
  const stores = await admin.stores.list();
  const store = stores.data.find((s) => s.domain === demo.domain);
  if (!store) throw new Error(`no demo store ${demo.domain}`);
  const existing = await admin.raw<{ total: number }>('GET', `/api/stores/${store.id}/products?limit=1`);
  if (existing.status === 200 && existing.body.total > 0) return;
  const cats: string[] = [];
  for (const name of demo.categories) {
    cats.push((await admin.call<{ id: string }>('POST', `/api/stores/${store.id}/categories`, { name })).id);
  }
  for (const [i, item] of demo.items.entries()) {
    const sku = `${demo.domain.split('.')[0]}-${i}`.toUpperCase();
    const product = await admin.call<{ id: string }>('POST', '/api/inventory/products', {
      sku,
      name: item.name,
      description: `${item.name}, chosen for ${demo.categories[item.category]?.toLowerCase()}. Made to be used every day and to last for years.`,
      price: item.price,
      images: [`/demo/${item.image}.webp`],
      ...(item.sizes
        ? { variants: item.sizes.map((s, k) => ({ sku: `${sku}-${k}`, name: s, options: { Size: s }, initialStock: 12 })) }
        : { initialStock: 25 }),
    });
    await admin.call('POST', `/api/stores/${store.id}/products`, {
      productId: product.id,
      categoryIds: [cats[item.category]],
      isPromoted: item.promoted ?? false,
    });
  }
  await admin.raw('POST', `/api/stores/${store.id}/shipping-methods`, { name: 'Standard (3–5 days)', price: '6.00' });
  await admin.raw('POST', `/api/stores/${store.id}/payment-methods`, { name: 'Card', provider: 'test' });
}

export async function seedDemoCatalog(apiUrl: string): Promise<void> {
  const api = new VentoryClient({ baseUrl: apiUrl });
  for (const demo of DEMO_CATALOG) await seedStore(api, demo);
}

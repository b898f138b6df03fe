// The demo stores' catalog: categories, products with images (served by the web app from
// apps/web/public/demo) and variants, listings, a shipping method and the test card, created
// through the public admin API like real data.

type Item = {
  name: string;
  image: string;
  price: string;
  category: number;
  sizes?: string[];
  promoted?: boolean;
};
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
      {
        name: 'Down Jacket',
        image: 'down-jacket',
        price: '189.00',
        category: 1,
        sizes: ['S', 'M', 'L'],
        promoted: true,
      },
      { name: 'Camp Stove', image: 'camp-stove', price: '79.00', category: 0, promoted: true },
      { name: 'Trekking Poles', image: 'trekking-poles', price: '69.00', category: 2 },
      { name: 'Insulated Bottle', image: 'insulated-bottle', price: '29.00', category: 2, promoted: true },
      { name: 'Rain Shell', image: 'rain-shell', price: '159.00', category: 1, sizes: ['S', 'M', 'L'] },
    ],
  },
];

type Api = <T>(method: string, path: string, body?: unknown) => Promise<{ status: number; body: T }>;

function api(url: string, token?: string): Api {
  return async (method, path, body) => {
    const res = await fetch(url + path, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as never };
  };
}

async function must<T>(call: Api, method: string, path: string, body?: unknown): Promise<T> {
  const res = await call<T>(method, path, body);
  if (res.status >= 300)
    throw new Error(`demo catalog: ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

async function seedStore(url: string, demo: Demo): Promise<void> {
  const { accessToken } = await must<{ accessToken: string }>(api(url), 'POST', '/api/auth/login', {
    email: demo.email,
    password: 'demo-password',
  });
  const admin = api(url, accessToken);
  const stores = await must<{ data: Array<{ id: string; domain: string }> }>(
    admin,
    'GET',
    '/api/stores?limit=100',
  );
  const store = stores.data.find((s) => s.domain.startsWith(`${demo.domain.split('.')[0]}.`));
  if (!store) throw new Error(`no demo store ${demo.domain}`);
  const existing = await admin<{ total: number }>('GET', `/api/stores/${store.id}/products?limit=1`);
  if (existing.status !== 200 || existing.body.total > 0) return; // no catalog module, or seeded
  const cats: string[] = [];
  for (const name of demo.categories) {
    cats.push((await must<{ id: string }>(admin, 'POST', `/api/stores/${store.id}/categories`, { name })).id);
  }
  for (const [i, item] of demo.items.entries()) {
    const sku = `${demo.domain.split('.')[0]}-${i}`.toUpperCase();
    const product = await must<{ id: string }>(admin, 'POST', '/api/inventory/products', {
      sku,
      name: item.name,
      description: `${item.name}, chosen for ${demo.categories[item.category]?.toLowerCase()}. Made to be used every day and to last for years.`,
      price: item.price,
      images: [`/demo/${item.image}.webp`],
      ...(item.sizes
        ? {
            variants: item.sizes.map((s, k) => ({
              sku: `${sku}-${k}`,
              name: s,
              options: { Size: s },
              initialStock: 12,
            })),
          }
        : { initialStock: 25 }),
    });
    await must(admin, 'POST', `/api/stores/${store.id}/products`, {
      productId: product.id,
      categoryIds: [cats[item.category]],
      isPromoted: item.promoted ?? false,
    });
  }
  await admin('POST', `/api/stores/${store.id}/shipping-methods`, {
    name: 'Standard (3–5 days)',
    price: '6.00',
  });
  await admin('POST', `/api/stores/${store.id}/payment-methods`, { name: 'Card', provider: 'test' });
}

/** Seeds each demo store once (a store that already has listings is left alone). */
export async function seedDemoCatalog(url: string): Promise<void> {
  for (const demo of DEMO_CATALOG) await seedStore(url, demo);
}

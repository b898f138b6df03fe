/** The demo stores' product data: categories with their items, pages and blog posts. */
export type Item = {
  name: string;
  price: number;
  sizes?: string[];
  colours?: string[];
  /** A digital product's file, served by the storefront from public/demo-downloads. */
  download?: string;
  /** A monthly subscribe-and-save plan at 10 % off, by this name. */
  subscription?: string;
  tags?: string[];
};
export type Cat = { name: string; parent?: string; shape: string; blurb: string; items: Item[] };
export type DemoCatalog = {
  cats: Cat[];
  pages: { title: string; content: string }[];
  posts: { title: string; content: string; tags: string[] }[];
};

const APPAREL = ['S', 'M', 'L', 'XL'];
const SHOES = ['40', '41', '42', '43', '44', '45'];

export const CATALOGS: Record<string, DemoCatalog> = {
  copperleaf: {
    cats: [
      { name: 'Cookware', shape: 'circle', blurb: 'Pots, pans and kettles that last a lifetime.', items: [] },
      {
        name: 'Pots & Pans',
        parent: 'Cookware',
        shape: 'circle',
        blurb: 'Even heat, honest materials.',
        items: [
          { name: 'Copper Saucepan', price: 129 },
          { name: 'Cast Iron Skillet', price: 59, tags: ['bestseller'] },
          { name: 'Carbon Steel Wok', price: 74 },
          { name: 'Enamel Dutch Oven', price: 189, colours: ['Flame', 'Sage', 'Ink'] },
          { name: 'Stainless Stockpot', price: 95 },
          { name: 'Copper Sauté Pan', price: 149 },
          { name: 'Crêpe Pan', price: 45 },
          { name: 'Braiser', price: 139 },
          { name: 'Roasting Pan', price: 88 },
          { name: 'Grill Pan', price: 64 },
          { name: 'Paella Pan', price: 52 },
          { name: 'Bamboo Steamer Basket', price: 24 },
        ],
      },
      {
        name: 'Kettles',
        parent: 'Cookware',
        shape: 'drop',
        blurb: 'For tea, coffee and everything in between.',
        items: [
          { name: 'Copper Kettle', price: 119, tags: ['bestseller', 'gift'] },
          { name: 'Gooseneck Pour-Over Kettle', price: 69 },
          { name: 'Enamel Whistling Kettle', price: 49, colours: ['Cream', 'Cobalt'] },
          { name: 'Cast Iron Tetsubin', price: 98 },
          { name: 'Glass Tea Kettle', price: 39 },
        ],
      },
      {
        name: 'Kitchen Tools',
        shape: 'triangle',
        blurb: 'The small things that make cooking a pleasure.',
        items: [
          { name: 'Olive Wood Spoon Set', price: 34, tags: ['gift'] },
          { name: "Chef's Knife 8in", price: 145 },
          { name: 'Paring Knife', price: 48 },
          { name: 'Bread Knife', price: 72 },
          { name: 'Walnut Cutting Board', price: 85 },
          { name: 'Marble Mortar and Pestle', price: 42 },
          { name: 'Balloon Whisk', price: 16 },
          { name: 'Silicone Spatula', price: 12 },
          { name: 'Brass Pepper Mill', price: 58, tags: ['gift'] },
          { name: 'Salt Cellar', price: 26 },
          { name: 'Kitchen Scale', price: 39 },
          { name: 'French Rolling Pin', price: 22 },
          { name: 'Mandoline Slicer', price: 44 },
        ],
      },
      {
        name: 'Tableware',
        shape: 'ring',
        blurb: 'Stoneware and glass for everyday tables.',
        items: [
          { name: 'Stoneware Dinner Plate', price: 28 },
          { name: 'Stoneware Bowl', price: 24 },
          { name: 'Speckled Mug', price: 19, colours: ['Oat', 'Moss', 'Clay'] },
          { name: 'Espresso Cup Pair', price: 32 },
          { name: 'Serving Platter', price: 54 },
          { name: 'Glass Tumbler Set', price: 36 },
          { name: 'Wine Carafe', price: 41 },
          { name: 'Butter Dish', price: 27 },
          { name: 'Ceramic Teapot', price: 62 },
          { name: 'Cake Stand', price: 49 },
        ],
      },
      {
        name: 'Linens',
        shape: 'square',
        blurb: 'Washed linen and cotton for the kitchen.',
        items: [
          { name: 'Linen Tea Towel', price: 18, colours: ['Natural', 'Rust', 'Stripe'] },
          { name: 'Waffle Dish Cloth', price: 9 },
          { name: 'Canvas Apron', price: 38, sizes: ['S/M', 'L/XL'] },
          { name: 'Oven Mitt Pair', price: 26 },
          { name: 'Linen Tablecloth', price: 89, sizes: ['140x180', '140x250'] },
          { name: 'Cloth Napkins Set of 4', price: 34 },
        ],
      },
      {
        name: 'Pantry',
        shape: 'drop',
        blurb: 'Small-batch staples we cook with ourselves.',
        items: [
          { name: 'Smoked Sea Salt', price: 11 },
          { name: 'Single-Origin Olive Oil', price: 29 },
          { name: 'Wildflower Honey', price: 14 },
          { name: 'Earl Grey Loose Tea', subscription: 'Monthly tea', price: 16 },
          { name: 'Dark Roast Coffee Beans', price: 18 },
          { name: 'Spice Starter Kit', price: 45, tags: ['gift'] },
          { name: 'Aged Balsamic Vinegar', price: 24 },
          { name: 'The Copperleaf Cookbook (eBook)', price: 15, download: 'copperleaf-cookbook.pdf' },
        ],
      },
    ],
    pages: [
      {
        title: 'About Us',
        content:
          '## Made to last\n\nCopperleaf Home started in a small workshop restoring **copper pans**. We still tin every pan by hand.',
      },
      {
        title: 'Shipping & Returns',
        content:
          '## Shipping\n\nFree shipping over $75. Orders leave our workshop within 2 working days.\n\n## Returns\n\n30 days, no questions asked.',
      },
      {
        title: 'Care Guide',
        content:
          '## Copper\n\nWash by hand, dry at once, polish with lemon and salt.\n\n## Cast iron\n\nKeep it oiled; never soak.',
      },
    ],
    posts: [
      {
        title: 'Why Copper Still Matters',
        content: 'Copper conducts heat **five times** better than steel. Here is how to cook with it.',
        tags: ['copper', 'guides'],
      },
      {
        title: 'Seasoning Cast Iron in Five Steps',
        content: '1. Scrub\n2. Dry\n3. Oil thinly\n4. Bake upside down\n5. Repeat',
        tags: ['cast-iron', 'guides'],
      },
      {
        title: 'Autumn Pantry Picks',
        content: 'Honey, smoked salt and a good olive oil: the season in three jars.',
        tags: ['pantry'],
      },
    ],
  },
  northwind: {
    cats: [
      {
        name: 'Shelter',
        shape: 'triangle',
        blurb: 'Tents, tarps and sleep systems.',
        items: [
          { name: 'Ridgeline 2P Tent', price: 349, tags: ['bestseller'] },
          { name: 'Summit 1P Bivy', price: 229 },
          { name: 'Basecamp 4P Tent', price: 489 },
          { name: 'Ultralight Tarp', price: 139 },
          { name: 'Tent Footprint', price: 45 },
          { name: 'Down Sleeping Bag -5C', price: 379 },
          { name: 'Synthetic Sleeping Bag 5C', price: 159 },
          { name: 'Inflatable Sleeping Pad', price: 129 },
          { name: 'Foam Sleeping Mat', price: 49 },
          { name: 'Camp Pillow', price: 29 },
          { name: 'Camp Hammock', price: 69 },
        ],
      },
      {
        name: 'Packs',
        shape: 'square',
        blurb: 'Carry what you need, comfortably.',
        items: [
          { name: 'Trailhead 28L Daypack', price: 119, colours: ['Fjord', 'Moss', 'Black'] },
          { name: 'Expedition 65L Pack', price: 289, sizes: ['S/M', 'M/L'] },
          { name: 'Hydration Vest 12L', price: 139 },
          { name: 'Roll-top Dry Bag 20L', price: 35 },
          { name: 'Hip Pack', price: 49 },
          { name: 'Stuff Sack Set', price: 39 },
        ],
      },
      { name: 'Clothing', shape: 'mountain', blurb: 'Layers for wind, rain and cold.', items: [] },
      {
        name: 'Jackets',
        parent: 'Clothing',
        shape: 'mountain',
        blurb: 'Shells, down and fleece.',
        items: [
          { name: 'Stormshell Rain Jacket', price: 249, sizes: APPAREL, tags: ['waterproof', 'bestseller'] },
          { name: 'Alpine Down Jacket', price: 299, sizes: APPAREL, tags: ['winter'] },
          { name: 'Fleece Midlayer', price: 99, sizes: APPAREL },
          { name: 'Softshell Jacket', price: 179, sizes: APPAREL },
          { name: 'Insulated Vest', price: 129, sizes: APPAREL, tags: ['winter'] },
        ],
      },
      {
        name: 'Base Layers',
        parent: 'Clothing',
        shape: 'ring',
        blurb: 'Merino and quick-dry essentials.',
        items: [
          { name: 'Merino Base Layer Top', price: 89, sizes: APPAREL },
          { name: 'Merino Leggings', price: 79, sizes: APPAREL },
          { name: 'Trail Tee', price: 35, sizes: APPAREL, tags: ['summer'] },
          { name: 'Hiking Socks 3-Pack', price: 29, sizes: ['S', 'M', 'L'] },
          { name: 'Sun Hoodie', price: 59, sizes: APPAREL, tags: ['summer'] },
        ],
      },
      {
        name: 'Footwear',
        shape: 'mountain',
        blurb: 'From trail runners to winter boots.',
        items: [
          { name: 'Trail Runner', price: 139, sizes: SHOES },
          { name: 'Waterproof Hiking Boot', price: 199, sizes: SHOES, tags: ['waterproof'] },
          { name: 'Camp Sandal', price: 59, sizes: SHOES, tags: ['summer'] },
          { name: 'Trail Gaiters', price: 39 },
        ],
      },
      {
        name: 'Camp Kitchen',
        shape: 'circle',
        blurb: 'Cook and drink well outdoors.',
        items: [
          { name: 'Titanium Pot 750ml', price: 49 },
          { name: 'Canister Stove', price: 65 },
          { name: 'Folding Spork', price: 12 },
          { name: 'Insulated Bottle 1L', price: 39, colours: ['Fjord', 'Sand'] },
          { name: 'Squeeze Water Filter', price: 45 },
          { name: 'Enamel Camp Mug', price: 16 },
          { name: 'Dehydrated Meal Pack', subscription: 'Monthly trail meals', price: 24 },
          { name: 'Collapsible Bowl', price: 14 },
          { name: 'Bear Canister', price: 89 },
        ],
      },
      {
        name: 'Accessories',
        shape: 'drop',
        blurb: 'The small kit that saves the day.',
        items: [
          { name: 'Headlamp 400lm', price: 49, tags: ['bestseller'] },
          { name: 'Trekking Poles Pair', price: 119 },
          { name: 'Baseplate Compass', price: 35 },
          { name: 'First Aid Kit', price: 39 },
          { name: 'Multi-tool', price: 69 },
          { name: 'Map Case', price: 19 },
          { name: 'Emergency Blanket', price: 8 },
          { name: 'Northern Trails Guidebook (eBook)', price: 12, download: 'northern-trails-guidebook.pdf' },
          { name: 'Merino Beanie', price: 29, tags: ['winter'] },
          { name: 'Neck Gaiter', price: 19 },
          { name: 'Glacier Sunglasses', price: 89 },
          { name: 'Camp Lantern', price: 39 },
          { name: 'Solar Charger', price: 79 },
          { name: 'Folding Camp Chair', price: 59 },
        ],
      },
    ],
    pages: [
      {
        title: 'About Northwind',
        content:
          '## Outdoors, every season\n\nWe test every piece of kit on the trails we love before it reaches our shelves.',
      },
      {
        title: 'Shipping & Returns',
        content:
          '## Shipping\n\nDispatched within 24 hours. Free over $100.\n\n## Returns\n\n60-day returns, even if used on the trail.',
      },
      {
        title: 'Size Guide',
        content:
          '| Size | Chest (cm) |\n| --- | --- |\n| S | 88-96 |\n| M | 96-104 |\n| L | 104-112 |\n| XL | 112-120 |',
      },
    ],
    posts: [
      {
        title: 'Layering for Shoulder Season',
        content: 'Base, mid, shell: how to stay warm **without** overheating.',
        tags: ['guides', 'clothing'],
      },
      {
        title: 'Choosing Your First Tent',
        content: 'Weight, space and weather: three questions to ask before you buy.',
        tags: ['guides', 'shelter'],
      },
      {
        title: 'Ten Essentials Checklist',
        content:
          'Navigation, headlamp, sun protection, first aid, knife, fire, shelter, food, water, clothes.',
        tags: ['safety'],
      },
    ],
  },
};

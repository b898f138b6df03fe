import { createHash } from 'node:crypto';

/**
 * A product description for each demo item: its own opening line, two details picked for it from
 * its category's list, and how it ships. Picked by a hash of the name, so every run agrees.
 */
const DETAILS: Record<string, string[]> = {
  'Pots & Pans': [
    'A thick base spreads heat evenly, so nothing scorches in the middle.',
    'Riveted handles stay cool on the hob and never work loose.',
    'Works on gas, electric and induction, and goes into the oven up to 260 °C.',
    'Seasons with use: the more you cook in it, the better it gets.',
    'Hand-finished in our workshop and inspected before it ships.',
    'Lifetime guarantee: we re-tin or refinish it if it ever needs it.',
  ],
  Kettles: [
    'Boils a full litre in about five minutes on a medium flame.',
    'A cool-touch handle and a lid that stays put while you pour.',
    'The spout is shaped for a slow, steady pour without drips.',
    'Works on gas, electric and induction hobs.',
    'Limescale wipes off with a rinse of vinegar and water.',
  ],
  'Kitchen Tools': [
    'Balanced in the hand for long prep sessions.',
    'Made from materials that age well rather than wear out.',
    'Hand wash and dry; it will outlast the drawer it lives in.',
    'A small tool that earns its place on the counter every day.',
    'Comes in a recycled-card box, ready to give.',
  ],
  Tableware: [
    'Glazed stoneware that is happy in the dishwasher and microwave.',
    'Each piece varies a little: it is thrown and glazed by hand.',
    'Stacks neatly in the cupboard and looks good on open shelves.',
    'Sturdy enough for every day, pretty enough for guests.',
    'Lead-free glazes, fired at high temperature for strength.',
  ],
  Linens: [
    'Stone-washed for softness from the first use.',
    'Machine wash at 40 °C; it gets softer with every wash.',
    'Woven from European flax and organic cotton.',
    'Absorbent, quick-drying and lint-free.',
    'Pre-shrunk, so it keeps its size.',
  ],
  Pantry: [
    'Made in small batches by producers we know by name.',
    'No additives, nothing artificial, nothing you cannot pronounce.',
    'Packed in recyclable glass or paper.',
    'Our own kitchen goes through a lot of this.',
    'Best within a year of opening; store somewhere cool and dark.',
  ],
  Shelter: [
    'Pitches in minutes with colour-coded poles and clips.',
    'Seam-taped fly rated to 3000 mm of water column.',
    'Packs down small enough to strap to the outside of a pack.',
    'Tested through a wet Scottish autumn before we sold it.',
    'Repair kit and spare guy lines included.',
  ],
  Packs: [
    'An adjustable back system fits a wide range of torso lengths.',
    'Water-resistant recycled fabric with taped zips.',
    'Side pockets you can reach without taking it off.',
    'A padded hip belt carries the weight where it should be.',
    'Hydration sleeve and hose port for long days out.',
  ],
  Jackets: [
    'Fully taped seams and a hood that turns with your head.',
    'Pit zips let the heat out on steep climbs.',
    'Packs into its own pocket.',
    'PFC-free water repellency that you can renew in the wash.',
    'Cut long at the back to keep the wind out.',
  ],
  'Base Layers': [
    'Soft merino that keeps you warm when damp and does not hold smells.',
    'Flatlock seams that will not rub under a pack strap.',
    'Wicks sweat fast and dries overnight in a tent.',
    'A close, athletic fit made for layering.',
    'Machine washable on a cool wool cycle.',
  ],
  Footwear: [
    'Grippy rubber outsole with deep lugs for mud and scree.',
    'A waterproof, breathable membrane keeps feet dry.',
    'Cushioned midsole for long days on hard trails.',
    'Resoleable: send them back and we will fit new soles.',
    'Half sizes? Pick the larger one and add a thicker sock.',
  ],
  'Camp Kitchen': [
    'Light enough for a long hike, tough enough for car camping.',
    'Nests with the rest of our camp kitchen to save space.',
    'Hard-anodised aluminium that heats quickly on a small stove.',
    'Cleans with a wipe and a splash of water.',
    'Every piece has a place and a purpose.',
  ],
  Accessories: [
    'Small, light and worth carrying on every trip.',
    'Built to take knocks and keep working.',
    'Fits in a hip-belt pocket.',
    'The kind of kit you only notice when you have left it at home.',
    'Backed by our two-year guarantee.',
  ],
};

const OPENINGS = [
  (n: string) => `The ${n} is one of the pieces we reach for most.`,
  (n: string) => `Meet the ${n}: simple, honest and built to last.`,
  (n: string) => `Our ${n} was designed around how people actually use it.`,
  (n: string) => `We tested a dozen before settling on this ${n}.`,
  (n: string) => `The ${n} does one job and does it very well.`,
];

export function describe(name: string, category: { name: string; blurb: string }, digital: boolean): string {
  const h = createHash('sha1').update(name).digest();
  const details = DETAILS[category.name] ?? [category.blurb];
  const first = (h[0] ?? 0) % details.length;
  const second = (first + 1 + ((h[1] ?? 0) % (details.length - 1 || 1))) % details.length;
  const opening = OPENINGS[(h[2] ?? 0) % OPENINGS.length] ?? OPENINGS[0];
  const picked = digital
    ? ['A beautifully laid-out PDF you can read on any device.']
    : [details[first], details[second]].filter((d, i, all) => d && all.indexOf(d) === i);
  const shipping = digital
    ? 'Delivered as a download link right after purchase.'
    : 'Ships from our own warehouse within two working days.';
  return [opening?.(name) ?? name, ...picked, category.blurb, shipping].join(' ');
}

/** Design tokens from a store's settings and theme, shared by the app and the web. */
export type Layouts = {
  header: 'classic' | 'centered' | 'bold';
  home: 'classic' | 'editorial' | 'bold';
  product: 'classic' | 'stacked' | 'split';
  category: 'grid' | 'list' | 'compact';
};

export type ThemeTokens = {
  colors: {
    brand: string;
    /** The brand darkened until text in it reads at 4.5:1 on light surfaces. */
    brandInk: string;
    onBrand: string;
    accent: string;
    onAccent: string;
    text: string;
    muted: string;
    background: string;
    surface: string;
    border: string;
    danger: string;
    success: string;
    warning: string;
  };
  radius: { sm: number; md: number; lg: number; pill: number };
  space: { xs: number; sm: number; md: number; lg: number; xl: number };
  font: { family: string | undefined; body: number; small: number; title: number; heading: number };
  layouts: Layouts;
};

type StoreLike = {
  primaryColor?: string | null;
  secondaryColor?: string | null;
  theme?: {
    headerLayout?: string;
    homeLayout?: string;
    productLayout?: string;
    categoryLayout?: string;
    settings?: Record<string, unknown>;
  } | null;
};

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

function rgb(hex: string): [number, number, number] {
  const h = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c).slice(1) : hex.slice(1, 7);
  return [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** White or near-black, whichever reads better on `bg` (WCAG contrast). */
export function readableOn(bg: string): string {
  return contrast(bg, '#ffffff') >= contrast(bg, '#111111') ? '#ffffff' : '#111111';
}

const SURFACE = '#f6f5f2';

/** Darkens a colour until it reaches 4.5:1 on the soft surface (and so on white too). */
export function accessibleInk(hex: string): string {
  let [r, g, b] = rgb(hex);
  const toHex = () => `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
  for (let i = 0; i < 20 && contrast(toHex(), SURFACE) < 4.6; i++) [r, g, b] = [r * 0.9, g * 0.9, b * 0.9];
  return toHex();
}

function pick<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  const v = (value ?? '').toLowerCase() as T;
  return allowed.includes(v) ? v : fallback;
}

const num = (v: unknown, fallback: number, min: number, max: number) =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback;

/**
 * Tokens for a store: brand colours from its settings (only valid hex values), radius and font
 * from its theme's settings (`radius`, `fontFamily`), layouts from the theme's layout names with
 * unknown names falling back to the classic ones, as on the web.
 */
export function tokensFromStore(store: StoreLike | null | undefined): ThemeTokens {
  const primary = store?.primaryColor && HEX.test(store.primaryColor) ? store.primaryColor : '#2b50aa';
  const secondary =
    store?.secondaryColor && HEX.test(store.secondaryColor) ? store.secondaryColor : '#333333';
  const t = store?.theme;
  const settings = t?.settings ?? {};
  const radius = num(settings.radius, 8, 0, 24);
  const family = typeof settings.fontFamily === 'string' ? settings.fontFamily : undefined;
  return {
    colors: {
      brand: primary,
      brandInk: accessibleInk(primary),
      onBrand: readableOn(primary),
      accent: secondary,
      onAccent: readableOn(secondary),
      text: '#1d1d1f',
      muted: '#5c5c63',
      background: '#ffffff',
      surface: SURFACE,
      border: '#d9d7d2',
      danger: '#b3261e',
      success: '#1e7b34',
      warning: '#8a5a00',
    },
    radius: { sm: Math.round(radius / 2), md: radius, lg: radius * 2, pill: 999 },
    space: { xs: 4, sm: 8, md: 12, lg: 16, xl: 24 },
    font: { family, body: 16, small: 14, title: 20, heading: 26 },
    layouts: {
      header: pick(t?.headerLayout, ['classic', 'centered', 'bold'], 'classic'),
      home: pick(t?.homeLayout, ['classic', 'editorial', 'bold'], 'classic'),
      product: pick(t?.productLayout, ['classic', 'stacked', 'split'], 'classic'),
      category: pick(t?.categoryLayout, ['grid', 'list', 'compact'], 'grid'),
    },
  };
}

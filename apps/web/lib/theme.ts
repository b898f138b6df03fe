import type { Store } from './api/store';

export type HeaderLayout = 'classic' | 'centered' | 'bold';
export const HOME_LAYOUTS = ['classic', 'editorial', 'bold'] as const;
export const PRODUCT_LAYOUTS = ['classic', 'stacked', 'split'] as const;
export type HomeLayout = (typeof HOME_LAYOUTS)[number];
export type ProductLayout = (typeof PRODUCT_LAYOUTS)[number];
export type CategoryLayout = 'grid' | 'list' | 'compact';
export type FooterLayout = 'classic' | 'minimal';
/** `classic`: the summary beside the form; `focused`: one narrow column, the summary folded above it. */
export type CheckoutLayout = 'classic' | 'focused';

export type Theme = {
  name: string;
  header: HeaderLayout;
  home: HomeLayout;
  product: ProductLayout;
  category: CategoryLayout;
  footer: FooterLayout;
  checkout: CheckoutLayout;
  css: string;
};

function pick<T extends string>(value: string | null | undefined, allowed: readonly T[], fallback: T): T {
  const v = (value ?? '').toLowerCase() as T;
  return allowed.includes(v) ? v : fallback;
}

/** The store's active theme as layout choices; unknown layout names fall back to the classic ones. */
export function themeOf(store: Store): Theme {
  const t = store.theme;
  return {
    name: t?.name ?? 'Default',
    header: pick(t?.headerLayout, ['classic', 'centered', 'bold'], 'classic'),
    home: pick(t?.homeLayout, HOME_LAYOUTS, 'classic'),
    product: pick(t?.productLayout, PRODUCT_LAYOUTS, 'classic'),
    category: pick(t?.categoryLayout, ['grid', 'list', 'compact'], 'grid'),
    footer: pick(t?.footerLayout, ['classic', 'minimal'], 'classic'),
    checkout: pick(t?.checkoutLayout, ['classic', 'focused'], 'classic'),
    css: sanitizeCss(t?.customCSS ?? ''),
  };
}

/**
 * A layout under test: an experiment's variant key names a layout (`home-layout` variants such as
 * `classic` and `bold`); the control, or a key that names no layout, keeps the theme's choice.
 */
export function layoutUnderTest<T extends string>(
  variant: string | null,
  allowed: readonly T[],
  themed: T,
): T {
  return pick(variant, allowed, themed);
}

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

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** White or near-black, whichever reads better on `bg` (WCAG contrast). */
export function readableOn(bg: string): string {
  return contrast(bg, '#ffffff') >= contrast(bg, '#111111') ? '#ffffff' : '#111111';
}

/** The lightest-but-one background brand ink sits on (`--soft` in globals.css: panels, filters). */
const SOFT_BACKGROUND = '#f6f5f2';

/**
 * Darkens a colour until it reaches 4.5:1 on the soft panel background (and so on white too), so
 * brand-coloured links and labels stay accessible wherever they appear.
 */
function accessibleInk(hex: string): string {
  let [r, g, b] = rgb(hex);
  const toHex = () => `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
  for (let i = 0; i < 20 && contrast(toHex(), SOFT_BACKGROUND) < 4.6; i++)
    [r, g, b] = [r * 0.9, g * 0.9, b * 0.9];
  return toHex();
}

/** Brand colours as CSS custom properties. Only validated hex values reach the stylesheet. */
export function brandCss(store: Store, theme: Theme): string {
  const primary = store.primaryColor && HEX.test(store.primaryColor) ? store.primaryColor : '#2b50aa';
  const secondary = store.secondaryColor && HEX.test(store.secondaryColor) ? store.secondaryColor : '#333333';
  const vars = {
    '--brand': primary,
    '--brand-ink': accessibleInk(primary),
    '--on-brand': readableOn(primary),
    '--brand-2': secondary,
    '--on-brand-2': readableOn(secondary),
  };
  const body = Object.entries(vars)
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
  return `:root{${body}}\n${theme.css}`;
}

/**
 * Merchant CSS goes into a <style> element, so anything that could end the element, run script
 * or pull remote code is removed: markup, `expression()`, `javascript:` URLs, legacy bindings and
 * `@import` (which would bypass the CSP's style allow-list anyway).
 */
export function sanitizeCss(css: string): string {
  return css
    .slice(0, 50_000)
    .replace(/<\/?[a-z!][^>]*>?/gi, '')
    .replace(/[<>]/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/@import[^;]*;?/gi, '')
    .replace(/expression\s*\(/gi, '(')
    .replace(/(java|vb)script\s*:/gi, '')
    .replace(/-moz-binding|behavior\s*:/gi, '')
    .replace(/\\/g, '');
}

import type { ThemeFont } from './types.ts';

/**
 * The font stack behind each curated theme font (after modernfontstacks.com): fonts devices
 * already have, so a store's choice costs no download. Keyed by the API's enum, so a name the API
 * accepts without a stack here is a type error. The storefront applies the stack; the design
 * editor names each choice and previews it in its own stack.
 */
export const THEME_FONTS: Record<ThemeFont, { label: string; stack: string }> = {
  'system-ui': { label: 'System (default)', stack: 'system-ui, sans-serif' },
  transitional: {
    label: 'Transitional serif',
    stack: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, serif",
  },
  'old-style': {
    label: 'Old-style serif',
    stack: "'Iowan Old Style', 'Palatino Linotype', 'URW Palladio L', P052, serif",
  },
  humanist: {
    label: 'Humanist sans',
    stack: "Seravek, 'Gill Sans Nova', Ubuntu, Calibri, 'DejaVu Sans', source-sans-pro, sans-serif",
  },
  rounded: {
    label: 'Rounded sans',
    stack:
      "ui-rounded, 'Hiragino Maru Gothic ProN', Quicksand, Comfortaa, Manjari, 'Arial Rounded MT', 'Arial Rounded MT Bold', Calibri, source-sans-pro, sans-serif",
  },
  monospace: {
    label: 'Monospace',
    stack: "ui-monospace, 'Cascadia Code', 'Source Code Pro', Menlo, Consolas, 'DejaVu Sans Mono', monospace",
  },
};

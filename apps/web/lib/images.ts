/** SVGs are drawn at any size already; next/image passes them through instead of resizing. */
export const isSvg = (url: string) => /\.svg(\?|$)/i.test(url);

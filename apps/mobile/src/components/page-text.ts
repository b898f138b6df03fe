/** A block of a CMS page as the app draws it: native text, no web view. */
/** `at`: where the block starts in the page's HTML (unique, a stable key). */
export type PageBlock = { kind: 'heading' | 'paragraph' | 'item'; text: string; at: number };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e] ?? '');

/**
 * The page's sanitised HTML (the API's `contentHtml`) as headings, paragraphs and list items, in
 * order; inline markup (links, emphasis) is kept as its text.
 */
export function pageBlocks(html: string): PageBlock[] {
  const blocks: PageBlock[] = [];
  for (const m of html.matchAll(/<(h[1-6]|p|li|blockquote)\b[^>]*>([\s\S]*?)<\/\1>/gi)) {
    const tag = (m[1] as string).toLowerCase();
    const text = decode((m[2] as string).replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, '')).trim();
    if (!text) continue;
    blocks.push({
      kind: tag.startsWith('h') ? 'heading' : tag === 'li' ? 'item' : 'paragraph',
      text,
      at: m.index,
    });
  }
  return blocks;
}

import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * The allow-list for merchant-written HTML: structure, text formatting, links and images. No
 * scripts, styles, event handlers, iframes or forms; links only to http(s), mailto and paths.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags.filter((t) => t !== 'style'),
    'img',
    'figure',
    'figcaption',
    'picture',
    'source',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title', 'width', 'height', 'loading'],
    source: ['srcset', 'type', 'media'],
    '*': ['id', 'class'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https', 'data'] },
  allowProtocolRelative: false,
  transformTags: {
    // Links that open a new tab must not hand the opener to the other site.
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }),
  },
};

export function sanitizeContent(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

/** The HTML a storefront may render for a page: Markdown is rendered first, then sanitized. */
export function renderContent(content: string, format: 'HTML' | 'MARKDOWN'): string {
  const html = format === 'MARKDOWN' ? (marked.parse(content, { async: false }) as string) : content;
  return sanitizeContent(html);
}

import type { Page } from '@/lib/api/catalog';

/**
 * Merchant content. The API sanitises it to an allow-list (no script, styles, handlers, frames or
 * forms) and the CSP would block script anyway; without HTML the text is shown as paragraphs.
 */
export function Prose({ page }: { page: Page }) {
  if (page.contentHtml) {
    // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the API (content.sanitize.ts), CSP as a second wall
    return <div className="prose" dangerouslySetInnerHTML={{ __html: page.contentHtml }} />;
  }
  const paragraphs = (page.content ?? '')
    .replace(/<[^>]*>/g, '')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <div className="prose">
      {paragraphs.map((p) => (
        <p key={p.slice(0, 40)}>{p}</p>
      ))}
    </div>
  );
}

import Link from '@/components/Link';
import { jsonLd } from '@/lib/format';

export type Crumb = { name: string; href: string };

/** Visible breadcrumbs plus their BreadcrumbList JSON-LD. */
export function Breadcrumbs({ trail, origin, nonce }: { trail: Crumb[]; origin: string; nonce?: string }) {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: origin + c.href,
    })),
  };
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {trail.map((c, i) => (
          <li key={c.href}>
            {i === trail.length - 1 ? (
              <span aria-current="page">{c.name}</span>
            ) : (
              <Link href={c.href}>{c.name}</Link>
            )}
          </li>
        ))}
      </ol>
      <script
        type="application/ld+json"
        nonce={nonce}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: jsonLd escapes `<`
        dangerouslySetInnerHTML={{ __html: jsonLd(data) }}
      />
    </nav>
  );
}

import type { Download } from '@/lib/api/orders';

const until = (iso: string) =>
  new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** Links to the digital products of paid orders; each link works until it expires (UTC shown). */
export function Downloads({
  downloads,
  heading = 'Your downloads',
}: {
  downloads: Download[];
  heading?: string;
}) {
  if (downloads.length === 0) return null;
  return (
    <section className="downloads" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{heading}</h2>
      <ul>
        {downloads.map((d) => (
          <li key={`${d.itemId}-${d.href}`}>
            <a href={d.href} rel="noopener" download>
              Download {d.title}
            </a>{' '}
            <span className="muted">(link valid until {until(d.expiresAt)} UTC)</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

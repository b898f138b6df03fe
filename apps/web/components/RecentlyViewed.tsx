'use client';
import { useEffect, useState } from 'react';

type Seen = { slug: string; title: string };
const KEY = 'vc_recent';

/** Remembers the last products viewed in this browser (per store, since storage is per origin). */
export function RecentlyViewed({ current }: { current: Seen }) {
  const [items, setItems] = useState<Seen[]>([]);
  useEffect(() => {
    let seen: Seen[] = [];
    try {
      seen = JSON.parse(localStorage.getItem(KEY) ?? '[]') as Seen[];
    } catch {}
    const now = { slug: current.slug, title: current.title };
    const next = [now, ...seen.filter((s) => s.slug !== current.slug)].slice(0, 8);
    localStorage.setItem(KEY, JSON.stringify(next));
    setItems(next.filter((s) => s.slug !== current.slug).slice(0, 6));
  }, [current.slug, current.title]);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="recent-h" className="recent">
      <h2 id="recent-h">Recently viewed</h2>
      <ul>
        {items.map((s) => (
          <li key={s.slug}>
            <a href={`/p/${encodeURIComponent(s.slug)}`}>{s.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

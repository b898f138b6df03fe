'use client';
import { useEffect, useId, useRef, useState } from 'react';

type Suggestion = { slug: string; title: string };

/** Search-as-you-type: suggestions from /api/suggest, a plain GET form without script. */
export function SearchBox({ initial = '' }: { initial?: string }) {
  const [q, setQ] = useState(initial);
  const [items, setItems] = useState<Suggestion[]>([]);
  const listId = useId();
  const seq = useRef(0);

  useEffect(() => {
    const term = q.trim();
    if (term.length < 2) {
      setItems([]);
      return;
    }
    const n = ++seq.current;
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/suggest?q=${encodeURIComponent(term)}`);
        const body = (await res.json()) as { items: Suggestion[] };
        if (n === seq.current) setItems(body.items);
      } catch {
        // offline or API down: the form still submits to /search
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [q]);

  return (
    // biome-ignore lint/a11y/useSemanticElements: a search landmark on the form itself works in every browser
    <form action="/search" role="search" className="searchbox">
      <label htmlFor={`${listId}-q`} className="sr-only">
        Search products
      </label>
      <input
        id={`${listId}-q`}
        name="q"
        type="search"
        placeholder="Search products"
        autoComplete="off"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        aria-controls={items.length > 0 ? `${listId}-list` : undefined}
        aria-expanded={items.length > 0}
        role="combobox"
      />
      <button type="submit">Search</button>
      {items.length > 0 ? (
        <ul id={`${listId}-list`} className="suggest">
          {items.map((s) => (
            <li key={s.slug}>
              <a href={`/p/${s.slug}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}

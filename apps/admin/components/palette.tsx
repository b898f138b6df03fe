'use client';
// Ctrl/Cmd+K: a command palette (a listbox filtered by what is typed; arrows and Enter).
import { useRouter } from 'next/navigation';
import { useEffect, useId, useMemo, useRef, useState } from 'react';

type Command = { id: string; label: string; run: () => void };

export function CommandPalette({
  nav,
  storeQs,
}: {
  nav: Array<{ href: string; label: string }>;
  storeQs: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const commands: Command[] = useMemo(
    () => [
      ...nav.map((n) => ({
        id: n.href,
        label: `Go to ${n.label}`,
        run: () => router.push(`${n.href}${storeQs}`),
      })),
      { id: 'new-product', label: 'New product', run: () => router.push(`/products/new${storeQs}`) },
      { id: 'import', label: 'Import products (CSV)', run: () => router.push(`/products/import${storeQs}`) },
      { id: 'new-page', label: 'New page', run: () => router.push(`/content/pages/new${storeQs}`) },
      { id: 'new-post', label: 'New blog post', run: () => router.push(`/content/posts/new${storeQs}`) },
      {
        id: 'search',
        label: `Search for “${text}”`,
        run: () => router.push(`/search?q=${encodeURIComponent(text)}${storeQs.replace('?', '&')}`),
      },
    ],
    [nav, router, storeQs, text],
  );
  const shown = commands.filter((c) =>
    c.id === 'search' ? text.trim() : c.label.toLowerCase().includes(text.toLowerCase()),
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setText('');
        setActive(0);
        ref.current?.showModal();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const run = (c?: Command) => {
    if (!c) return;
    ref.current?.close();
    c.run();
  };
  return (
    <>
      <button
        type="button"
        className="palette-open"
        onClick={() => ref.current?.showModal()}
        aria-keyshortcuts="Control+K"
      >
        Commands <kbd>Ctrl K</kbd>
      </button>
      <dialog ref={ref} className="palette" aria-label="Command palette">
        <input
          type="text"
          role="combobox"
          aria-label="Command"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={shown[active] ? `${listId}-${active}` : undefined}
          value={text}
          style={{ width: '100%' }}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, shown.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter') run(shown[active]);
            else return;
            e.preventDefault();
          }}
        />
        <div id={listId} role="listbox" aria-label="Commands">
          {shown.map((c, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input above.
            <div
              key={c.id}
              id={`${listId}-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              onClick={() => run(c)}
              style={{ padding: 10, cursor: 'pointer' }}
            >
              {c.label}
            </div>
          ))}
        </div>
      </dialog>
    </>
  );
}

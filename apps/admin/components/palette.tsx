'use client';
import { useCombobox } from 'downshift';
// Ctrl/Cmd+K: a command palette, a combobox (downshift's useCombobox: arrows, Enter, click)
// over the commands that match what is typed.
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';

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
  const commands: Command[] = useMemo(
    () => [
      ...nav.map((n) => ({
        id: n.href,
        label: `Go to ${n.label}`,
        run: () => router.push(`${n.href}${storeQs}`),
      })),
      { id: 'new-product', label: 'New product', run: () => router.push(`/products/new${storeQs}`) },
      { id: 'new-order', label: 'New order', run: () => router.push(`/orders/new${storeQs}`) },
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
  const box = useCombobox<Command>({
    items: shown,
    itemToString: (c) => c?.label ?? '',
    itemToKey: (c) => c?.id,
    // The list is the dialog's content: always open, the first match ready for Enter.
    isOpen: true,
    defaultHighlightedIndex: 0,
    inputValue: text,
    selectedItem: null,
    onInputValueChange: ({ inputValue, type }) => {
      if (type === useCombobox.stateChangeTypes.InputChange) setText(inputValue);
    },
    onSelectedItemChange: ({ selectedItem }) => {
      if (!selectedItem) return;
      ref.current?.close();
      selectedItem.run();
    },
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setText('');
        ref.current?.showModal();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
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
          {...box.getInputProps({
            'aria-label': 'Command',
            style: { width: '100%' },
            // Escape is the dialog's (it closes the palette); downshift would keep it to clear the box.
            onKeyDown: (e) => {
              if (e.key === 'Escape')
                (
                  e.nativeEvent as KeyboardEvent & { preventDownshiftDefault?: boolean }
                ).preventDownshiftDefault = true;
            },
          })}
        />
        <ul {...box.getMenuProps({ 'aria-label': 'Commands' })}>
          {shown.map((c, index) => (
            <li key={c.id} {...box.getItemProps({ item: c, index })}>
              {c.label}
            </li>
          ))}
        </ul>
      </dialog>
    </>
  );
}

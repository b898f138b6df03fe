'use client';
// The rich-text editor's link tool: a toolbar button that opens a small labelled form to set,
// change or remove the link on the selection. Only http(s), mailto and site paths are accepted
// (the same schemes the API's sanitiser keeps).
import { type Editor, useEditorState } from '@tiptap/react';
import { useEffect, useId, useRef, useState } from 'react';

/** http(s) URLs, `mailto:` and paths on the store (`/pages/about`, not `//other.site`). */
export const SAFE_HREF = /^(https?:\/\/[^\s/?#]+[^\s]*|mailto:[^\s@]+@[^\s@]+|\/(?![/\\])[^\s\\]*)$/i;

export function LinkTool({ editor }: { editor: Editor }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [href, setHref] = useState('');
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const active = useEditorState({ editor, selector: ({ editor: e }) => e.isActive('link') });

  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    setError('');
    editor.commands.focus();
  };
  const start = () => {
    setHref((editor.getAttributes('link').href as string | undefined) ?? '');
    setError('');
    setOpen(true);
  };
  const apply = () => {
    const url = href.trim();
    if (!SAFE_HREF.test(url)) {
      setError('Use an https:// address, a path such as /pages/about, or mailto:name@example.com');
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    // No text selected (and not in a link): the address itself becomes the linked text.
    if (editor.state.selection.empty && !editor.isActive('link'))
      chain.insertContent({ type: 'text', text: url, marks: [{ type: 'link', attrs: { href: url } }] }).run();
    else chain.setLink({ href: url }).run();
    setOpen(false);
    setError('');
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    setOpen(false);
  };

  return (
    <>
      <button
        type="button"
        aria-pressed={active}
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onClick={() => (open ? close() : start())}
      >
        Link
      </button>
      {open ? (
        // A fieldset, not a <form>: it sits inside the page editor's form.
        <fieldset id={`${id}-form`} className="rte-link">
          <legend className="visually-hidden">Link</legend>
          <label htmlFor={`${id}-href`}>Link address</label>
          <input
            ref={input}
            id={`${id}-href`}
            type="text"
            inputMode="url"
            placeholder="https://… or /pages/…"
            value={href}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-err` : undefined}
            onChange={(e) => setHref(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                apply();
              } else if (e.key === 'Escape') {
                e.preventDefault();
                close();
              }
            }}
          />
          <button type="button" className="primary" onClick={apply}>
            Apply link
          </button>
          {active ? (
            <button type="button" onClick={remove}>
              Remove link
            </button>
          ) : null}
          <button type="button" onClick={close}>
            Cancel
          </button>
          {error ? (
            <p id={`${id}-err`} className="field-error">
              {error}
            </p>
          ) : null}
        </fieldset>
      ) : null}
    </>
  );
}

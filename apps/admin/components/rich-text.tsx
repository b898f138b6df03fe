'use client';
// The body of a page or post: a Tiptap editor (StarterKit: headings, lists, quotes, links, …) and
// images uploaded through the API's media endpoint, kept as HTML (the API sanitises it again).
import Image from '@tiptap/extension-image';
import { type Editor, EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId, useState } from 'react';
import { useSession } from '@/lib/session';
import { LinkTool, SAFE_HREF } from './rich-text-link';
import { message } from './ui';

type Tool = { label: string; active?: string; attrs?: Record<string, unknown>; run: (e: Editor) => void };
const TOOLS: Tool[] = [
  { label: 'Bold', active: 'bold', run: (e) => e.chain().focus().toggleBold().run() },
  { label: 'Italic', active: 'italic', run: (e) => e.chain().focus().toggleItalic().run() },
  {
    label: 'Heading',
    active: 'heading',
    attrs: { level: 2 },
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    label: 'Subheading',
    active: 'heading',
    attrs: { level: 3 },
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  { label: 'Bulleted list', active: 'bulletList', run: (e) => e.chain().focus().toggleBulletList().run() },
  { label: 'Numbered list', active: 'orderedList', run: (e) => e.chain().focus().toggleOrderedList().run() },
  { label: 'Quote', active: 'blockquote', run: (e) => e.chain().focus().toggleBlockquote().run() },
  { label: 'Undo', run: (e) => e.chain().focus().undo().run() },
  { label: 'Redo', run: (e) => e.chain().focus().redo().run() },
];

function Toolbar({ editor, label }: { editor: Editor; label: string }) {
  // Re-render the pressed states when the selection or marks change (Tiptap 3 does not by default).
  const pressed = useEditorState({
    editor,
    selector: ({ editor: e }) => TOOLS.map((t) => (t.active ? e.isActive(t.active, t.attrs) : null)),
  });
  return (
    <div role="toolbar" aria-label={`${label} formatting`} className="rte-toolbar">
      {TOOLS.map((t, i) => (
        <button
          key={t.label}
          type="button"
          aria-pressed={t.active ? (pressed[i] ?? false) : undefined}
          onClick={() => t.run(editor)}
        >
          {t.label}
        </button>
      ))}
      <LinkTool editor={editor} />
    </div>
  );
}

/** Uploads a chosen image and inserts it at the cursor with the alt text typed beside it. */
function ImageInsert({ editor }: { editor: Editor }) {
  const { client } = useSession();
  const [alt, setAlt] = useState('');
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const insert = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setNote(null);
    try {
      const { data } = await client.media.upload([{ name: file.name, data: file }]);
      const src = data[0]?.url;
      if (!src) throw new Error('The upload stored no image');
      editor.chain().focus().setImage({ src, alt: alt.trim() }).run();
      setNote({ ok: true, text: 'Image inserted.' });
      setAlt('');
    } catch (e) {
      setNote({ ok: false, text: message(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="row rte-image">
      <div className="field">
        <label htmlFor={`${id}-alt`}>Image description (alt text)</label>
        <input id={`${id}-alt`} value={alt} onChange={(e) => setAlt(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>Insert image</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="image/*"
          disabled={busy}
          onChange={(e) => {
            insert(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      <p role="status" className={note?.ok === false ? 'error' : 'ok'}>
        {busy ? 'Uploading…' : (note?.text ?? '')}
      </p>
    </div>
  );
}

export function RichText({
  label,
  initial,
  error,
  onChange,
}: {
  label: string;
  /** The HTML the editor starts with (read once: the editor owns the content afterwards). */
  initial: string;
  error?: string;
  onChange: (html: string) => void;
}) {
  const id = useId();
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        // Links are edited with the Link tool; a click in the editor places the cursor, and
        // pasted or typed links keep only the schemes the API keeps.
        link: { openOnClick: false, autolink: true, isAllowedUri: (url) => SAFE_HREF.test(url) },
      }),
      Image,
    ],
    content: initial,
    // Rendered in the browser only (Next prerenders the page): avoids a hydration mismatch.
    immediatelyRender: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': `${id}-label`,
        class: 'rte-body prose',
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML()),
  });
  // The API's error on the body is announced with it (set on the live editor: recreating it would
  // lose what was typed).
  useEffect(() => {
    if (!editor) return;
    const attributes: Record<string, string> = {
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-labelledby': `${id}-label`,
      class: 'rte-body prose',
      ...(error ? { 'aria-invalid': 'true', 'aria-describedby': `${id}-err` } : {}),
    };
    editor.setOptions({ editorProps: { ...editor.options.editorProps, attributes } });
  }, [editor, error, id]);
  return (
    <div className="field rte">
      <span id={`${id}-label`} className="label">
        {label}
      </span>
      {editor ? (
        <>
          <Toolbar editor={editor} label={label} />
          <EditorContent editor={editor} />
          <ImageInsert editor={editor} />
        </>
      ) : (
        <p role="status">Loading the editor…</p>
      )}
      {error ? (
        <p id={`${id}-err`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

'use client';
// Product images: drop several files (or choose them), they are uploaded (re-encoded by the API),
// then kept in the product's `images` in order. Alt text lives in `attributes.imageAlt` keyed by
// URL until the inventory model has a field for it. Reordering uses buttons (keyboard-operable).
import { useQueryClient } from '@tanstack/react-query';
import type { InventoryProduct } from '@ventory/sdk';
import { useId, useState } from 'react';
import { useSession } from '@/lib/session';
import { message } from './ui';

type Alts = Record<string, string>;
const altsOf = (p: InventoryProduct): Alts => {
  const a = p.attributes?.imageAlt;
  return a && typeof a === 'object' ? (a as Alts) : {};
};

export function ProductMedia({ product }: { product: InventoryProduct }) {
  const { client } = useSession();
  const queries = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [over, setOver] = useState(false);
  const [alts, setAlts] = useState<Alts>(altsOf(product));
  const inputId = useId();

  const save = async (images: string[], nextAlts: Alts, done: string) => {
    const kept = Object.fromEntries(Object.entries(nextAlts).filter(([url]) => images.includes(url)));
    const updated = await client.inventory.products.update(product.id, {
      images,
      attributes: { ...product.attributes, imageAlt: kept },
    });
    queries.setQueryData(['product', product.id], updated);
    setNote({ ok: true, text: done });
  };
  const upload = async (files: File[]) => {
    const images = files.filter((f) => f.type.startsWith('image/'));
    if (!images.length) {
      setNote({ ok: false, text: 'Only image files can be added.' });
      return;
    }
    setBusy(true);
    setNote(null);
    try {
      const { data } = await client.media.upload(images.map((f) => ({ name: f.name, data: f })));
      const urls = data.map((d) => d.url).filter((u) => !product.images.includes(u));
      await save(
        [...product.images, ...urls],
        alts,
        `${data.length} image${data.length === 1 ? '' : 's'} added.`,
      );
    } catch (e) {
      setNote({ ok: false, text: message(e) });
    } finally {
      setBusy(false);
    }
  };
  const move = (i: number, by: number) => {
    const next = [...product.images];
    const [img] = next.splice(i, 1);
    if (!img) return;
    next.splice(i + by, 0, img);
    save(next, alts, 'Order saved.').catch((e) => setNote({ ok: false, text: message(e) }));
  };

  return (
    <section className="panel" aria-labelledby="media-h">
      <h2 id="media-h">Images</h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the "Choose images" control is the keyboard path. */}
      <div
        className={`drop${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          upload([...e.dataTransfer.files]);
        }}
      >
        <p>Drop images here, or</p>
        <label htmlFor={inputId} className="button">
          Choose images
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept="image/*"
          multiple
          disabled={busy}
          onChange={(e) => upload([...(e.target.files ?? [])])}
        />
        {busy ? <p role="status">Uploading…</p> : null}
      </div>
      {note ? (
        <p role={note.ok ? 'status' : 'alert'} className={note.ok ? 'ok' : 'error'}>
          {note.text}
        </p>
      ) : null}
      <ol className="media">
        {product.images.map((url, i) => (
          <li key={url}>
            <img src={url} alt={alts[url] ?? ''} width={96} height={96} />
            <div className="field">
              <label htmlFor={`alt-${i}`}>Alt text for image {i + 1}</label>
              <input
                id={`alt-${i}`}
                value={alts[url] ?? ''}
                onChange={(e) => setAlts((a) => ({ ...a, [url]: e.target.value }))}
                onBlur={() =>
                  save(product.images, alts, 'Alt text saved.').catch((e) =>
                    setNote({ ok: false, text: message(e) }),
                  )
                }
              />
            </div>
            <div className="row">
              <button type="button" disabled={i === 0} onClick={() => move(i, -1)}>
                Move image {i + 1} up
              </button>
              <button type="button" disabled={i === product.images.length - 1} onClick={() => move(i, 1)}>
                Move image {i + 1} down
              </button>
              <button
                type="button"
                onClick={() =>
                  save(
                    product.images.filter((u) => u !== url),
                    alts,
                    'Image removed.',
                  ).catch((e) => setNote({ ok: false, text: message(e) }))
                }
              >
                Remove image {i + 1}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

'use client';
// Picking at a phone: a keyboard-wedge scanner types the SKU and Enter into the scan field (kept
// focused); where the browser has BarcodeDetector the camera can scan too. The API decides what a
// scan means (NOT_IN_PACKAGE, OVER_PICK); the screen says it loudly and keeps the field ready.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, type Fulfillment } from '@ventory/sdk';
import { useParams, useSearchParams } from 'next/navigation';
import { useRef, useState } from 'react';
import { message, Page, States } from '@/components/ui';
import { openPdf } from '@/lib/download';
import { useSession } from '@/lib/session';
import { CameraScan } from './camera';

type Feedback = { kind: 'ok' | 'bad'; text: string };

const explain = (e: unknown, sku: string): string => {
  if (e instanceof ApiError && e.problem.code === 'NOT_IN_PACKAGE')
    return `Wrong item: ${sku} is not in this package.`;
  if (e instanceof ApiError && e.problem.code === 'OVER_PICK')
    return `Over-pick: every ${sku} is already picked.`;
  return message(e);
};

export default function PackagePage() {
  const { id } = useParams<{ id: string }>();
  const storeId = useSearchParams().get('store') ?? '';
  const location = useSearchParams().get('location') ?? '';
  const { client } = useSession();
  const queries = useQueryClient();
  const key = ['package', storeId, id];
  const pkg = useQuery({
    queryKey: key,
    queryFn: () => client.fulfillment.get(storeId, id),
    enabled: !!storeId,
  });
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [busy, setBusy] = useState(false);
  const scan = useRef<HTMLInputElement>(null);

  const act = async (what: () => Promise<Fulfillment>, done: string) => {
    setBusy(true);
    try {
      queries.setQueryData(key, await what());
      setFeedback({ kind: 'ok', text: done });
    } catch (e) {
      setFeedback({ kind: 'bad', text: message(e) });
    } finally {
      setBusy(false);
    }
  };
  const pick = async (sku: string) => {
    if (!sku) return;
    try {
      const next = await client.fulfillment.pick(storeId, id, { sku, quantity: 1 });
      queries.setQueryData(key, next);
      setFeedback({ kind: 'ok', text: `Picked ${sku}.` });
      if (navigator.vibrate) navigator.vibrate(30);
    } catch (e) {
      setFeedback({ kind: 'bad', text: explain(e, sku) });
      if (navigator.vibrate) navigator.vibrate([80, 60, 80]);
    }
    scan.current?.focus();
  };

  const title = pkg.data ? `Package ${pkg.data.number}` : 'Package';
  return (
    <div className="wh">
      <Page
        title={title}
        crumbs={[{ label: 'Warehouse', href: `/warehouse?location=${location}` }, { label: title }]}
      >
        <States query={pkg} empty="">
          {(f) => (
            <>
              <p>
                Status: <strong data-testid="package-status">{f.status}</strong>
                {f.trackingNumber ? ` · ${f.carrier ?? ''} ${f.trackingNumber}` : ''}
              </p>
              <div aria-live="assertive" role="status">
                {feedback ? (
                  <p className={feedback.kind === 'ok' ? 'notice' : 'alert'}>{feedback.text}</p>
                ) : null}
              </div>
              {f.status === 'QUEUED' || f.status === 'PICKING' ? (
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    const value = scan.current?.value.trim() ?? '';
                    if (scan.current) scan.current.value = '';
                    pick(value);
                  }}
                >
                  <div className="field">
                    <label htmlFor="scan">Scan or type SKU</label>
                    <input
                      id="scan"
                      ref={scan}
                      autoComplete="off"
                      autoCapitalize="characters"
                      enterKeyHint="done"
                    />
                  </div>
                  <CameraScan onCode={pick} />
                </form>
              ) : null}
              <ul className="lines" aria-label="Items">
                {f.items.map((i) => (
                  <li key={i.id} className={i.quantityPicked >= i.quantity ? 'done' : undefined}>
                    <span>
                      <strong>{i.sku}</strong> {i.title}
                    </span>
                    <span data-testid={`picked-${i.sku}`}>
                      {i.quantityPicked} / {i.quantity}
                    </span>
                  </li>
                ))}
              </ul>
              {f.status === 'PICKED' ? (
                <button
                  type="button"
                  className="primary"
                  disabled={busy}
                  onClick={() => act(() => client.fulfillment.pack(storeId, id), 'Packed.')}
                >
                  Pack
                </button>
              ) : null}
              {f.status === 'PACKED' && !f.trackingNumber ? (
                <button
                  type="button"
                  className="primary"
                  disabled={busy}
                  onClick={() => act(() => client.fulfillment.label(storeId, id), 'Label bought.')}
                >
                  Buy label
                </button>
              ) : null}
              {f.trackingNumber ? (
                <button
                  type="button"
                  onClick={() =>
                    openPdf(
                      client,
                      `/api/stores/${storeId}/fulfillments/${id}/label.pdf`,
                      `label-${f.trackingNumber}.pdf`,
                    ).catch((e) => setFeedback({ kind: 'bad', text: message(e) }))
                  }
                >
                  Print label (PDF)
                </button>
              ) : null}
              {f.status === 'PACKED' ? (
                <button
                  type="button"
                  className="primary"
                  disabled={busy}
                  onClick={() => act(() => client.fulfillment.ship(storeId, id), 'Shipped.')}
                >
                  Ship
                </button>
              ) : null}
            </>
          )}
        </States>
      </Page>
    </div>
  );
}

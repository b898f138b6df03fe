'use client';
// The order's returns and exchanges: each with its lines and the step it waits for (approve or
// reject, receive with restock or write-off per line, refund or place the exchange order), and
// the form that opens a new one.
import { useQuery } from '@tanstack/react-query';
import type { Order, StaffReturn } from '@ventory/sdk';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { lineErrors, nextStep, useOrderReturns } from '@/lib/returns';
import { useSession } from '@/lib/session';
import { VariantName } from './exchange-variant';
import { ReturnForm } from './return-form';
import { FormAlert, Select } from './settings-ui';
import { ConfirmButton, Field, message, money, States } from './ui';

type Steps = ReturnType<typeof useOrderReturns>;

export function OrderReturns({ order }: { order: Order }) {
  const steps = useOrderReturns(order.storeId, order.id);
  useScrollToReturn(!!steps.list.data);
  return (
    <section className="panel" aria-labelledby="returns-h">
      <h2 id="returns-h">Returns and exchanges</h2>
      <States query={steps.list} empty="No returns for this order yet." isEmpty={(d) => d.length === 0}>
        {(list) => (
          <div>
            {list.map((r) => (
              <ReturnCard key={r.id} order={order} ret={r} steps={steps} />
            ))}
          </div>
        )}
      </States>
      {steps.list.data ? <ReturnForm order={order} returns={steps.list.data} open={steps.open} /> : null}
    </section>
  );
}

/**
 * The returns list and the home link to `#return-<number>`; the cards arrive after the page, so
 * the browser's own jump to the fragment misses them. Once only: later refetches leave it be.
 */
function useScrollToReturn(loaded: boolean) {
  const done = useRef(false);
  useEffect(() => {
    if (!loaded || done.current) return;
    done.current = true;
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id.startsWith('return-')) document.getElementById(id)?.scrollIntoView({ block: 'start' });
  }, [loaded]);
}

/** What the returned lines were paid, by share of each line's total (the API refunds the same). */
const refundOf = (order: Order, r: StaffReturn) =>
  r.items.reduce((sum, l) => {
    const item = order.items.find((i) => i.id === l.itemId);
    return item ? sum + (Number(item.totalAmount) * l.quantity) / item.quantity : sum;
  }, 0);

function ReturnCard({ order, ret: r, steps }: { order: Order; ret: StaffReturn; steps: Steps }) {
  const name = `${r.kind === 'EXCHANGE' ? 'Exchange' : 'Return'} ${r.number}`;
  const headingId = `return-${r.id}-h`;
  const step = nextStep(r);
  return (
    <article className="return" id={`return-${r.number}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <p>
        Status <strong data-testid={`return-status-${r.number}`}>{r.status}</strong> · asked by{' '}
        {r.requestedBy === 'CUSTOMER' ? 'the customer' : 'staff'}
        {r.reason ? ` · ${r.reason}` : ''}
      </p>
      {r.customerNote ? <p>Customer note: {r.customerNote}</p> : null}
      {r.staffNote ? <p className="muted">Staff note: {r.staffNote}</p> : null}
      <table className="cards-phone">
        <caption className="visually-hidden">Lines of {name}</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Qty</th>
            <th scope="col">Reason</th>
            <th scope="col">Restocked</th>
            <th scope="col">Written off</th>
            {r.kind === 'EXCHANGE' ? <th scope="col">Exchange for</th> : null}
          </tr>
        </thead>
        <tbody>
          {r.items.map((l) => (
            <tr key={l.id}>
              <td className="span-all">{l.title}</td>
              <td data-label="Qty">{l.quantity}</td>
              <td data-label="Reason">{l.reason ?? ''}</td>
              <td data-label="Restocked">{l.quantityRestocked}</td>
              <td data-label="Written off">{l.quantityWrittenOff}</td>
              {r.kind === 'EXCHANGE' ? (
                <td data-label="Exchange for" className="span-all">
                  {l.exchangeVariantId ? (
                    <VariantName
                      productId={order.items.find((i) => i.id === l.itemId)?.productId ?? null}
                      variantId={l.exchangeVariantId}
                    />
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {step === 'approve' || step === 'receive' ? <Decide ret={r} name={name} steps={steps} /> : null}
      {step === 'receive' ? <Receive ret={r} name={name} steps={steps} /> : null}
      {step === 'refund' ? (
        <ConfirmButton
          label={`Refund ${name}`}
          text="Refund"
          what={`${money(refundOf(order, r), order.currency)} goes back to the original payments of order ${order.orderNumber}.`}
          confirmLabel="Refund"
          destructive={false}
          onConfirm={() => steps.refund.mutateAsync(r.id)}
        />
      ) : null}
      {step === 'exchange' ? (
        <ConfirmButton
          label={`Place the exchange order for ${name}`}
          text="Place exchange order"
          what="A new order for the replacement items, at no charge, goes into the fulfilment queue."
          confirmLabel="Place the order"
          destructive={false}
          onConfirm={() => steps.exchange.mutateAsync(r.id)}
        />
      ) : null}
      {r.exchangeOrderId ? (
        <p>
          <Link href={`/orders/${r.exchangeOrderId}?store=${order.storeId}`}>Exchange order</Link>
        </p>
      ) : null}
    </article>
  );
}

/** Approve (while requested) or reject (until received). */
function Decide({ ret: r, name, steps }: { ret: StaffReturn; name: string; steps: Steps }) {
  const [error, setError] = useState('');
  return (
    <div className="row">
      {r.status === 'REQUESTED' ? (
        <button
          type="button"
          aria-label={`Approve ${name}`}
          disabled={steps.approve.isPending}
          onClick={() => {
            setError('');
            steps.approve.mutateAsync(r.id).catch((e) => setError(message(e)));
          }}
        >
          Approve
        </button>
      ) : null}
      <ConfirmButton
        label={`Reject ${name}`}
        text="Reject"
        what="The customer is told the return was rejected; nothing comes back into stock and nothing is refunded."
        confirmLabel="Reject the return"
        onConfirm={() => steps.reject.mutateAsync({ id: r.id })}
      />
      <FormAlert error={error} />
    </div>
  );
}

/** Goods are back: per line, how many go back on the shelf (at which location); the rest is written off. */
function Receive({ ret: r, name, steps }: { ret: StaffReturn; name: string; steps: Steps }) {
  const { client } = useSession();
  const locations = useQuery({ queryKey: ['locations'], queryFn: () => client.inventory.locations.list() });
  const [restock, setRestock] = useState<Record<string, string>>(() =>
    Object.fromEntries(r.items.map((l) => [l.itemId, String(l.quantity)])),
  );
  const [locationId, setLocationId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const plan = r.items.map((l) => {
    const back = Number(restock[l.itemId] ?? 0);
    return { itemId: l.itemId, restock: back, writeOff: l.quantity - back };
  });
  const back = plan.reduce((n, p) => n + p.restock, 0);
  const off = plan.reduce((n, p) => n + p.writeOff, 0);
  const all = locations.data?.data ?? [];
  const where =
    all.find((l) => (locationId ? l.id === locationId : l.isDefault))?.name ?? 'the default location';
  return (
    <fieldset>
      <legend>Receive the goods</legend>
      <div className="row">
        {r.items.map((l) => (
          <Field
            key={l.id}
            label={`Back in stock: ${l.title}`}
            name={`restock-${l.itemId}`}
            type="number"
            min={0}
            max={l.quantity}
            value={restock[l.itemId] ?? ''}
            onChange={(e) => setRestock({ ...restock, [l.itemId]: e.target.value })}
            hint={`Of ${l.quantity}; the rest is written off`}
            error={errors[l.itemId]}
          />
        ))}
        {all.length > 1 ? (
          <Select
            label="Into location"
            value={locationId}
            onChange={(e) => setLocationId(e.target.value)}
            error={errors.locationId}
          >
            <option value="">Default ({all.find((l) => l.isDefault)?.name ?? 'default'})</option>
            {all
              .filter((l) => !l.isDefault)
              .map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
          </Select>
        ) : null}
        <Field
          label="Note"
          name="note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={errors.note}
        />
      </div>
      <FormAlert error={errors.form} />
      <ConfirmButton
        label={`Receive ${name}`}
        text="Receive"
        what={`${back} unit(s) go back on hand at ${where} and ${off} are written off. This cannot be undone.`}
        confirmLabel="Receive"
        destructive={false}
        onConfirm={async () => {
          setErrors({});
          try {
            await steps.receive.mutateAsync({
              id: r.id,
              items: plan,
              locationId: locationId || undefined,
              note: note.trim() || undefined,
            });
          } catch (e) {
            // Shown beside the fields, not in the dialog, so the dialog closes on the answer.
            setErrors({
              ...lineErrors(
                e,
                plan.map((p) => p.itemId),
              ),
              form: message(e),
            });
          }
        }}
      />
    </fieldset>
  );
}

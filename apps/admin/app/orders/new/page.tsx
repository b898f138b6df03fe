'use client';
import type { Order, PaymentLink } from '@ventory/sdk';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { CopyLink } from '@/components/payment-link';
import { type PickedLine, ProductPicker } from '@/components/product-picker';
import { FormAlert, useSave } from '@/components/settings-ui';
import { Field, money, Page } from '@/components/ui';
import { useSession } from '@/lib/session';
import { useStores } from '@/lib/stores';

type Line = PickedLine & { quantity: number };
type Draft = { order: Order; link: PaymentLink };
const ADDRESS = [
  ['firstName', 'First name'],
  ['lastName', 'Last name'],
  ['line1', 'Address'],
  ['city', 'City'],
  ['postalCode', 'Postal code'],
  ['country', 'Country (2 letters, e.g. US)'],
] as const;

/** The body of a manual order from the form: prices as listed, an address only when one was typed. */
function orderBody(data: FormData, lines: Line[], paid: boolean) {
  const text = (k: string) => String(data.get(k) ?? '').trim();
  const address = Object.fromEntries(ADDRESS.map(([k]) => [k, text(`ship-${k}`)]));
  const hasAddress = Object.values(address).some(Boolean);
  return {
    items: lines.map((l) => ({
      listingId: l.listingId,
      productId: l.productId,
      variantId: l.variantId,
      sku: l.sku,
      title: l.title,
      unitPrice: l.unitPrice,
      quantity: l.quantity,
    })),
    ...(text('customerEmail') ? { customerEmail: text('customerEmail') } : {}),
    ...(text('customerName') ? { customerName: text('customerName') } : {}),
    ...(hasAddress ? { shippingAddress: address } : {}),
    ...(text('shippingAmount') ? { shippingAmount: text('shippingAmount') } : {}),
    paymentStatus: paid ? 'PAID' : 'PENDING',
  };
}

function Lines({
  lines,
  currency,
  errors,
  onChange,
}: {
  lines: Line[];
  currency: string;
  errors: Record<string, string>;
  onChange: (lines: Line[]) => void;
}) {
  if (lines.length === 0) return <p className="muted">No products yet: add one above.</p>;
  const total = lines.reduce((s, l) => s + Number(l.unitPrice) * l.quantity, 0);
  // A list, not a table: at phone width each line wraps instead of squeezing five columns.
  return (
    <>
      <ul className="order-lines" aria-label="Order lines">
        {lines.map((l, i) => (
          <li key={l.variantId}>
            <span className="line-title">
              {l.title} <span className="muted">{money(l.unitPrice, currency)} each</span>
            </span>
            <span className="line-qty">
              <label htmlFor={`qty-${l.variantId}`}>
                Quantity<span className="visually-hidden"> of {l.title}</span>
              </label>
              <input
                id={`qty-${l.variantId}`}
                type="number"
                min={1}
                max={10000}
                value={l.quantity}
                aria-invalid={errors[`items.${i}.quantity`] ? true : undefined}
                aria-describedby={errors[`items.${i}.quantity`] ? `qty-${l.variantId}-err` : undefined}
                onChange={(e) =>
                  onChange(lines.map((x, j) => (j === i ? { ...x, quantity: Number(e.target.value) } : x)))
                }
              />
            </span>
            <strong>{money(Number(l.unitPrice) * l.quantity, currency)}</strong>
            <button type="button" onClick={() => onChange(lines.filter((_, j) => j !== i))}>
              Remove <span className="visually-hidden">{l.title}</span>
            </button>
            {errors[`items.${i}.quantity`] ? (
              <p id={`qty-${l.variantId}-err`} className="field-error">
                {errors[`items.${i}.quantity`]}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="order-lines-total">
        Products total <strong data-testid="lines-total">{money(total, currency)}</strong>
      </p>
    </>
  );
}

function DraftCreated({ draft, storeId }: { draft: Draft; storeId: string }) {
  return (
    <section className="panel" aria-labelledby="draft-h">
      <h2 id="draft-h" tabIndex={-1}>
        Draft order {draft.order.orderNumber} created
      </h2>
      <CopyLink link={draft.link} />
      <p>
        <Link href={`/orders/${draft.order.id}?store=${storeId}`}>Open order {draft.order.orderNumber}</Link>
      </p>
    </section>
  );
}

/**
 * A merchant's order for a customer (phone or in-person sale): placed paid at once, or a draft
 * (unpaid) with a payment link the customer pays on the storefront.
 */
export default function NewOrder() {
  const { client } = useSession();
  const { current } = useStores();
  const router = useRouter();
  const storeId = current?.id ?? '';
  const currency = current?.currency ?? 'USD';
  const [lines, setLines] = useState<Line[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const { errors, busy, run } = useSave(async ({ data, paid }: { data: FormData; paid: boolean }) => {
    const order = await client.commerce.orders.create(storeId, orderBody(data, lines, paid));
    if (paid) return router.push(`/orders/${order.id}?store=${storeId}`);
    setDraft({ order, link: await client.commerce.orders.paymentLink(storeId, order.id) });
  });
  const add = (p: PickedLine) =>
    setLines((ls) =>
      ls.some((l) => l.variantId === p.variantId)
        ? ls.map((l) => (l.variantId === p.variantId ? { ...l, quantity: l.quantity + 1 } : l))
        : [...ls, { ...p, quantity: 1 }],
    );
  const crumbs = [{ label: 'Orders', href: `/orders?store=${storeId}` }, { label: 'New order' }];
  if (!current)
    return (
      <Page title="New order" crumbs={crumbs}>
        {<p role="status">Loading…</p>}
      </Page>
    );
  return (
    <Page title="New order" crumbs={crumbs}>
      {draft ? (
        <DraftCreated draft={draft} storeId={storeId} />
      ) : (
        <form
          className="panel stack new-order"
          onSubmit={(e) => {
            e.preventDefault();
            const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
            run({ data: new FormData(e.currentTarget), paid: submitter?.value !== 'draft' });
          }}
        >
          <section aria-labelledby="items-h">
            <h2 id="items-h">Products</h2>
            {/* Once a line is added, an earlier "no items" answer no longer applies. */}
            <ProductPicker
              storeId={storeId}
              onPick={add}
              error={lines.length === 0 ? errors.items : undefined}
            />
            <Lines lines={lines} currency={currency} errors={errors} onChange={setLines} />
          </section>
          <section aria-labelledby="customer-h">
            <h2 id="customer-h">Customer</h2>
            <div className="row">
              <Field
                label="Customer email"
                name="customerEmail"
                type="email"
                autoComplete="off"
                error={errors.customerEmail}
              />
              <Field
                label="Customer name"
                name="customerName"
                autoComplete="off"
                error={errors.customerName}
              />
            </div>
          </section>
          <fieldset className="stack">
            <legend>Shipping address (optional)</legend>
            <div className="row wrap">
              {ADDRESS.map(([k, label]) => (
                <Field
                  key={k}
                  label={label}
                  name={`ship-${k}`}
                  autoComplete="off"
                  error={
                    errors[`shippingAddress.${k}`] ?? (k === 'firstName' ? errors.shippingAddress : undefined)
                  }
                />
              ))}
            </div>
            <Field
              label="Shipping charge"
              name="shippingAmount"
              inputMode="decimal"
              hint={`In ${currency}; leave empty for none.`}
              error={errors.shippingAmount}
            />
          </fieldset>
          <FormAlert error={errors.form} />
          <div className="row">
            <button type="submit" className="primary" value="paid" disabled={busy}>
              Create order (paid)
            </button>
            <button type="submit" value="draft" disabled={busy}>
              Create draft and payment link
            </button>
          </div>
        </form>
      )}
    </Page>
  );
}

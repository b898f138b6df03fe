'use client';
// The head of a customer's profile: who they are and since when, what they spent, and the
// merchant's own notes (staff only; the shopper never sees them).
import { useState } from 'react';
import { type CustomerRecord, type CustomerUpdate, isErased } from '@/lib/customers';
import { FormAlert, TextArea, useSave } from './settings-ui';
import { money } from './ui';

const date = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function CustomerSummary({ customer: c, currency }: { customer: CustomerRecord; currency: string }) {
  return (
    <section className="cards" aria-label="Summary">
      <div className="card">
        <h2>Contact</h2>
        <p data-testid="customer-email" style={{ overflowWrap: 'anywhere' }}>
          {c.email}
        </p>
        {c.phoneNumber ? <p>{c.phoneNumber}</p> : null}
        <p className="muted">
          Customer since <time dateTime={c.createdAt}>{date(c.createdAt)}</time>
        </p>
      </div>
      <div className="card">
        <h2>Orders</h2>
        <p className="big">{c.orderCount}</p>
        <p className="muted">{c.lastOrderDate ? `Last on ${date(c.lastOrderDate)}` : 'No orders yet'}</p>
      </div>
      <div className="card">
        <h2>Spent</h2>
        <p className="big">{money(c.totalSpent, currency)}</p>
      </div>
      <div className="card">
        <h2>Account</h2>
        <p>
          <span className="badge">{c.status === 'ACTIVE' ? 'Active' : 'Inactive'}</span>{' '}
          {c.hasAccount ? 'Has a shop account' : 'No shop account'}
        </p>
        <p className="muted">{c.marketingConsent ? 'Agreed to marketing email' : 'No marketing email'}</p>
      </div>
    </section>
  );
}

/** A notice that the customer's personal data is gone (after "Erase customer"). */
export function ErasedNotice() {
  return (
    <div className="notice" role="status">
      <p>
        <strong>This customer was erased.</strong> Their name, email, phone, notes and addresses were replaced
        or removed; their orders are kept for the accounts.
      </p>
    </div>
  );
}

export function CustomerNotes({
  customer,
  save,
}: {
  customer: CustomerRecord;
  save: (input: CustomerUpdate) => Promise<unknown>;
}) {
  const [saved, setSaved] = useState(false);
  const { errors, busy, run } = useSave(async (notes: string) => {
    setSaved(false);
    await save({ notes: notes.trim() ? notes : null });
    setSaved(true);
  });
  if (isErased(customer)) return null;
  return (
    <form
      className="panel"
      aria-labelledby="notes-h"
      onSubmit={(e) => {
        e.preventDefault();
        run(String(new FormData(e.currentTarget).get('notes') ?? ''));
      }}
    >
      <h2 id="notes-h">Notes</h2>
      <TextArea
        label="Merchant notes"
        name="notes"
        rows={4}
        defaultValue={customer.notes ?? ''}
        hint="Only your team sees these notes."
        error={errors.notes}
        style={{ width: '100%' }}
        onChange={() => setSaved(false)}
      />
      <FormAlert error={errors.notes ? undefined : errors.form} />
      <div className="row" style={{ alignItems: 'center' }}>
        <button type="submit" className="primary" disabled={busy}>
          Save notes
        </button>
        {saved ? (
          <p role="status" className="ok">
            Notes saved.
          </p>
        ) : null}
      </div>
    </form>
  );
}

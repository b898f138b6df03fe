'use client';
// Gift cards: issue, the list, and per card: adjust the balance, deactivate or reactivate, ledger.
import { useState } from 'react';
import { type GiftCard, useGiftCardLedger, useGiftCards } from '@/lib/marketing';
import { ConfirmButton, Field, fieldErrors, message, money, Pager, States } from './ui';

export function GiftCards({ storeId }: { storeId: string }) {
  const [offset, setOffset] = useState(0);
  const g = useGiftCards(storeId, offset);
  const [openId, setOpenId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [issued, setIssued] = useState('');
  const open = g.list.data?.data.find((c) => c.id === openId) ?? null;
  return (
    <section aria-labelledby="gift-h">
      <h2 id="gift-h">Gift cards</h2>
      <form
        className="panel"
        aria-label="Issue a gift card"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const f = new FormData(form);
          const text = (k: string) => String(f.get(k) ?? '').trim() || undefined;
          setErrors({});
          setIssued('');
          try {
            const card = await g.issue.mutateAsync({
              initialBalance: String(f.get('initialBalance') ?? ''),
              code: text('code'),
              recipientEmail: text('recipientEmail') ?? null,
              note: text('note') ?? null,
              expiresAt: text('expiresAt') ? new Date(`${text('expiresAt')}T23:59:59Z`).toISOString() : null,
            });
            form.reset();
            setIssued(`Issued ${card.code} with ${money(card.balance, card.currency)}.`);
            setOpenId(card.id);
          } catch (err) {
            setErrors({ ...fieldErrors(err), form: message(err) });
          }
        }}
      >
        <h3>Issue a gift card</h3>
        <div className="grid2">
          <Field
            label="Amount"
            name="initialBalance"
            inputMode="decimal"
            required
            error={errors.initialBalance}
          />
          <Field
            label="Code (optional)"
            name="code"
            hint="Leave empty for a random, unguessable code."
            error={errors.code}
          />
          <Field label="Recipient email" name="recipientEmail" type="email" error={errors.recipientEmail} />
          <Field label="Expires on" name="expiresAt" type="date" error={errors.expiresAt} />
        </div>
        <Field label="Note" name="note" error={errors.note} />
        {errors.form ? (
          <p role="alert" className="error">
            {errors.form}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={g.issue.isPending}>
          Issue gift card
        </button>
        <p role="status" className="muted">
          {issued}
        </p>
      </form>
      <States query={g.list} empty="No gift cards yet." isEmpty={(l) => l.total === 0}>
        {(l) => (
          <>
            <div className="scroll-x">
              <table>
                <caption className="visually-hidden">Gift cards</caption>
                <thead>
                  <tr>
                    <th scope="col">Code</th>
                    <th scope="col">Balance</th>
                    <th scope="col">Issued</th>
                    <th scope="col">Status</th>
                    <th scope="col">Details</th>
                  </tr>
                </thead>
                <tbody>
                  {l.data.map((card) => (
                    <tr key={card.id}>
                      <td>
                        <code>{card.code}</code>
                      </td>
                      <td data-testid={`balance-${card.code}`}>{money(card.balance, card.currency)}</td>
                      <td>{money(card.initialBalance, card.currency)}</td>
                      <td>{card.isActive ? 'Active' : 'Deactivated'}</td>
                      <td>
                        <button
                          type="button"
                          aria-expanded={openId === card.id}
                          aria-label={`Manage ${card.code}`}
                          onClick={() => setOpenId(openId === card.id ? null : card.id)}
                        >
                          Manage
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager label="Gift card pages" offset={offset} limit={25} total={l.total} onOffset={setOffset} />
          </>
        )}
      </States>
      {open ? <CardPanel key={open.id} card={open} storeId={storeId} update={g.update} /> : null}
    </section>
  );
}

function CardPanel({
  card,
  storeId,
  update,
}: {
  card: GiftCard;
  storeId: string;
  update: ReturnType<typeof useGiftCards>['update'];
}) {
  const ledger = useGiftCardLedger(storeId, card.id);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const change = async (input: Record<string, unknown>, done: string) => {
    setErrors({});
    await update.mutateAsync({ id: card.id, input });
    await ledger.refetch();
    setNote(done);
  };
  return (
    <section className="panel" aria-labelledby="card-h">
      <h3 id="card-h">Gift card {card.code}</h3>
      <p>
        Balance <strong>{money(card.balance, card.currency)}</strong> of{' '}
        {money(card.initialBalance, card.currency)}
        {card.expiresAt ? `, expires ${new Date(card.expiresAt).toLocaleDateString('en-GB')}` : ''}
        {card.recipientEmail ? `, for ${card.recipientEmail}` : ''}.{' '}
        {card.isActive ? 'Active.' : 'Deactivated.'}
      </p>
      <form
        className="row"
        aria-label="Adjust balance"
        onSubmit={async (e) => {
          e.preventDefault();
          const value = String(new FormData(e.currentTarget).get('balance') ?? '');
          try {
            await change({ balance: value }, `Balance set to ${money(value, card.currency)}.`);
          } catch (err) {
            setErrors({ ...fieldErrors(err), form: message(err) });
          }
        }}
      >
        <Field
          label="New balance"
          name="balance"
          inputMode="decimal"
          required
          defaultValue={card.balance}
          error={errors.balance ?? errors.form}
        />
        <div className="field">
          <button type="submit">Adjust balance</button>
        </div>
      </form>
      <div className="row">
        {card.isActive ? (
          <ConfirmButton
            label={`Deactivate ${card.code}`}
            what="The card can no longer pay at checkout. Its balance is kept; you can reactivate it."
            confirmLabel="Deactivate card"
            onConfirm={() => change({ isActive: false }, 'Card deactivated.')}
          />
        ) : (
          <button type="button" onClick={() => change({ isActive: true }, 'Card reactivated.')}>
            Reactivate {card.code}
          </button>
        )}
      </div>
      <p role="status" className="muted">
        {note}
      </p>
      <h4>Ledger</h4>
      <States query={ledger} empty="No entries." isEmpty={(l) => l.data.length === 0}>
        {(l) => (
          <div className="scroll-x">
            <table>
              <caption className="visually-hidden">Ledger of {card.code}</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Entry</th>
                  <th scope="col">Amount</th>
                  <th scope="col">Balance after</th>
                </tr>
              </thead>
              <tbody>
                {l.data.map((t) => (
                  <tr key={t.id}>
                    <td>{new Date(t.createdAt).toLocaleString('en-GB')}</td>
                    <td>{t.type}</td>
                    <td>{money(t.amount, card.currency)}</td>
                    <td>{money(t.balanceAfter, card.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </States>
    </section>
  );
}

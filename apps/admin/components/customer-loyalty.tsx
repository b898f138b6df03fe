'use client';
// A customer's loyalty points: balance and its worth, the ledger (newest first), and a manual
// adjustment for the roles that may make one (the API's `marketing.write`).
import Link from 'next/link';
import { useState } from 'react';
import { type LedgerLine, type PointsAdjustment, useLoyalty } from '@/lib/customers';
import { can, useSession } from '@/lib/session';
import { FormAlert, useSave } from './settings-ui';
import { Field, money, ScrollX, States } from './ui';

const TYPES: Record<LedgerLine['type'], string> = {
  EARN: 'Earned',
  REVERSE: 'Reversed',
  REDEEM: 'Redeemed',
  ADJUST: 'Adjusted',
};

export function CustomerLoyalty({
  storeId,
  customerId,
  currency,
}: {
  storeId: string;
  customerId: string;
  currency: string;
}) {
  const { role } = useSession();
  const { account, adjust } = useLoyalty(storeId, customerId);
  return (
    <section className="panel" aria-labelledby="loyalty-h">
      <h2 id="loyalty-h">Loyalty points</h2>
      <States query={account} empty="">
        {(a) => (
          <>
            <p>
              <strong data-testid="points-balance" style={{ fontSize: '1.5rem' }}>
                {a.balance} points
              </strong>{' '}
              <span className="muted">worth {money(a.value, currency)}</span>
            </p>
            <Ledger storeId={storeId} lines={a.ledger.data} total={a.ledger.total} />
          </>
        )}
      </States>
      {can.adjustPoints(role) ? (
        <AdjustPoints adjust={(input) => adjust.mutateAsync(input)} />
      ) : (
        <p className="muted">Owners and admins can add or remove points.</p>
      )}
    </section>
  );
}

function Ledger({ storeId, lines, total }: { storeId: string; lines: LedgerLine[]; total: number }) {
  if (lines.length === 0) return <p className="muted">No points earned or spent yet.</p>;
  return (
    <ScrollX label="Points ledger">
      <table>
        <caption className="visually-hidden">Points ledger, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">What</th>
            <th scope="col">Points</th>
            <th scope="col">Balance</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.id}>
              <td>{new Date(l.createdAt).toLocaleString('en-GB')}</td>
              <td>{TYPES[l.type] ?? l.type}</td>
              <td>{l.points > 0 ? `+${l.points}` : l.points}</td>
              <td>{l.balanceAfter}</td>
              <td>
                {l.orderId ? <Link href={`/orders/${l.orderId}?store=${storeId}`}>Order</Link> : null}
                {l.orderId && l.reason ? ': ' : null}
                {l.reason ?? (l.orderId ? null : l.reference)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > lines.length ? (
        <p className="muted">
          The latest {lines.length} of {total} entries.
        </p>
      ) : null}
    </ScrollX>
  );
}

function AdjustPoints({ adjust }: { adjust: (input: PointsAdjustment) => Promise<{ balance: number }> }) {
  const [done, setDone] = useState('');
  const { errors, busy, run } = useSave(
    async ({ form, input }: { form: HTMLFormElement; input: PointsAdjustment }) => {
      setDone('');
      const { balance } = await adjust(input);
      setDone(`Balance is now ${balance} points.`);
      form.reset();
    },
  );
  return (
    <form
      aria-labelledby="adjust-h"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = new FormData(form);
        const raw = String(data.get('points') ?? '').trim();
        run({
          form,
          input: { points: raw === '' ? Number.NaN : Number(raw), reason: String(data.get('reason') ?? '') },
        });
      }}
    >
      <h3 id="adjust-h">Adjust points</h3>
      <p className="muted">A positive number adds points, a negative one removes them.</p>
      <div className="row">
        <Field label="Points" name="points" type="number" step={1} required error={errors.points} />
        <Field label="Reason" name="reason" required maxLength={500} error={errors.reason} />
        <div className="field">
          <button type="submit" disabled={busy}>
            Adjust points
          </button>
        </div>
      </div>
      <FormAlert error={errors.points || errors.reason ? undefined : errors.form} />
      {done ? (
        <p role="status" className="ok">
          {done}
        </p>
      ) : null}
    </form>
  );
}

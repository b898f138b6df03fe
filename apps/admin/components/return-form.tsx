'use client';
// Opens a return or an exchange for lines of the order: how many units of each shipped line,
// why, and (for an exchange) the variant the customer wants instead. The API's errors show
// beside the line or field they are about.
import type { UseMutationResult } from '@tanstack/react-query';
import type { OpenReturnInput, Order, StaffReturn } from '@ventory/sdk';
import { returnableUnits } from '@ventory/shop-core';
import { useState } from 'react';
import { lineErrors } from '@/lib/returns';
import { ExchangeVariant } from './exchange-variant';
import { FormAlert, Select } from './settings-ui';
import { Field, message } from './ui';

type Kind = OpenReturnInput['kind'];

export function ReturnForm({
  order,
  returns,
  open,
}: {
  order: Order;
  returns: StaffReturn[];
  open: UseMutationResult<unknown, Error, OpenReturnInput>;
}) {
  const left = returnableUnits(order, returns);
  const lines = order.items.filter((i) => (left.get(i.id) ?? 0) > 0);
  const [kind, setKind] = useState<Kind>('RETURN');
  const [qty, setQty] = useState<Record<string, string>>({});
  const [swap, setSwap] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  if (lines.length === 0)
    return (
      <p className="muted">
        Nothing more to return: lines can be returned once they have shipped, and not twice.
      </p>
    );
  return (
    <form
      aria-labelledby="new-return-h"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = new FormData(form);
        const chosen = lines.filter((i) => Number(qty[i.id] || 0) !== 0);
        setErrors({});
        setDone('');
        if (chosen.length === 0) {
          setErrors({ form: 'Choose how many units of at least one line come back.' });
          return;
        }
        const items = chosen.map((i) => ({
          itemId: i.id,
          quantity: Number(qty[i.id]),
          ...(kind === 'EXCHANGE' && swap[i.id] ? { exchangeVariantId: swap[i.id] } : {}),
        }));
        try {
          await open.mutateAsync({
            kind,
            items,
            reason: String(data.get('reason') ?? '').trim() || undefined,
            note: String(data.get('note') ?? '').trim() || undefined,
          });
          setQty({});
          setSwap({});
          form.reset();
          setDone(kind === 'EXCHANGE' ? 'Exchange opened.' : 'Return opened.');
        } catch (err) {
          setErrors({
            ...lineErrors(
              err,
              items.map((i) => i.itemId),
            ),
            form: message(err),
          });
        }
      }}
    >
      <h3 id="new-return-h">New return or exchange</h3>
      <div className="row">
        <Select label="Kind" name="kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          <option value="RETURN">Return (refund)</option>
          <option value="EXCHANGE">Exchange (replacement order)</option>
        </Select>
        <Field label="Reason" name="reason" maxLength={1000} error={errors.reason} />
        <Field label="Staff note" name="note" maxLength={1000} error={errors.note} />
      </div>
      {lines.map((i) => (
        <div className="row" key={i.id}>
          <Field
            label={`Units to return: ${i.title}`}
            name={`qty-${i.id}`}
            type="number"
            min={0}
            max={left.get(i.id)}
            value={qty[i.id] ?? ''}
            placeholder="0"
            onChange={(e) => setQty({ ...qty, [i.id]: e.target.value })}
            hint={`Up to ${left.get(i.id)} (shipped, not yet returned)`}
            error={errors[i.id]}
          />
          {kind === 'EXCHANGE' && i.productId ? (
            <ExchangeVariant
              productId={i.productId}
              title={i.title}
              current={i.variantId}
              value={swap[i.id] ?? ''}
              onChange={(v) => setSwap({ ...swap, [i.id]: v })}
            />
          ) : null}
        </div>
      ))}
      <FormAlert error={errors.form} />
      <div className="row">
        <button type="submit" disabled={open.isPending}>
          {kind === 'EXCHANGE' ? 'Open exchange' : 'Open return'}
        </button>
        <p role="status" className="ok">
          {done}
        </p>
      </div>
    </form>
  );
}

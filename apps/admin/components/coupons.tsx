'use client';
// Coupons: the list, one form for creating and editing every field of a coupon, and delete.
import { useId, useState } from 'react';
import { type Coupon, useCoupons } from '@/lib/marketing';
import { ConfirmButton, Field, fieldErrors, message, money, States } from './ui';

const toLocal = (iso: string | null) => (iso ? new Date(iso).toISOString().slice(0, 16) : '');
const fromLocal = (v: FormDataEntryValue | null) => (v ? new Date(`${String(v)}Z`).toISOString() : null);
const numOrNull = (v: FormDataEntryValue | null) => (v === null || v === '' ? null : Number(v));

function describe(c: Coupon) {
  const off =
    c.discountType === 'PERCENTAGE'
      ? `${c.discountValue}% off`
      : c.discountType === 'FIXED'
        ? `${money(c.discountValue)} off`
        : 'Free shipping';
  return `${off}${c.minimumOrderAmount ? ` over ${money(c.minimumOrderAmount)}` : ''}`;
}

export function Coupons({ storeId }: { storeId: string }) {
  const c = useCoupons(storeId);
  const [editing, setEditing] = useState<Coupon | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [note, setNote] = useState('');
  return (
    <section aria-labelledby="coupons-h">
      <h2 id="coupons-h">Coupons</h2>
      <States query={c.list} empty="No coupons yet." isEmpty={(l) => l.total === 0}>
        {(l) => (
          <div className="scroll-x">
            <table>
              <caption className="visually-hidden">Coupons</caption>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Discount</th>
                  <th scope="col">Used</th>
                  <th scope="col">Window (UTC)</th>
                  <th scope="col">Status</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {l.data.map((coupon) => (
                  <tr key={coupon.id}>
                    <td>
                      <code>{coupon.code}</code>
                    </td>
                    <td>{describe(coupon)}</td>
                    <td>
                      {coupon.usageCount}
                      {coupon.usageLimit !== null ? ` / ${coupon.usageLimit}` : ''}
                    </td>
                    <td>
                      {toLocal(coupon.startsAt).replace('T', ' ') || 'now'} →{' '}
                      {toLocal(coupon.expiresAt).replace('T', ' ') || 'no end'}
                    </td>
                    <td>
                      {coupon.isActive ? 'Active' : 'Inactive'}
                      {coupon.isAutomatic ? ' · automatic' : ''}
                    </td>
                    <td className="row">
                      <button
                        type="button"
                        aria-label={`Edit ${coupon.code}`}
                        onClick={() => {
                          setEditing(coupon);
                          setFormKey((k) => k + 1);
                          setNote('');
                        }}
                      >
                        Edit
                      </button>
                      <ConfirmButton
                        label={`Delete ${coupon.code}`}
                        what={`Coupon ${coupon.code} stops working at checkout at once. Orders that used it keep their discount.`}
                        confirmLabel="Delete coupon"
                        onConfirm={async () => {
                          await c.remove.mutateAsync(coupon.id);
                          setNote(`Deleted ${coupon.code}.`);
                        }}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </States>
      <p role="status" className="muted">
        {note}
      </p>
      <CouponForm
        key={formKey}
        coupon={editing}
        categories={c.categories.data?.data ?? []}
        products={c.products.data?.data ?? []}
        onCancel={() => {
          setEditing(null);
          setFormKey((k) => k + 1);
        }}
        onSave={async (input) => {
          const saved = (await c.save.mutateAsync({ id: editing?.id, input })) as { code?: string };
          setNote(`${editing ? 'Saved' : 'Created'} ${saved.code ?? 'coupon'}.`);
          setEditing(null);
          setFormKey((k) => k + 1);
        }}
      />
    </section>
  );
}

type Option = { id: string; name: string; sku?: string };

function CouponForm({
  coupon,
  categories,
  products,
  onSave,
  onCancel,
}: {
  coupon: Coupon | null;
  categories: Option[];
  products: Option[];
  onSave: (input: Record<string, unknown>) => Promise<void>;
  onCancel: () => void;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [type, setType] = useState<Coupon['discountType']>(coupon?.discountType ?? 'PERCENTAGE');
  const h = useId();
  return (
    <form
      className="panel"
      aria-labelledby={h}
      onSubmit={async (e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const ids = (k: string) => f.getAll(k).map(String);
        const input = {
          code: String(f.get('code') ?? ''),
          description: String(f.get('description') ?? '') || null,
          discountType: type,
          ...(type === 'FREE_SHIPPING' ? {} : { discountValue: String(f.get('discountValue') ?? '') }),
          minimumOrderAmount: String(f.get('minimumOrderAmount') ?? '') || null,
          startsAt: fromLocal(f.get('startsAt')),
          expiresAt: fromLocal(f.get('expiresAt')),
          usageLimit: numOrNull(f.get('usageLimit')),
          perCustomerLimit: numOrNull(f.get('perCustomerLimit')),
          applicableProductIds: ids('applicableProductIds'),
          applicableCategoryIds: ids('applicableCategoryIds'),
          excludedProductIds: ids('excludedProductIds'),
          excludedCategoryIds: ids('excludedCategoryIds'),
          isActive: f.get('isActive') === 'on',
          isAutomatic: f.get('isAutomatic') === 'on',
        };
        setErrors({});
        try {
          await onSave(input);
        } catch (err) {
          setErrors({ ...fieldErrors(err), form: message(err) });
        }
      }}
    >
      <h2 id={h}>{coupon ? `Edit coupon ${coupon.code}` : 'New coupon'}</h2>
      <div className="grid2">
        <Field label="Code" name="code" required defaultValue={coupon?.code} error={errors.code} />
        <div className="field">
          <label htmlFor={`${h}-type`}>Discount type</label>
          <select
            id={`${h}-type`}
            value={type}
            onChange={(e) => setType(e.target.value as Coupon['discountType'])}
          >
            <option value="PERCENTAGE">Percentage</option>
            <option value="FIXED">Fixed amount</option>
            <option value="FREE_SHIPPING">Free shipping</option>
          </select>
        </div>
        {type === 'FREE_SHIPPING' ? null : (
          <Field
            label={type === 'PERCENTAGE' ? 'Discount (%)' : 'Discount amount'}
            name="discountValue"
            inputMode="decimal"
            required
            defaultValue={coupon?.discountValue}
            error={errors.discountValue}
          />
        )}
        <Field
          label="Minimum order amount"
          name="minimumOrderAmount"
          inputMode="decimal"
          defaultValue={coupon?.minimumOrderAmount ?? ''}
          error={errors.minimumOrderAmount}
        />
        <Field
          label="Starts (UTC)"
          name="startsAt"
          type="datetime-local"
          defaultValue={toLocal(coupon?.startsAt ?? null)}
          error={errors.startsAt}
        />
        <Field
          label="Expires (UTC)"
          name="expiresAt"
          type="datetime-local"
          defaultValue={toLocal(coupon?.expiresAt ?? null)}
          error={errors.expiresAt}
        />
        <Field
          label="Usage limit (all customers)"
          name="usageLimit"
          type="number"
          min={0}
          defaultValue={coupon?.usageLimit ?? ''}
          error={errors.usageLimit}
        />
        <Field
          label="Limit per customer"
          name="perCustomerLimit"
          type="number"
          min={0}
          defaultValue={coupon?.perCustomerLimit ?? ''}
          error={errors.perCustomerLimit}
        />
      </div>
      <Field
        label="Description"
        name="description"
        defaultValue={coupon?.description ?? ''}
        error={errors.description}
      />
      <div className="grid2">
        <Picker
          label="Only these products"
          name="applicableProductIds"
          options={products}
          chosen={coupon?.applicableProductIds}
        />
        <Picker
          label="Except these products"
          name="excludedProductIds"
          options={products}
          chosen={coupon?.excludedProductIds}
        />
        <Picker
          label="Only these categories"
          name="applicableCategoryIds"
          options={categories}
          chosen={coupon?.applicableCategoryIds}
        />
        <Picker
          label="Except these categories"
          name="excludedCategoryIds"
          options={categories}
          chosen={coupon?.excludedCategoryIds}
        />
      </div>
      <div className="row">
        <label className="check">
          <input type="checkbox" name="isActive" defaultChecked={coupon?.isActive ?? true} /> Active
        </label>
        <label className="check">
          <input type="checkbox" name="isAutomatic" defaultChecked={coupon?.isAutomatic ?? false} /> Automatic
          (applies without the code)
        </label>
      </div>
      {errors.form ? (
        <p role="alert" className="error">
          {errors.form}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="primary">
          {coupon ? 'Save coupon' : 'Create coupon'}
        </button>
        {coupon ? (
          <button type="button" onClick={onCancel}>
            Cancel editing
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** A native multiple select (keyboard and screen-reader friendly); none chosen = no restriction. */
function Picker({
  label,
  name,
  options,
  chosen = [],
}: {
  label: string;
  name: string;
  options: Option[];
  chosen?: string[];
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        multiple
        size={Math.min(5, Math.max(2, options.length))}
        defaultValue={chosen}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
            {o.sku ? ` (${o.sku})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}

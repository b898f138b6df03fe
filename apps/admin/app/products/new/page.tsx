'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { BundleItemsEditor } from '@/components/bundle-items';
import { Field, fieldErrors, message, Page } from '@/components/ui';
import { itemsOf, type KitLine, withoutKitErrors } from '@/lib/bundles';
import { useSession } from '@/lib/session';

type VariantRow = { key: number; sku: string; option: string; stock: string };

export default function NewProduct() {
  const { client } = useSession();
  const router = useRouter();
  const queries = useQueryClient();
  const [variants, setVariants] = useState<VariantRow[]>([]);
  // A bundle (kit) is made of other products' variants and keeps no stock or variants of its own.
  const [isKit, setIsKit] = useState(false);
  const [kit, setKit] = useState<KitLine[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const edit = (key: number, patch: Partial<VariantRow>) =>
    setVariants((vs) => vs.map((v) => (v.key === key ? { ...v, ...patch } : v)));

  async function save(form: FormData) {
    setBusy(true);
    setErrors({});
    setFailure('');
    const optionName = String(form.get('optionName') || 'Option');
    try {
      const product = await client.inventory.products.create({
        name: String(form.get('name')),
        sku: String(form.get('sku')),
        price: String(form.get('price')),
        description: String(form.get('description') || '') || null,
        ...(isKit
          ? { type: 'BUNDLE' as const, ...(kit.length ? { bundleItems: itemsOf(kit) } : {}) }
          : variants.length
            ? {
                variants: variants.map((v) => ({
                  sku: v.sku,
                  name: v.option,
                  options: { [optionName]: v.option },
                  initialStock: Number(v.stock || 0),
                })),
              }
            : { initialStock: Number(form.get('initialStock') || 0) }),
      });
      await queries.invalidateQueries({ queryKey: ['products'] });
      router.push(`/products/${product.id}`);
    } catch (e) {
      setErrors(fieldErrors(e));
      setFailure(message(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title="New product" crumbs={[{ label: 'Products', href: '/products' }, { label: 'New' }]}>
      <form
        className="panel"
        onSubmit={(e) => {
          e.preventDefault();
          save(new FormData(e.currentTarget));
        }}
      >
        <Field label="Name" name="name" required error={errors.name} />
        <Field label="SKU" name="sku" required error={errors.sku} />
        <Field
          label="Price"
          name="price"
          inputMode="decimal"
          required
          error={errors.price}
          hint="For example 19.99"
        />
        <div className="field">
          <label htmlFor="description">Description</label>
          <textarea id="description" name="description" rows={3} style={{ width: '100%' }} />
        </div>
        <div className="field">
          <label>
            <input
              type="checkbox"
              checked={isKit}
              onChange={(e) => {
                setIsKit(e.target.checked);
                setVariants([]);
              }}
            />{' '}
            This is a bundle (kit) of other products
          </label>
          <p className="muted">Its stock follows its components': it sells as many kits as they make.</p>
        </div>
        {isKit ? (
          <BundleItemsEditor
            lines={kit}
            onChange={(next) => {
              setKit(next);
              setErrors(withoutKitErrors);
              setFailure('');
            }}
            errors={errors}
          />
        ) : null}
        {isKit ? null : variants.length === 0 ? (
          <Field
            label="Initial stock"
            name="initialStock"
            type="number"
            min={0}
            defaultValue={0}
            error={errors.initialStock}
          />
        ) : null}
        <fieldset className="panel" hidden={isKit}>
          <legend>Variants</legend>
          {variants.length ? <Field label="Option name" name="optionName" defaultValue="Size" /> : null}
          {variants.map((v, i) => (
            <fieldset key={v.key} className="row">
              <legend className="visually-hidden">Variant {i + 1}</legend>
              <Field
                label={`Variant ${i + 1} SKU`}
                name={`variant-sku-${i}`}
                value={v.sku}
                required
                onChange={(e) => edit(v.key, { sku: e.target.value })}
                error={errors[`variants.${i}.sku`]}
              />
              <Field
                label={`Variant ${i + 1} option value`}
                name={`variant-option-${i}`}
                value={v.option}
                required
                onChange={(e) => edit(v.key, { option: e.target.value })}
              />
              <Field
                label={`Variant ${i + 1} stock`}
                name={`variant-stock-${i}`}
                type="number"
                min={0}
                value={v.stock}
                onChange={(e) => edit(v.key, { stock: e.target.value })}
                error={errors[`variants.${i}.initialStock`]}
              />
              <div className="field">
                <button type="button" onClick={() => setVariants((vs) => vs.filter((x) => x.key !== v.key))}>
                  Remove variant {i + 1}
                </button>
              </div>
            </fieldset>
          ))}
          <button
            type="button"
            onClick={() => setVariants((vs) => [...vs, { key: Date.now(), sku: '', option: '', stock: '0' }])}
          >
            Add variant
          </button>
        </fieldset>
        {failure ? (
          <p role="alert" className="alert">
            {failure}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          Create product
        </button>
      </form>
    </Page>
  );
}

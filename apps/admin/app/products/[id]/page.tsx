'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useParams, useRouter } from 'next/navigation';
import { useState } from 'react';
import { BundleSection, KIT_POLL_MS } from '@/components/bundle-section';
import { MakeKit, UnmakeKit } from '@/components/kit-conversion';
import { ProductMedia } from '@/components/product-media';
import { ConfirmButton, Field, fieldErrors, message, money, Page, ScrollX, States } from '@/components/ui';
import { can, useSession } from '@/lib/session';
import { useStores } from '@/lib/stores';

export default function ProductPage() {
  const { id } = useParams<{ id: string }>();
  const { client, role } = useSession();
  const router = useRouter();
  const queries = useQueryClient();
  const product = useQuery({
    queryKey: ['product', id],
    queryFn: () => client.inventory.products.get(id),
    refetchInterval: (q) => (q.state.data?.type === 'BUNDLE' ? KIT_POLL_MS : false),
  });
  const title = product.data?.name ?? 'Product';
  return (
    <Page
      title={title}
      crumbs={[{ label: 'Products', href: '/products' }, { label: title }]}
      actions={
        can.deleteProducts(role) && product.data ? (
          <ConfirmButton
            label="Delete product"
            what={`This removes ${product.data.name} (${product.data.sku}) and its variants from the inventory and every store.`}
            confirmLabel="Delete for good"
            onConfirm={async () => {
              await client.inventory.products.delete(id);
              await queries.invalidateQueries({ queryKey: ['products'] });
              router.push('/products');
            }}
          />
        ) : null
      }
    >
      <States query={product} empty="">
        {(p) =>
          p.type === 'BUNDLE' ? (
            <>
              <BundleSection product={p} />
              <ProductMedia product={p} />
              <ListOnStore productId={p.id} />
              <section className="panel" aria-labelledby="unkit-h">
                <h2 id="unkit-h">Not a kit any more?</h2>
                <UnmakeKit product={p} />
              </section>
            </>
          ) : (
            <>
              <section className="panel" aria-labelledby="variants-h">
                <div className="row" style={{ justifyContent: 'space-between', alignItems: 'baseline' }}>
                  <h2 id="variants-h">Variants and stock</h2>
                  <span className="row">
                    <Link href={`/inventory?sku=${encodeURIComponent(p.sku)}`}>Stock by location</Link>
                    <Link href={`/inventory/ledger/${p.id}`}>Ledger</Link>
                  </span>
                </div>
                <ScrollX label="Variants">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">SKU</th>
                        <th scope="col">Variant</th>
                        <th scope="col">Price</th>
                        <th scope="col">On hand</th>
                        <th scope="col">Available</th>
                      </tr>
                    </thead>
                    <tbody>
                      {p.variants.map((v) => (
                        <tr key={v.id}>
                          <td>{v.sku}</td>
                          <td>{v.name}</td>
                          <td>{money(v.price, p.currency)}</td>
                          <td>{v.stock.onHand}</td>
                          <td data-testid={`available-${v.sku}`}>{v.stock.available}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollX>
              </section>
              <ProductMedia product={p} />
              <Adjust productId={p.id} variants={p.variants.map((v) => ({ id: v.id, sku: v.sku }))} />
              <ListOnStore productId={p.id} />
              {p.type === 'PHYSICAL' ? <MakeKit product={p} /> : null}
            </>
          )
        }
      </States>
    </Page>
  );
}

function Adjust({
  productId,
  variants,
}: {
  productId: string;
  variants: Array<{ id: string; sku: string }>;
}) {
  const { client } = useSession();
  const queries = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  return (
    <form
      className="panel"
      aria-labelledby="adjust-h"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = new FormData(form);
        setErrors({});
        setNote('');
        try {
          await client.inventory.products.adjust(productId, {
            variantId: String(data.get('variantId')),
            quantity: Number(data.get('quantity')),
            reason: String(data.get('reason') || 'manual adjustment'),
          });
          await queries.invalidateQueries({ queryKey: ['product', productId] });
          setNote('Stock adjusted.');
          form.reset();
        } catch (err) {
          setErrors({ ...fieldErrors(err), form: message(err) });
        }
      }}
    >
      <h2 id="adjust-h">Adjust stock</h2>
      <div className="row">
        <div className="field">
          <label htmlFor="adjust-variant">Variant</label>
          <select id="adjust-variant" name="variantId">
            {variants.map((v) => (
              <option key={v.id} value={v.id}>
                {v.sku}
              </option>
            ))}
          </select>
        </div>
        <Field label="Change (+/−)" name="quantity" type="number" required error={errors.quantity} />
        <Field label="Reason" name="reason" error={errors.reason} />
        <div className="field">
          <button type="submit">Adjust</button>
        </div>
      </div>
      {errors.form ? (
        <p role="alert" className="error">
          {errors.form}
        </p>
      ) : null}
      {note ? (
        <p role="status" className="ok">
          {note}
        </p>
      ) : null}
    </form>
  );
}

function ListOnStore({ productId }: { productId: string }) {
  const { client } = useSession();
  const { current } = useStores();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  if (!current) return null;
  return (
    <section className="panel" aria-labelledby="list-h">
      <h2 id="list-h">Sell it on {current.name}</h2>
      <button
        type="button"
        className="primary"
        onClick={async () => {
          try {
            const listing = await client.catalog.listings.create(current.id, { productId, isVisible: true });
            setResult({ ok: true, text: `Listed on ${current.name} as /${listing.slug}.` });
          } catch (e) {
            setResult({ ok: false, text: message(e) });
          }
        }}
      >
        List on {current.name}
      </button>
      {result ? (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'ok' : 'error'}>
          {result.text}
        </p>
      ) : null}
    </section>
  );
}

'use client';
// A customer's latest orders (each opening the order) and their address book.
import Link from 'next/link';
import { type CustomerAddress, type CustomerOrders, ORDERS_SHOWN, useCustomerOrders } from '@/lib/customers';
import { money, ScrollX, States } from './ui';

export function CustomerOrderList({ storeId, customerId }: { storeId: string; customerId: string }) {
  const orders = useCustomerOrders(storeId, customerId);
  return (
    <section className="panel" aria-labelledby="orders-h">
      <h2 id="orders-h">Orders</h2>
      <States query={orders} empty="No orders yet." isEmpty={(d) => d.total === 0}>
        {(d) => <OrderTable storeId={storeId} orders={d} />}
      </States>
    </section>
  );
}

function OrderTable({ storeId, orders }: { storeId: string; orders: CustomerOrders }) {
  return (
    <>
      <ScrollX label="Orders of this customer">
        <table>
          <caption className="visually-hidden">Orders of this customer, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Date</th>
              <th scope="col">Status</th>
              <th scope="col">Payment</th>
              <th scope="col">Fulfilment</th>
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {orders.data.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link href={`/orders/${o.id}?store=${storeId}`}>{o.orderNumber}</Link>
                </td>
                <td>{new Date(o.createdAt).toLocaleString('en-GB')}</td>
                <td>{label(o.status)}</td>
                <td>{label(o.paymentStatus)}</td>
                <td>{label(o.fulfillmentStatus)}</td>
                <td>{money(o.totalAmount, o.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
      {orders.total > ORDERS_SHOWN ? (
        <p className="muted">
          The latest {ORDERS_SHOWN} of {orders.total} orders.
        </p>
      ) : null}
    </>
  );
}

const label = (status: string) => {
  const s = status.replace(/_/g, ' ').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
};

export function CustomerAddresses({ addresses }: { addresses: CustomerAddress[] }) {
  return (
    <section className="panel" aria-labelledby="addresses-h">
      <h2 id="addresses-h">Addresses</h2>
      {addresses.length === 0 ? (
        <p className="muted">No saved addresses.</p>
      ) : (
        <ul
          className="cards"
          style={{
            listStyle: 'none',
            padding: 0,
            gridTemplateColumns: 'repeat(auto-fill, minmax(230px, 1fr))',
          }}
        >
          {addresses.map((a) => (
            <li key={a.id} className="card" aria-label={`${a.line1}, ${a.city}`}>
              {a.isDefault ? <span className="badge">Default</span> : null}
              <address style={{ fontStyle: 'normal' }}>
                {a.firstName} {a.lastName}
                <br />
                {a.line1}
                {a.line2 ? (
                  <>
                    <br />
                    {a.line2}
                  </>
                ) : null}
                <br />
                {[a.postalCode, a.city, a.region].filter(Boolean).join(' ')}
                <br />
                {a.country}
                {a.phone ? (
                  <>
                    <br />
                    {a.phone}
                  </>
                ) : null}
              </address>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

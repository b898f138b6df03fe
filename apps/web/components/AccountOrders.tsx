import Link from '@/components/Link';
import type { Order } from '@/lib/api/account';
import { money } from '@/lib/format';

export const statusText = (s: string) => s.charAt(0) + s.slice(1).toLowerCase().replace(/_/g, ' ');
export const dateText = (iso: string) =>
  new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });

/** The public tracking page of an order (built elsewhere), reached with the shopper's email. */
export const trackHref = (orderNumber: string, email: string) =>
  `/track/${encodeURIComponent(orderNumber)}?email=${encodeURIComponent(email)}`;

type Props = {
  orders: Order[];
  email: string;
  currency: string;
  /** Orders with units the shopper may still send back get a "Return items" link. */
  returnable?: (o: Order) => boolean;
};

/** The shopper's orders: number (to tracking), date, status and total; a card list on phones. */
export function AccountOrders({ orders, email, currency, returnable }: Props) {
  if (orders.length === 0) return <p>No orders yet.</p>;
  return (
    <table className="orders account-table">
      <thead>
        <tr>
          <th scope="col">Order</th>
          <th scope="col">Date</th>
          <th scope="col">Status</th>
          <th scope="col">Total</th>
          {returnable ? (
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {orders.map((o) => (
          <tr key={o.id}>
            <td data-label="Order">
              <Link href={trackHref(o.orderNumber, email)}>
                <span className="sr-only">Track order </span>
                {o.orderNumber}
              </Link>
            </td>
            <td data-label="Date">{dateText(o.createdAt)}</td>
            <td data-label="Status">{statusText(o.status)}</td>
            <td data-label="Total">{money(o.totalAmount, o.currency?.trim() || currency)}</td>
            {returnable ? (
              <td>
                {returnable(o) ? (
                  <Link href={`/account/returns/new?order=${encodeURIComponent(o.id)}`}>
                    Return items<span className="sr-only"> of order {o.orderNumber}</span>
                  </Link>
                ) : null}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

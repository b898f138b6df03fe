'use client';
// Personal data (the API's `customers.privacy`): download everything held about the customer,
// and erase them, asking first and saying exactly what erasing does.
import { type CustomerRecord, customerName, isErased, useExport } from '@/lib/customers';
import { can, useSession } from '@/lib/session';
import { ConfirmButton, message } from './ui';

export function CustomerPrivacy({
  storeId,
  customer,
  erase,
}: {
  storeId: string;
  customer: CustomerRecord;
  erase: () => Promise<unknown>;
}) {
  const { role } = useSession();
  const exporting = useExport(storeId, customer.id);
  const erased = isErased(customer);
  return (
    <section className="panel" aria-labelledby="privacy-h">
      <h2 id="privacy-h">Personal data</h2>
      {!can.handlePersonalData(role) ? (
        <p className="muted">Owners and admins can export or erase a customer's personal data.</p>
      ) : (
        <>
          <p className="muted">
            On the customer's request: a copy of everything held about them, or erasure.
          </p>
          <div className="row">
            <button type="button" disabled={exporting.isPending} onClick={() => exporting.mutate()}>
              Export data
            </button>
            {erased ? null : (
              <ConfirmButton
                label="Erase customer"
                what={whatErasingDoes(customer)}
                confirmLabel="Erase for good"
                onConfirm={erase}
              />
            )}
          </div>
          {exporting.data ? (
            <p role="status" className="ok">
              Downloaded {exporting.data}.
            </p>
          ) : null}
          {exporting.error ? (
            <p role="alert" className="error">
              Could not export: {message(exporting.error)}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

/** What customers/privacy.service.ts `erase` does, in the merchant's words. */
const whatErasingDoes = (c: CustomerRecord) =>
  `${customerName(c)}'s name, email, phone, notes, tags, segment and saved addresses are removed ` +
  `(the email becomes an anonymous placeholder), their shop sign-in stops working, marketing ` +
  `consent is withdrawn, and the emails sent to them are blanked. ` +
  (c.orderCount === 0
    ? ''
    : `Their ${c.orderCount === 1 ? 'order stays' : `${c.orderCount} orders stay`} for the accounts. `) +
  'This cannot be undone.';

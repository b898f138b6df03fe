import { sql } from 'kysely';
import type { Db, TenantTx } from '../../platform/db/pool.ts';
import { recordEvent } from '../../platform/events.ts';
import type { JobRegistry } from '../../platform/jobs/index.ts';
import { fromMinor } from '../../platform/money.ts';
import type { InventoryService } from '../inventory/index.ts';
import { cartWrites } from './cart.schema.ts';

export const ABANDON_JOB = 'cart-mark-abandoned';
export const REMIND_JOB = 'cart-abandoned-reminders';

type Abandoned = { id: string; storeId: string; email: string | null; recoveryToken: string; domain: string };

/** What the recovery email needs; the notifications module renders and sends it (wired in server.ts). */
export type RecoveryNotice = {
  storeId: string;
  to: string;
  cartId: string;
  /** The store's domain and the token its recover page (`/cart/recover?token=`) takes. */
  domain: string;
  recoveryToken: string;
  items: Array<{ title: string; quantity: number; amount: string }>;
  kind: 'first' | 'reminder';
};
export type RecoveryNotifier = (tx: TenantTx, notice: RecoveryNotice) => Promise<void>;

async function notice(
  tx: TenantTx,
  cart: Abandoned,
  kind: RecoveryNotice['kind'],
): Promise<RecoveryNotice | null> {
  if (!cart.email) return null;
  const { rows } = await sql<{ title: string; quantity: number; unitPriceMinor: number; currency: string }>`
    select i.title, i.quantity, i.unit_price_minor, c.currency from cart_items i join carts c on c.id = i.cart_id
    where i.cart_id = ${cart.id} and not i.saved_for_later order by i.created_at`.execute(tx);
  return {
    storeId: cart.storeId,
    to: cart.email,
    cartId: cart.id,
    domain: cart.domain,
    recoveryToken: cart.recoveryToken,
    items: rows.map((r) => ({
      title: r.title,
      quantity: r.quantity,
      amount: fromMinor(r.unitPriceMinor * r.quantity, r.currency.trim()),
    })),
    kind,
  };
}

/**
 * Abandoned carts: an active cart with lines idle past the store's `settings.abandonedCartMinutes`
 * (default 60) becomes ABANDONED, its holds lapse, and `cart.abandoned` (with the recovery token)
 * is written once; `cart.abandoned.reminder` follows after `settings.abandonedCartReminderHours`
 * (default 24). The notifications module turns these facts into emails.
 */
export function cartJobs(db: Db, inventory: Pick<InventoryService, 'release'>, notify?: RecoveryNotifier) {
  const tenantsWith = async (query: ReturnType<typeof sql<{ tenantId: string }>>) =>
    (await db.withPlatform((tx) => query.execute(tx))).rows.map((r) => r.tenantId);

  return {
    async markAbandoned(): Promise<number> {
      const tenants = await tenantsWith(
        sql`select distinct tenant_id from carts where status = 'ACTIVE' and last_activity_at < now() - interval '1 minute'`,
      );
      let total = 0;
      for (const tenantId of tenants) {
        total += await db.withTenant(tenantId, async (tx) => {
          const { rows } = await sql<Abandoned>`
            update carts c set status = 'ABANDONED', abandoned_at = now(),
                   recovery_token = coalesce(c.recovery_token, encode(gen_random_bytes(24), 'hex'))
              from stores s
             where s.id = c.store_id and c.status = 'ACTIVE'
               and c.last_activity_at < now() - make_interval(mins => coalesce((s.settings->>'abandonedCartMinutes')::int, 60))
               and exists (select 1 from cart_items i where i.cart_id = c.id and not i.saved_for_later)
            returning c.id, c.store_id, c.email, c.recovery_token, s.domain`.execute(tx);
          for (const cart of rows) {
            await inventory.release(tx, cart.id);
            const n = notify && (await notice(tx, cart, 'first'));
            if (n && notify) await notify(tx, n);
            await recordEvent(tx, 'cart.abandoned', {
              cartId: cart.id,
              storeId: cart.storeId,
              email: cart.email,
              recoveryToken: cart.recoveryToken,
            });
          }
          return rows.length;
        });
      }
      return total;
    },

    async sendReminders(): Promise<number> {
      const tenants = await tenantsWith(
        sql`select distinct tenant_id from carts where status = 'ABANDONED' and recovery_email_sent_at is null`,
      );
      let total = 0;
      for (const tenantId of tenants) {
        total += await db.withTenant(tenantId, async (tx) => {
          const { rows } = await sql<Abandoned>`
            update carts c set recovery_email_sent_at = now()
              from stores s
             where s.id = c.store_id and c.status = 'ABANDONED' and c.recovery_email_sent_at is null
               and c.email is not null
               and c.abandoned_at < now() - make_interval(hours => coalesce((s.settings->>'abandonedCartReminderHours')::int, 24))
            returning c.id, c.store_id, c.email, c.recovery_token, s.domain`.execute(tx);
          for (const cart of rows) {
            const n = notify && (await notice(tx, cart, 'reminder'));
            if (n && notify) await notify(tx, n);
            await recordEvent(tx, 'cart.abandoned.reminder', {
              cartId: cart.id,
              storeId: cart.storeId,
              email: cart.email,
              recoveryToken: cart.recoveryToken,
            });
          }
          return rows.length;
        });
      }
      return total;
    },
  };
}

export function registerCartJobs(
  registry: JobRegistry,
  db: Db,
  inventory: Pick<InventoryService, 'release'>,
  notify?: RecoveryNotifier,
) {
  const jobs = cartJobs(db, inventory, notify);
  registry.define(ABANDON_JOB, async () => void (await jobs.markAbandoned()), { cron: '* * * * *' });
  registry.define(REMIND_JOB, async () => void (await jobs.sendReminders()), { cron: '*/15 * * * *' });
  // An archived store sells nothing: its open carts stop holding stock (they are kept, abandoned).
  registry.subscribe(
    { consumer: 'cart-release-archived-store', topics: ['store.archived'] },
    async (event) => {
      const { storeId } = event.payload;
      await db.withTenant(event.tenantId, async (tx) => {
        const carts = await cartWrites(tx)
          .updateTable('carts')
          // Marked as reminded: a closed store sends no recovery emails.
          .set({ status: 'ABANDONED', abandonedAt: new Date(), recoveryEmailSentAt: new Date() })
          .where('storeId', '=', storeId)
          .where('status', '=', 'ACTIVE')
          .returning('id')
          .execute();
        for (const cart of carts) await inventory.release(tx, cart.id);
      });
    },
  );
  return jobs;
}

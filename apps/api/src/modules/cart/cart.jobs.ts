import { sql } from 'kysely';
import type { Db } from '../../platform/db/pool.ts';
import { recordEvent } from '../../platform/events.ts';
import type { JobRegistry } from '../../platform/jobs/index.ts';
import type { InventoryService } from '../inventory/index.ts';

export const ABANDON_JOB = 'cart-mark-abandoned';
export const REMIND_JOB = 'cart-abandoned-reminders';

type Abandoned = { id: string; storeId: string; email: string | null; recoveryToken: string };

/**
 * Abandoned carts: an active cart with lines idle past the store's `settings.abandonedCartMinutes`
 * (default 60) becomes ABANDONED, its holds lapse, and `cart.abandoned` (with the recovery token)
 * is written once; `cart.abandoned.reminder` follows after `settings.abandonedCartReminderHours`
 * (default 24). The notifications module turns these facts into emails.
 */
export function cartJobs(db: Db, inventory: Pick<InventoryService, 'release'>) {
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
            returning c.id, c.store_id, c.email, c.recovery_token`.execute(tx);
          for (const cart of rows) {
            await inventory.release(tx, cart.id);
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
            returning c.id, c.store_id, c.email, c.recovery_token`.execute(tx);
          for (const cart of rows)
            await recordEvent(tx, 'cart.abandoned.reminder', {
              cartId: cart.id,
              storeId: cart.storeId,
              email: cart.email,
              recoveryToken: cart.recoveryToken,
            });
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
) {
  const jobs = cartJobs(db, inventory);
  registry.define(ABANDON_JOB, async () => void (await jobs.markAbandoned()), { cron: '* * * * *' });
  registry.define(REMIND_JOB, async () => void (await jobs.sendReminders()), { cron: '*/15 * * * *' });
  return jobs;
}

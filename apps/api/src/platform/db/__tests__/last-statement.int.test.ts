import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { countRoundTrips } from '../../../../test/statements.ts';
import { afterCommit, asLastStatement, createDb, type Db, onRollback, type TenantTx } from '../pool.ts';

// A transaction's last statement may carry its COMMIT (asLastStatement): what that changes for
// other sessions, for the hooks, and for a statement sent too late.
let database: TestDatabase;
let reader: Db;
before(async () => {
  database = await createTestDatabase();
  reader = createDb(database.url, { max: 1 });
  await reader.withPlatform((tx) =>
    sql`create table shelf (tenant_id uuid not null, n int not null check (n > 0));
        grant select, insert on shelf to ventory_app`.execute(tx),
  );
});
after(async () => {
  await reader.close();
  await database.drop();
});

const TENANT = '5c2d7e1a-9b3f-4e8d-a6c1-0f2b4d6e8a13';
/** What another session sees of `n` on the shelf. */
const seenElsewhere = (n: number) =>
  reader
    .withPlatform((tx) => sql<{ c: number }>`select count(*)::int as c from shelf where n = ${n}`.execute(tx))
    .then((r) => r.rows[0]?.c);
const put = (tx: TenantTx, n: number) => sql`insert into shelf values (app_tenant_id(), ${n})`.execute(tx);

for (const preparedStatements of [true, false]) {
  describe(`asLastStatement (prepared: ${preparedStatements})`, () => {
    let db: Db;
    before(async () => {
      db = createDb(database.url, { max: 1, preparedStatements });
      await reader.withPlatform((tx) => sql`delete from shelf`.execute(tx));
    });
    after(() => db.close());

    test('the COMMIT goes with the last statement: committed before the work returns, one round trip fewer', async () => {
      const trips = countRoundTrips(db);
      const seen = await db.withTenant(
        TENANT,
        async (tx) => {
          await put(tx, 1);
          await asLastStatement(tx, () => put(tx, 2));
          return [await seenElsewhere(1), await seenElsewhere(2)];
        },
        { lastStatementCommits: true },
      );
      assert.deepEqual(seen, [1, 1]);
      assert.equal(trips(), 2); // BEGIN + settings + the first; the last + COMMIT
    });

    test('without lastStatementCommits it is an ordinary statement, committed with the transaction', async () => {
      const trips = countRoundTrips(db);
      const seen = await db.withTenant(TENANT, async (tx) => {
        await put(tx, 3);
        await asLastStatement(tx, () => put(tx, 4));
        return seenElsewhere(4);
      });
      assert.equal(seen, 0);
      assert.equal(await seenElsewhere(4), 1);
      assert.equal(trips(), 3);
    });

    test('a last statement that fails rolls everything back and runs the compensation', async () => {
      const undone: string[] = [];
      await assert.rejects(
        db.withTenant(
          TENANT,
          async (tx) => {
            onRollback(tx, async () => {
              undone.push('voided');
            });
            await put(tx, 5);
            await asLastStatement(tx, () => put(tx, -1));
          },
          { lastStatementCommits: true },
        ),
        /violates check constraint/,
      );
      assert.deepEqual(undone, ['voided']);
      assert.equal(await seenElsewhere(5), 0);
      // The connection is usable again, in a transaction of its own.
      await db.withTenant(TENANT, (tx) => asLastStatement(tx, () => put(tx, 6)), {
        lastStatementCommits: true,
      });
      assert.equal(await seenElsewhere(6), 1);
    });

    test('a statement after the last fails; the work stays committed, so its after-commit hooks run, not its compensation', async () => {
      const ran: string[] = [];
      await assert.rejects(
        db.withTenant(
          TENANT,
          async (tx) => {
            afterCommit(tx, async () => {
              ran.push('after commit');
            });
            onRollback(tx, async () => {
              ran.push('compensation');
            });
            await asLastStatement(tx, () => put(tx, 7));
            await put(tx, 8);
          },
          { lastStatementCommits: true },
        ),
        /sent after its transaction had committed with its last statement/,
      );
      assert.deepEqual(ran, ['after commit']);
      assert.deepEqual([await seenElsewhere(7), await seenElsewhere(8)], [1, 0]);
      assert.equal(await db.withTenant(TENANT, () => seenElsewhere(7)), 1);
    });
  });
}

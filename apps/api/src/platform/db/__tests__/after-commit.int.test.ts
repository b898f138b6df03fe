import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { afterCommit, createDb, type Db } from '../pool.ts';

// After-commit hooks: cache invalidation must happen once the change is visible to other readers.
let database: TestDatabase;
let db: Db;
const hookErrors: unknown[] = [];

before(async () => {
  database = await createTestDatabase();
  db = createDb(database.url, { max: 4, onHookError: (e) => hookErrors.push(e) });
});
after(async () => {
  await db.close();
  await database.drop();
});

/** What another connection sees of a tenant's name: what a racing reader would cache. */
const nameSeenElsewhere = async (id: string) =>
  (
    await db.withPlatform((tx) =>
      tx.selectFrom('tenants').select('name').where('id', '=', id).executeTakeFirst(),
    )
  )?.name;

describe('afterCommit', () => {
  test('a hook runs once the transaction has committed, so other readers already see the change', async () => {
    const seen: (string | undefined)[] = [];
    const id = await db.withPlatform(async (tx) => {
      const row = await tx
        .insertInto('tenants')
        .values({ name: 'Before' })
        .returning('id')
        .executeTakeFirstOrThrow();
      afterCommit(tx, async () => {
        seen.push(await nameSeenElsewhere(row.id));
      });
      return row.id;
    });
    await db.withPlatform(async (tx) => {
      await tx.updateTable('tenants').set({ name: 'After' }).where('id', '=', id).execute();
      afterCommit(tx, async () => {
        seen.push(await nameSeenElsewhere(id));
      });
    });
    assert.deepEqual(seen, ['Before', 'After']);
  });

  test('a rolled-back transaction runs no hook; a failing hook is reported, the commit stands', async () => {
    let ran = false;
    await assert.rejects(
      db.withPlatform(async (tx) => {
        await tx.insertInto('tenants').values({ name: 'Doomed' }).execute();
        afterCommit(tx, async () => {
          ran = true;
        });
        throw new Error('roll back');
      }),
      /roll back/,
    );
    assert.equal(ran, false);
    const id = await db.withPlatform(async (tx) => {
      const row = await tx
        .insertInto('tenants')
        .values({ name: 'Kept' })
        .returning('id')
        .executeTakeFirstOrThrow();
      afterCommit(tx, () => Promise.reject(new Error('redis is down')));
      return row.id;
    });
    assert.equal(await nameSeenElsewhere(id), 'Kept');
    assert.match(String(hookErrors[0]), /redis is down/);
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CamelCasePlugin,
  type Dialect,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
} from 'kysely';
import type { Database } from '../database.ts';
import { CamelCaseRows, SnakeCaseCompiler } from '../naming.ts';

/** A Kysely that compiles only (no connection), with the given compiler and plugin. */
const compilerOnly = (compiler: () => PostgresQueryCompiler, plugin: CamelCasePlugin) => {
  const dialect: Dialect = {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: compiler,
  };
  return new Kysely<Database>({ dialect, plugins: [plugin] });
};

const naming = new CamelCaseRows();
const ours = compilerOnly(() => new SnakeCaseCompiler(naming), naming);
const plugins = compilerOnly(() => new PostgresQueryCompiler(), new CamelCasePlugin());

test("the compiler names every identifier as Kysely's CamelCasePlugin does", () => {
  const queries = (db: Kysely<Database>) => [
    db
      .selectFrom('cartItems as i')
      .innerJoin('carts as c', 'c.id', 'i.cartId')
      .select(['i.unitPriceMinor as priceNow', 'c.lastActivityAt'])
      .where('i.savedForLater', '=', false)
      .orderBy('i.createdAt'),
    db
      .with('recentCarts', (q) => q.selectFrom('carts').select('customerId'))
      .selectFrom('recentCarts')
      .selectAll(),
    db
      .updateTable('carts')
      .set({ lastActivityAt: new Date(0), totalMinor: 5 })
      .where('id', '=', 'x')
      .returningAll(),
    db
      .insertInto('cartItems')
      .values({ cartId: 'c', quantity: 1 } as never)
      .returning(['createdAt']),
    sql`select ${sql.ref('c.shippingMethodId')} from ${sql.table('carts')} as c where ${sql.id('storeId')} = 1`,
  ];
  const mine = queries(ours).map((q) => q.compile(ours));
  const theirs = queries(plugins).map((q) => q.compile(plugins));
  for (const [i, q] of mine.entries()) {
    assert.equal(q.sql, theirs[i]?.sql);
    assert.deepEqual(q.parameters, theirs[i]?.parameters);
  }
  assert.match(mine[0]?.sql ?? '', /"i"\."unit_price_minor" as "price_now"/);
});

test('result rows come back with their columns in camelCase, the keys inside JSON values as stored', async () => {
  const rows = [{ last_activity_at: 1, items: [{ unit_price: 2 }], address: { first_name: 'A' } }];
  const result = await naming.transformResult({
    result: { rows },
    queryId: { queryId: 'q' },
  } as Parameters<CamelCaseRows['transformResult']>[0]);
  assert.deepEqual(result.rows, [
    { lastActivityAt: 1, items: [{ unit_price: 2 }], address: { first_name: 'A' } },
  ]);
  // A row that SQL built as JSON is named as the row read alone: its columns, not its values.
  assert.deepEqual(naming.rowOf({ unit_price: 2, properties: { gift_wrap: true } }), {
    unitPrice: 2,
    properties: { gift_wrap: true },
  });
});

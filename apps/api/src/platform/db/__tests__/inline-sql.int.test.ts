import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CompiledQuery, sql } from 'kysely';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { recordStatements } from '../../../../test/statements.ts';
import { inlineParameters } from '../inline-sql.ts';
import { createDb, type Db } from '../pool.ts';

// A tenant transaction's first statement travels with its BEGIN, its parameters inlined: the
// inlined text must mean exactly what the parameterised one means, for every kind of value.
let database: TestDatabase;
let client: pg.Client;
let db: Db;

before(async () => {
  database = await createTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  db = createDb(database.url, { max: 2 });
});
after(async () => {
  await client.end();
  await db.close();
  await database.drop();
});

const VALUES: unknown[] = [
  "it's a 'quote'",
  'back\\slash and \\x00-looking text',
  'ünïcödé ✓ and a $1 that is text',
  '',
  null,
  42,
  -0.5,
  true,
  false,
  new Date('2026-12-04T10:20:30.456Z'),
  ['a', "b'c", 'd,e', 'f"g', 'h\\i', null],
  [1, 2, 3],
  { nested: { quote: "it's", list: [1, 'two'] } },
];

describe('inlined parameters', () => {
  test('mean what the parameters mean, value by value and type by type', async () => {
    for (const value of VALUES) {
      // The same untyped parameter as pg sends it, read back as text and as what it became.
      const query = CompiledQuery.raw(
        "select $1::text as t, pg_typeof($1::text) as k, coalesce($1::text, 'NULL') = coalesce($2::text, 'NULL') as same",
        [value, value],
      );
      const inlined = inlineParameters(query);
      assert.ok(inlined, `inlines ${JSON.stringify(value)}`);
      const bound = await client.query(query.sql, [...query.parameters]);
      const literal = await client.query(inlined);
      assert.deepEqual(literal.rows, bound.rows, JSON.stringify(value));
    }
  });

  test('in the contexts queries use: IN lists, = any(array), LIMIT/OFFSET, casts, JSON', async () => {
    const query = CompiledQuery.raw(
      `select x from unnest(array['a','b','c','d']) x
       where x in ($1, $2) or x = any($3) or ($4::jsonb ->> 'k') = x
       order by x limit $5 offset $6`,
      ['a', 'b', ['c'], { k: 'd' }, 3, 1],
    );
    const inlined = inlineParameters(query) as string;
    assert.deepEqual(
      (await client.query(inlined)).rows,
      (await client.query(query.sql, [...query.parameters])).rows,
    );
  });

  test('placeholders inside strings, identifiers and comments are left alone', () => {
    const query = CompiledQuery.raw(`select '$1' as "$1", $1 -- $2 in a comment\n /* $2 */ , $2`, [
      'one',
      'two',
    ]);
    assert.equal(inlineParameters(query), `select '$1' as "$1", 'one' -- $2 in a comment\n /* $2 */ , 'two'`);
  });

  test('what it cannot inline safely it refuses: binary, NUL bytes, dollar quotes, E strings', () => {
    assert.equal(inlineParameters(CompiledQuery.raw('select $1', [Buffer.from('x')])), null);
    assert.equal(inlineParameters(CompiledQuery.raw('select $1', ['a\0b'])), null);
    assert.equal(inlineParameters(CompiledQuery.raw('select $$x$$, $1', ['a'])), null);
    assert.equal(inlineParameters(CompiledQuery.raw("select E'\\'', $1", ['a'])), null);
  });

  test('a tenant transaction sends its first statement with its BEGIN, and nothing when it runs none', async () => {
    const tenant = await db.withPlatform(async (tx) =>
      sql<{ id: string }>`insert into tenants (name) values ('Inline') returning id`.execute(tx),
    );
    const tenantId = tenant.rows[0]?.id as string;
    const recording = recordStatements();
    const seen = await db.withTenant(tenantId, async (tx) => {
      const first = await sql<{
        t: string;
      }>`select current_setting('app.tenant_id', true) as t, ${"o'k"} as v`.execute(tx);
      const second = await sql<{ r: string }>`select current_user::text as r`.execute(tx);
      return [first.rows[0], second.rows[0]];
    });
    await db.withTenant(tenantId, async () => undefined);
    const sent = recording.stop();
    assert.deepEqual(seen, [{ t: tenantId, v: "o'k" }, { r: 'ventory_app' }]);
    assert.equal(sent.length, 3, sent.join('\n')); // BEGIN + setup + first, the second, COMMIT
    assert.match(sent[0] as string, /begin; select set_config.*; select current_setting/s);
  });
});

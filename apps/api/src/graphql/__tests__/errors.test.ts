import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pino } from 'pino';
import { temporarilyUnavailable } from '../../platform/errors.ts';
import { createApolloServer } from '../schema.ts';

// What a GraphQL client is told when a resolver fails: the cause when it is the client's to act on.
const server = createApolloServer(
  [
    {
      typeDefs: 'extend type Query { busy: Int, broken: Int }',
      resolvers: {
        Query: {
          busy: () => {
            throw temporarilyUnavailable('The store is busy; retry in a moment', 2);
          },
          broken: () => {
            throw new Error('secret internals');
          },
        },
      },
    },
  ],
  pino({ level: 'silent' }),
  { maxDepth: 10, maxCost: 1000 },
);

test('a 503 domain error keeps its code and message; anything else is hidden', async () => {
  await server.start();
  try {
    const ask = async (query: string) => {
      const res = await server.executeOperation({ query }, { contextValue: { mutation: false } as never });
      assert.equal(res.body.kind, 'single');
      return res.body.kind === 'single' ? res.body.singleResult.errors?.[0] : undefined;
    };
    const busy = await ask('{ busy }');
    assert.equal(busy?.message, 'The store is busy; retry in a moment');
    assert.deepEqual(busy?.extensions, { code: 'TEMPORARILY_UNAVAILABLE', status: 503 });
    const broken = await ask('{ broken }');
    assert.equal(broken?.message, 'Internal server error');
    assert.equal(broken?.extensions?.code, 'INTERNAL');
  } finally {
    await server.stop();
  }
});

// The add-to-cart ceilings: a bare node:http + pg server (no framework, no validation), measured in
// the same run as the API, on the i-th SKU's stock row:
// - `POST /reserve/<i>`: the one guarded reservation UPDATE, autocommit, as the owner;
// - `POST /reserve-tx/<i>`: the same UPDATE in a transaction of the add's shape, 8 round trips
//   (BEGIN with the tenant setting, six statements of which the UPDATE is one, COMMIT), on at most
//   15 connections, which is what the API lends one tenant (a pool of 20 less one share kept free).
//   It prices the protocol alone: what an add costs beyond it is the API's own work.
import http from 'node:http';
import pg from 'pg';
import { inRawTransaction } from '../raw-transaction.mts';

const url = process.env.DATABASE_URL ?? '';
const pool = new pg.Pool({ connectionString: url, max: 20 });
const txPool = new pg.Pool({ connectionString: url, max: 15 });
const variants = JSON.parse(process.env.BENCH_VARIANTS ?? '[]') as string[];
const tenantId = process.env.BENCH_TENANT ?? '';
const RESERVE = {
  name: 'reserve',
  text: `update stock_levels set reserved = reserved + 1
          where tenant_id = $1 and variant_id = $2 and on_hand - reserved - allocated >= 1`,
};
const ROUND_TRIP = { name: 'round-trip', text: 'select $1::uuid as tenant_id', values: [tenantId] };

const reserveInTransaction = (variantId: string) =>
  inRawTransaction(
    txPool,
    `begin; select set_config('app.tenant_id', '${tenantId}', true)`,
    async (client) => {
      for (let i = 0; i < 2; i++) await client.query(ROUND_TRIP);
      const r = await client.query({ ...RESERVE, values: [tenantId, variantId] });
      for (let i = 0; i < 3; i++) await client.query(ROUND_TRIP);
      return r;
    },
  );

const server = http.createServer(async (req, res) => {
  const [, kind, at] = (req.url ?? '').split('/');
  const variantId = variants[Number(at ?? 0) % variants.length] ?? '';
  req.resume();
  try {
    const r =
      kind === 'reserve-tx'
        ? await reserveInTransaction(variantId)
        : await pool.query({ ...RESERVE, values: [tenantId, variantId] });
    res.writeHead(r.rowCount === 1 ? 200 : 409, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ reserved: r.rowCount }));
  } catch (err) {
    res.writeHead(500).end(String(err));
  }
});
server.listen(0, '127.0.0.1', () => {
  const a = server.address();
  console.log(`RAW_URL=http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`);
});
process.once('SIGTERM', () =>
  server.close(() => Promise.all([pool.end(), txPool.end()]).then(() => process.exit(0))),
);

// The add-to-cart ceiling: a bare node:http + pg server answering `POST /reserve/<i>` with the one
// guarded reservation UPDATE on the i-th SKU's stock row (autocommit, as the owner, no framework,
// no validation, no tenant transaction), measured in the same run as the API.
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL ?? '', max: 20 });
const variants = JSON.parse(process.env.BENCH_VARIANTS ?? '[]') as string[];
const tenantId = process.env.BENCH_TENANT ?? '';

const server = http.createServer(async (req, res) => {
  const i = Number((req.url ?? '').split('/')[2] ?? 0);
  req.resume();
  try {
    const r = await pool.query({
      name: 'reserve',
      text: `update stock_levels set reserved = reserved + 1
              where tenant_id = $1 and variant_id = $2 and on_hand - reserved - allocated >= 1`,
      values: [tenantId, variants[i % variants.length]],
    });
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
process.once('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));

// The cached-read ceiling: Express 5 answering every GET with one fixed JSON body (set by
// `PUT /__body` before each scenario to a real API answer of that scenario, so the size matches).
// What the API's cache hit is compared with: the framework and the socket, no lookup at all.
import express from 'express';

let body = '{}';
const app = express();
app.put('/__body', express.text({ type: '*/*', limit: '5mb' }), (req, res) => {
  body = String(req.body);
  res.status(204).end();
});
app.get('/{*path}', (_req, res) => {
  res.type('application/json').send(body);
});
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`FIXED_URL=http://127.0.0.1:${port}`);
});

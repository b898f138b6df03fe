// Runs every *.test.ts of the API with node's test runner, two files at a time.
// Each test file makes its own database from a migrated template, so files run in parallel.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runTests } from '../../../scripts/node-tests.mjs';

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(full).isDirectory()) return find(full);
    return name.endsWith('.test.ts') ? [full] : [];
  });
}

const filter = process.argv.slice(2);
const files = ['src', 'test']
  .flatMap((d) => find(d))
  .filter((f) => filter.length === 0 || filter.some((p) => f.includes(p)))
  .sort();
if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
process.exit(
  await runTests(files, {
    concurrency: Number(process.env.TEST_CONCURRENCY ?? 2),
    reporter: 'spec',
    env: { VALIDATE_RESPONSES: '1', ...process.env, NODE_ENV: 'test' },
  }),
);

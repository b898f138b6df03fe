// `npm test`: every workspace's test suite, in two lanes that run side by side. The API suite is
// CPU-bound; the browser suites (storefront, admin, mobile web build) spend much of their time
// waiting on servers and pages, so running them beside it fills the idle core instead of adding
// their time after it. Each line is prefixed with its suite; a summary table closes the run.
// TEST_LANES=1 runs everything one suite after the other.
//
// Two steps that are not workspace tests ride in the lanes: the type check closes the API lane,
// which would otherwise end minutes before the browser lane and leave a core idle; and the browser
// apps are built first in theirs (the test harnesses then find the builds fresh), so that no
// `next build` runs while the type check's `next typegen` writes the same `.next/types` files.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const LANES = [
  ['api', 'sdk', 'shop-core', 'ui', 'mobile', 'typecheck'],
  ['build', 'web', 'admin'],
];
const STEPS = {
  build: ['run', '--silent', 'build', '-w', '@ventory/web', '-w', '@ventory/admin'],
  typecheck: ['run', '--silent', 'typecheck'],
};
// A workspace with tests that no lane names would silently never run.
for (const dir of ['apps', 'packages'])
  for (const name of readdirSync(dir)) {
    const pkg = JSON.parse(readFileSync(`${dir}/${name}/package.json`, 'utf8'));
    if (pkg.scripts?.test && !LANES.flat().includes(pkg.name.replace('@ventory/', '')))
      throw new Error(`${pkg.name} has tests but no lane in scripts/test.mjs: add it to LANES`);
  }
const lanes = process.env.TEST_LANES === '1' ? [LANES.flat()] : LANES;
const width = Math.max(...LANES.flat().map((s) => s.length));

function runSuite(suite) {
  const started = Date.now();
  const args = STEPS[suite] ?? ['test', '--silent', '-w', `@ventory/${suite}`];
  const child = spawn('npm', args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  });
  const tag = `[${suite.padEnd(width)}]`;
  for (const stream of [child.stdout, child.stderr])
    createInterface({ input: stream }).on('line', (line) => process.stdout.write(`${tag} ${line}\n`));
  return new Promise((resolve) => {
    child.on('close', (code, signal) =>
      resolve({ suite, ok: code === 0, code: code ?? signal, seconds: (Date.now() - started) / 1000 }),
    );
  });
}

async function runLane(suites) {
  const results = [];
  for (const suite of suites) results.push(await runSuite(suite));
  return results;
}

const started = Date.now();
const results = (await Promise.all(lanes.map(runLane))).flat();
console.log(`\n${'suite'.padEnd(width + 1)} result   seconds`);
for (const r of results)
  console.log(
    `${r.suite.padEnd(width + 1)} ${(r.ok ? 'passed' : `FAILED (${r.code})`).padEnd(8)} ${r.seconds.toFixed(0).padStart(7)}`,
  );
console.log(
  `${'all'.padEnd(width + 1)} ${' '.repeat(8)} ${((Date.now() - started) / 1000).toFixed(0).padStart(7)}`,
);
process.exit(results.every((r) => r.ok) ? 0 : 1);

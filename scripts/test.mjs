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
// An entry `<app>/<file>` runs that one browser test file in its lane (`<app>` then runs the
// others): the lever for moving work between lanes when one ends minutes after the other. None is
// needed today (CI of 2026-12-05: the API lane's suites took 1,367 s, the browser lane's 1,175 s,
// with three admin files, 70 s, in the API lane; they are back in `admin`).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const LANES = [
  ['api', 'sdk', 'shop-core', 'ui', 'mobile', 'typecheck'],
  ['build', 'web', 'admin'],
];
const STEPS = {
  build: ['run', '--silent', 'build', '-w', '@ventory/web', '-w', '@ventory/admin'],
  // Every workspace but the two Next.js apps, whose `next build` (the `build` step) type-checks them.
  typecheck: [
    'run',
    '--silent',
    'typecheck',
    ...['api', 'sdk', 'mobile', 'ui', 'shop-core'].flatMap((w) => ['-w', `@ventory/${w}`]),
  ],
};
// As the browser workspaces' own `npm test` runs their files, one at a time.
const NODE_TESTS = '../../scripts/node-tests.mjs';
// Every test file of the app (its unit tests, such as the admin's CSV builder, ride along).
const browserFiles = (app) =>
  readdirSync(`apps/${app}/test`)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `test/${f}`);
const splitOff = (app) =>
  LANES.flat()
    .filter((e) => e.startsWith(`${app}/`))
    .map((e) => `test/${e.slice(app.length + 1)}.browser.test.ts`);

/** The command, and its folder, that runs one lane entry. */
function command(entry) {
  if (STEPS[entry]) return ['npm', STEPS[entry], '.'];
  const [app, file] = entry.split('/');
  if (file) return [process.execPath, [NODE_TESTS, `test/${file}.browser.test.ts`], `apps/${app}`];
  const elsewhere = splitOff(app);
  if (elsewhere.length === 0) return ['npm', ['test', '--silent', '-w', `@ventory/${entry}`], '.'];
  return [
    process.execPath,
    [NODE_TESTS, ...browserFiles(app).filter((f) => !elsewhere.includes(f))],
    `apps/${app}`,
  ];
}

// A workspace with tests that no lane names would silently never run.
for (const dir of ['apps', 'packages'])
  for (const name of readdirSync(dir)) {
    const pkg = JSON.parse(readFileSync(`${dir}/${name}/package.json`, 'utf8'));
    if (pkg.scripts?.test && !LANES.flat().includes(pkg.name.replace('@ventory/', '')))
      throw new Error(`${pkg.name} has tests but no lane in scripts/test.mjs: add it to LANES`);
  }
const lanes = process.env.TEST_LANES === '1' ? [LANES.flat()] : LANES;
const width = Math.max(...LANES.flat().map((s) => s.length));

// A failed test as node's TAP and spec reporters print it: named again under the table, since a
// CI log is often read from its end, with the first lines the reporter prints under it (the error
// and its stack; TAP's bookkeeping fields left out), so that a flaky failure can be diagnosed from
// that end alone. The spec reporter lists each failure twice; the summary keeps it once.
const FAILED_TEST = /^\s*(not ok \d+ - |✖ )/;
const BOOKKEEPING = /^\s*((duration_ms|type|location|failureType|code):|---\s*$|\.\.\.\s*$)/;
const DETAIL_LINES = 8;
const indent = (line) => line.length - line.trimStart().length;

function runSuite(suite) {
  const started = Date.now();
  const [bin, args, cwd] = command(suite);
  const child = spawn(bin, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  });
  const tag = `[${suite.padEnd(width)}]`;
  const failures = [];
  let under = -1; // the failed test line's indentation, while reading the lines under it
  let kept = 0;
  for (const stream of [child.stdout, child.stderr])
    createInterface({ input: stream }).on('line', (line) => {
      process.stdout.write(`${tag} ${line}\n`);
      if (FAILED_TEST.test(line)) {
        const seen = failures.includes(line.trim());
        if (!seen) failures.push(line.trim());
        [under, kept] = [seen ? -1 : indent(line), 0];
        return;
      }
      if (under < 0 || !line.trim()) return;
      if (indent(line) <= under) under = -1;
      else if (!BOOKKEEPING.test(line) && kept++ < DETAIL_LINES) failures.push(`    ${line.trim()}`);
    });
  return new Promise((resolve) => {
    child.on('close', (code, signal) =>
      resolve({
        suite,
        ok: code === 0,
        code: code ?? signal,
        seconds: (Date.now() - started) / 1000,
        failures,
      }),
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
for (const r of results.filter((r) => r.failures.length > 0)) {
  console.log(`\nfailed in ${r.suite}:`);
  for (const line of r.failures.slice(0, 120)) console.log(`  ${line}`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);

// Runs TypeScript test files with node's test runner, each file bundled first by esbuild.
//   node scripts/node-tests.mjs [--concurrency=N] [--reporter=R] <file.test.ts ...>   (from the app's folder)
//
// Why not `node --import tsx --test`: on Node 20 tsx's loader hooks run on a thread of their own,
// and every module a test process loads (ours and node_modules') crosses to it and back. That cost
// about 2.4 s of CPU per test process, before any test ran: a fifth of the suites' CPU on
// this 2-core machine. A bundle per test file (our code and the workspace packages inside, the
// npm packages imported as usual) loads without hooks. esbuild is what tsx transforms with, so
// the code that runs is the same.
//
// `import.meta.url`/`dirname`/`filename` keep naming each module's source file (paths to
// migrations, fixtures and the app folders are computed from them). TEST_SOURCE_MAPS=1 maps stack
// traces back to the sources (it costs about 0.6 s per process, so it is off by default).
import { spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// One folder per run: the admin's files run in two lanes of `npm test` at once.
const OUT_DIR = path.join('.test-build', String(process.pid));
const sourceMaps = process.env.TEST_SOURCE_MAPS === '1';

const keepSourcePaths = {
  name: 'keep-source-paths',
  setup(bundle) {
    // npm packages stay imports (resolved from the bundle's folder: everything is hoisted to the
    // root node_modules); workspace packages, which ship TypeScript, go into the bundle.
    bundle.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@ventory/') ? undefined : { path: args.path, external: true },
    );
    bundle.onLoad({ filter: /\.(ts|mts)$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return {
        loader: 'ts',
        contents: text.includes('import.meta.')
          ? text
              .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
              .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
              .replaceAll('import.meta.filename', JSON.stringify(args.path))
          : text,
      };
    });
  },
};

/** Bundles each test file into OUT_DIR (same relative path, `.mjs`); returns the bundles. */
async function bundleTests(files) {
  await build({
    entryPoints: files,
    outdir: OUT_DIR,
    outbase: '.',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: sourceMaps ? 'linked' : false,
    sourcesContent: false,
    plugins: [keepSourcePaths],
    logLevel: 'warning',
  });
  return files.map((f) => path.join(OUT_DIR, f.replace(/\.m?ts$/, '.mjs')));
}

/** Bundles `files`, runs them with `node --test`, and returns the runner's exit status. */
export async function runTests(files, { concurrency = 1, reporter, env = process.env } = {}) {
  const bundles = await bundleTests(files);
  const result = spawnSync(
    process.execPath,
    [
      ...(sourceMaps ? ['--enable-source-maps'] : []),
      '--test',
      // A test file whose tests are done exits even if something it started left a handle open.
      '--test-force-exit',
      `--test-concurrency=${concurrency}`,
      ...(reporter ? [`--test-reporter=${reporter}`] : []),
      ...bundles,
    ],
    { stdio: 'inherit', env },
  );
  await rm(OUT_DIR, { recursive: true, force: true });
  return result.status ?? 1;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: node scripts/node-tests.mjs [--concurrency=N] <file.test.ts ...>');
    process.exit(2);
  }
  process.exit(
    await runTests(files, { concurrency: Number(option('concurrency') ?? 1), reporter: option('reporter') }),
  );
}

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

// The module rules of shared/STYLE.md, checked rather than hoped for.
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');
const MODULES = path.join(SRC, 'modules');
const MAX_LINES = 400;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] as string,
  );

test('modules import each other only through index.ts', () => {
  const violations: string[] = [];
  for (const file of sourceFiles(MODULES)) {
    const own = path.relative(MODULES, file).split(path.sep)[0];
    for (const spec of importsOf(file)) {
      if (!spec.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), spec);
      if (!target.startsWith(MODULES + path.sep)) continue;
      const [module, ...rest] = path.relative(MODULES, target).split(path.sep);
      if (module !== own && rest.join('/') !== 'index.ts')
        violations.push(`${path.relative(SRC, file)} → ${spec}`);
    }
  }
  assert.deepEqual(violations, []);
});

test('the platform layer does not depend on modules', () => {
  const violations = sourceFiles(path.join(SRC, 'platform'))
    .filter((f) => !f.endsWith('.test.ts'))
    .flatMap((file) =>
      importsOf(file)
        .filter((s) => s.includes('/modules/'))
        .map((s) => `${path.relative(SRC, file)} → ${s}`),
    );
  assert.deepEqual(violations, []);
});

test('no import cycle in the source (type-only imports included)', () => {
  const files = sourceFiles(SRC).filter(
    (f) => !f.endsWith('.test.ts') && !f.includes(`${path.sep}__tests__${path.sep}`),
  );
  const edges = new Map(
    files.map((f) => [
      f,
      importsOf(f)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => path.resolve(path.dirname(f), spec)),
    ]),
  );
  // Depth-first search; a file met again while still on the path closes a cycle.
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const visit = (file: string, trail: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(SRC, f)).join(' → '));
      return;
    }
    state.set(file, 'open');
    for (const next of edges.get(file) ?? []) visit(next, [...trail, file]);
    state.set(file, 'done');
  };
  for (const file of files) visit(file, []);
  assert.equal(
    cycles.length,
    0,
    `import cycles, the first of ${cycles.length}:\n${cycles.slice(0, 5).join('\n')}`,
  );
});

test(`no source file is over ${MAX_LINES} lines`, () => {
  const long = sourceFiles(SRC)
    .map((f) => ({ file: path.relative(SRC, f), lines: readFileSync(f, 'utf8').split('\n').length }))
    .filter((f) => f.lines > MAX_LINES && !f.file.endsWith('.test.ts'));
  assert.deepEqual(long, []);
});

// A module writes only its own tables (issue 16): another module's rows change through that
// module's face (orderLifecycle, the payments repository, ...), so its rules cannot be skipped. A
// table's owner is the module whose `*Tables` interface declares it; flows, composition and the
// GraphQL layer own none. The platform's tables (tenants and users, outbox, idempotency) are
// shared: tenancy and access manage identities on them, every module appends to the outbox.
const snake = (camel: string) => camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const isTest = (f: string) => f.endsWith('.test.ts') || f.includes(`${path.sep}__tests__${path.sep}`);

function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const file of sourceFiles(MODULES).filter((f) => !isTest(f))) {
    const module = path.relative(MODULES, file).split(path.sep)[0] as string;
    for (const m of readFileSync(file, 'utf8').matchAll(
      /export interface \w+Tables(?: extends [\w, ]+)? \{([^}]*)\}/g,
    ))
      for (const member of (m[1] as string).matchAll(/^\s*(\w+):/gm))
        owners.set(snake(member[1] as string), module);
  }
  return owners;
}

const WRITES = [
  /\.(?:insertInto|updateTable|deleteFrom|mergeInto)\(\s*'(\w+)/g,
  /\b(?:INSERT INTO|UPDATE|DELETE FROM)\s+(?:ONLY\s+)?"?([a-z_]+)"?/gi,
];

test('no code writes another module’s table', () => {
  const owners = tableOwners();
  const violations = sourceFiles(SRC)
    .filter((f) => !isTest(f))
    .flatMap((file) => {
      const rel = path.relative(SRC, file).split(path.sep);
      const own = rel[0] === 'modules' ? rel[1] : rel[0];
      const text = readFileSync(file, 'utf8');
      const tables = new Set(
        WRITES.flatMap((re) => [...text.matchAll(re)].map((m) => snake(m[1] as string))),
      );
      return [...tables]
        .filter((t) => owners.has(t) && owners.get(t) !== own)
        .map((t) => `${path.relative(SRC, file)} writes ${t} (owned by ${owners.get(t)})`);
    });
  assert.deepEqual(violations, []);
});

// A module writes through its own handle (`catalogWrites(tx)`, from `writesTo` in its schema file),
// so its writes are typed to its tables (test/module-tables.types.ts). Narrowing anywhere else, or
// casting back to a full Kysely transaction, would step around that.
test('tenant writes go through the owning module’s handle', () => {
  const handles = new Set([
    ...sourceFiles(MODULES).filter((f) => f.endsWith('.schema.ts')),
    path.join(MODULES, 'notifications/push.ts'),
  ]);
  const violations = sourceFiles(SRC)
    .filter((f) => !isTest(f) && !handles.has(f) && !f.startsWith(path.join(SRC, 'platform') + path.sep))
    .flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [/\bwritesTo\b/, /as (?:unknown as )?(?:Transaction|Kysely)</]
        .filter((re) => re.test(text))
        .map((re) => `${path.relative(SRC, file)} uses ${re.source}`);
    });
  assert.deepEqual(violations, []);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bucketOf } from '../experiments.service.ts';
import { normalCdf, twoProportionZTest, wilsonInterval } from '../stats.ts';

test('normal CDF matches tables', () => {
  assert.ok(Math.abs(normalCdf(0) - 0.5) < 1e-7);
  assert.ok(Math.abs(normalCdf(1.96) - 0.9750021) < 1e-6);
  assert.ok(Math.abs(normalCdf(-1) - 0.1586553) < 1e-6);
});

test('two-proportion z-test: 10 % vs 13 % over 1000 each is significant at 5 %', () => {
  // pooled p = 0.115, se = sqrt(0.115 × 0.885 × 2/1000) = 0.0142672, z = 0.03 / se = 2.1027
  const r = twoProportionZTest({ n: 1000, x: 100 }, { n: 1000, x: 130 });
  assert.deepEqual(r, { z: 2.1027, pValue: 0.0355, significant: true, uplift: 0.3 });
  const same = twoProportionZTest({ n: 200, x: 20 }, { n: 200, x: 22 });
  assert.equal(same?.significant, false);
  assert.equal(twoProportionZTest({ n: 0, x: 0 }, { n: 10, x: 1 }), null);
  assert.equal(twoProportionZTest({ n: 10, x: 0 }, { n: 10, x: 0 }), null);
});

test('assignment is deterministic and follows the split', () => {
  const variants = [
    { key: 'control', weight: 30 },
    { key: 'b', weight: 70 },
  ];
  const id = '5b0c7c1e-8d3c-4a7e-9f59-0f1e2d3c4b5a';
  const counts = { control: 0, b: 0 } as Record<string, number>;
  for (let i = 0; i < 10_000; i++) {
    const v = bucketOf(id, `session-${i}`, variants);
    assert.equal(bucketOf(id, `session-${i}`, variants), v);
    counts[v] = (counts[v] ?? 0) + 1;
  }
  assert.ok(Math.abs((counts.control ?? 0) / 10_000 - 0.3) < 0.02, JSON.stringify(counts));
  assert.equal(
    bucketOf(id, 'anyone', [
      { key: 'all', weight: 100 },
      { key: 'none', weight: 0 },
    ]),
    'all',
  );
});

test('Wilson interval: the textbook case, inside [0, 1] at the edges, none without sessions', () => {
  // 10 of 100: 95 % Wilson interval 0.0552 to 0.1744 (Newcombe 1998, Table I).
  assert.deepEqual(wilsonInterval(100, 10), { low: 0.0552, high: 0.1744 });
  assert.deepEqual(wilsonInterval(20, 0), { low: 0, high: 0.1611 });
  assert.equal(wilsonInterval(20, 20)?.high, 1);
  assert.equal(wilsonInterval(0, 0), null);
});

// The CSV builder behind every report's download: amounts to the cent without float drift,
// quoting per RFC 4180, formula-looking text defused, rates as percentages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Column, toCents, toCsv } from '../lib/csv.ts';

test('amounts round half up to the cent on the decimal string', () => {
  assert.equal(toCents('96'), '96.00');
  assert.equal(toCents('155.9700'), '155.97');
  assert.equal(toCents('1.005'), '1.01');
  assert.equal(toCents('0.004'), '0.00');
  assert.equal(toCents('-12.345'), '-12.35');
  assert.equal(toCents('-0.001'), '0.00');
  assert.equal(toCents('99999999999.995'), '100000000000.00');
  assert.equal(toCents(19.99 * 3), '59.97');
});

test('rows become CRLF lines with quoting and defused formulas', () => {
  type Row = { name: string; net: string; orders: number; margin: number };
  const columns: Column<Row>[] = [
    { label: 'Store', kind: 'text', value: (r) => r.name },
    { label: 'Net sales', kind: 'money', value: (r) => r.net },
    { label: 'Orders', kind: 'count', value: (r) => r.orders },
    { label: 'Margin', kind: 'rate', value: (r) => r.margin },
  ];
  const csv = toCsv(columns, [
    { name: 'Harbor, "Goods"', net: '96.0000', orders: 2, margin: 0.25 },
    { name: '=HYPERLINK("x")', net: '-5', orders: 0, margin: 0 },
  ]);
  assert.equal(
    csv,
    'Store,Net sales,Orders,Margin\r\n"Harbor, ""Goods""",96.00,2,25.0 %\r\n"\'=HYPERLINK(""x"")",-5.00,0,0.0 %\r\n',
  );
});

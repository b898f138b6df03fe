import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError } from '../../../platform/errors.ts';
import { assertPackageMove } from '../package-state.ts';

const invalidState = (e: unknown) => e instanceof DomainError && e.code === 'INVALID_STATE';

describe('package state rules', () => {
  test('package moves: forward through the flow only', () => {
    assertPackageMove('QUEUED', 'PICKING');
    assertPackageMove('PICKED', 'PACKED');
    assertPackageMove('PACKED', 'SHIPPED');
    assertPackageMove('SHIPPED', 'DELIVERED');
    assert.throws(() => assertPackageMove('QUEUED', 'SHIPPED'), invalidState);
    assert.throws(() => assertPackageMove('SHIPPED', 'CANCELED'), invalidState);
    assert.throws(() => assertPackageMove('DELIVERED', 'DELIVERED'), invalidState);
    assert.throws(() => assertPackageMove('CANCELED', 'QUEUED'), invalidState);
  });
});

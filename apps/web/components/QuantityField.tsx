'use client';
import { QuantityStepper } from '@ventory/ui';
import { useState } from 'react';

/**
 * The buy box's quantity: the stepper the Expo app shows (packages/ui), its value sent with the
 * form. Without script the buttons cannot step, so the form sends 1 and the cart page changes it.
 */
export function QuantityField({ available }: { available: number }) {
  const [quantity, setQuantity] = useState(1);
  return (
    <div className="qty">
      {/* Seen, not read: the stepper's group carries the same name for assistive technology. */}
      <span aria-hidden="true">Quantity</span>
      <QuantityStepper
        value={quantity}
        onChange={setQuantity}
        min={1}
        max={Math.max(1, Math.min(99, available))}
        label="quantity"
      />
      <input type="hidden" name="quantity" value={quantity} />
    </div>
  );
}

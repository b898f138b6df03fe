'use client';
// The store's loyalty rule: on or off, points earned per currency unit, what a point is worth,
// and the fewest points a shopper may redeem; the API's field errors beside their inputs.
import { useState } from 'react';
import { type LoyaltyProgram, useLoyaltyProgram } from '@/lib/segments';
import { FormAlert, useSave } from './settings-ui';
import { Field, States } from './ui';

export function LoyaltyRules({ storeId }: { storeId: string }) {
  const { program, save } = useLoyaltyProgram(storeId);
  return (
    <section aria-labelledby="loyalty-rules-h">
      <h2 id="loyalty-rules-h">Loyalty rules</h2>
      <States query={program} empty="">
        {(p) => <LoyaltyForm program={p} save={save.mutateAsync} />}
      </States>
    </section>
  );
}

function LoyaltyForm({
  program,
  save,
}: {
  program: LoyaltyProgram;
  save: (input: Partial<LoyaltyProgram>) => Promise<unknown>;
}) {
  const [done, setDone] = useState('');
  const { errors, busy, run } = useSave(async (input: Partial<LoyaltyProgram>) => {
    setDone('');
    await save(input);
    setDone('Loyalty rules saved.');
  });
  // A typed-in non-number goes to the API as text, so its field error comes back beside it.
  const num = (v: FormDataEntryValue | null) => {
    const t = String(v ?? '').trim();
    return (t !== '' && Number.isFinite(Number(t)) ? Number(t) : t) as number;
  };
  return (
    <form
      className="panel"
      aria-label="Loyalty rules"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        void run({
          isActive: f.get('isActive') === 'on',
          pointsPerUnit: num(f.get('pointsPerUnit')),
          pointValueMinor: num(f.get('pointValueMinor')),
          minRedeemPoints: num(f.get('minRedeemPoints')),
        });
      }}
    >
      <div className="field">
        <label className="check">
          <input type="checkbox" name="isActive" defaultChecked={program.isActive} /> Loyalty programme on
        </label>
      </div>
      <div className="grid2">
        <Field
          label="Points earned per currency unit"
          name="pointsPerUnit"
          inputMode="numeric"
          defaultValue={program.pointsPerUnit}
          error={errors.pointsPerUnit}
        />
        <Field
          label="Value of a point (minor units, e.g. cents)"
          name="pointValueMinor"
          inputMode="numeric"
          defaultValue={program.pointValueMinor}
          error={errors.pointValueMinor}
        />
        <Field
          label="Fewest points to redeem"
          name="minRedeemPoints"
          inputMode="numeric"
          defaultValue={program.minRedeemPoints}
          error={errors.minRedeemPoints}
        />
      </div>
      <FormAlert error={errors.form} />
      <button type="submit" className="primary" disabled={busy}>
        Save loyalty rules
      </button>
      <p role="status" className="muted">
        {done}
      </p>
    </form>
  );
}

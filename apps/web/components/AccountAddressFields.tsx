import type { SavedAddress } from '@/lib/api/account';

const FIELDS = [
  { name: 'firstName', label: 'First name', auto: 'given-name', required: true },
  { name: 'lastName', label: 'Last name', auto: 'family-name', required: true },
  { name: 'line1', label: 'Address', auto: 'address-line1', required: true, wide: true },
  { name: 'line2', label: 'Apartment, suite (optional)', auto: 'address-line2', wide: true },
  { name: 'city', label: 'City', auto: 'address-level2', required: true },
  { name: 'region', label: 'State / region (optional)', auto: 'address-level1' },
  { name: 'postalCode', label: 'Postal code', auto: 'postal-code', required: true },
  { name: 'country', label: 'Country code (e.g. US)', auto: 'country', required: true, max: 2 },
  { name: 'phone', label: 'Phone (optional)', auto: 'tel', type: 'tel' },
] as const;

/** The fields of an address form, filled from `value` when editing; ids are unique per form. */
export function AccountAddressFields({ value, idPrefix }: { value?: SavedAddress; idPrefix: string }) {
  return (
    <div className="address-grid">
      {FIELDS.map((f) => {
        const id = `${idPrefix}-${f.name}`;
        const current = value?.[f.name];
        return (
          <div key={f.name} className={'wide' in f ? 'f-line1' : undefined}>
            <label htmlFor={id}>{f.label}</label>
            <input
              id={id}
              name={f.name}
              type={'type' in f ? f.type : 'text'}
              autoComplete={f.auto}
              required={'required' in f}
              maxLength={'max' in f ? f.max : undefined}
              minLength={'max' in f ? f.max : undefined}
              defaultValue={typeof current === 'string' ? current : ''}
            />
          </div>
        );
      })}
    </div>
  );
}

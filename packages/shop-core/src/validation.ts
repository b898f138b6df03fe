import type { Address } from '@ventory/sdk';

/** Deliberately plain: one @, a dot in the domain, no spaces; the API has the final word. */
export function isEmail(value: string): boolean {
  const v = value.trim();
  return v.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(v);
}

export type AddressField = keyof Address;
export type AddressErrors = Partial<Record<AddressField | 'email', string>>;

const REQUIRED: Array<[AddressField, string]> = [
  ['firstName', 'Enter a first name'],
  ['lastName', 'Enter a last name'],
  ['line1', 'Enter the street address'],
  ['city', 'Enter a city'],
  ['postalCode', 'Enter a postal code'],
  ['country', 'Enter a country'],
];

/** Postal code shapes for the countries the demo stores ship to; others only need 2-10 characters. */
const POSTAL: Record<string, RegExp> = {
  US: /^\d{5}(-\d{4})?$/,
  CA: /^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/,
  GB: /^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$/,
  DE: /^\d{5}$/,
  FR: /^\d{5}$/,
};

/** Field errors of an address (and optionally the email), written for the shopper; {} when valid. */
export function validateAddress(address: Partial<Address>, email?: string): AddressErrors {
  const errors: AddressErrors = {};
  if (email !== undefined && !isEmail(email)) errors.email = 'Enter an email address like name@example.com';
  for (const [field, message] of REQUIRED) if (!String(address[field] ?? '').trim()) errors[field] = message;
  const country = String(address.country ?? '')
    .trim()
    .toUpperCase();
  if (country && !/^[A-Z]{2}$/.test(country)) errors.country = 'Use the two-letter country code, like US';
  const postal = String(address.postalCode ?? '').trim();
  if (postal && !errors.country) {
    const shape = POSTAL[country];
    if (shape ? !shape.test(postal) : postal.length < 2 || postal.length > 10)
      errors.postalCode = `Enter a valid postal code${country ? ` for ${country}` : ''}`;
  }
  return errors;
}

/** The address trimmed and normalised (country upper-case, empty optional fields dropped). */
export function cleanAddress(address: Partial<Address>): Address {
  const t = (v: unknown) => String(v ?? '').trim();
  const out: Address = {
    firstName: t(address.firstName),
    lastName: t(address.lastName),
    line1: t(address.line1),
    city: t(address.city),
    postalCode: t(address.postalCode),
    country: t(address.country).toUpperCase(),
  };
  for (const k of ['line2', 'region', 'phone'] as const) if (t(address[k])) out[k] = t(address[k]);
  return out;
}

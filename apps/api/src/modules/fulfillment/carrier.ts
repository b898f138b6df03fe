import { randomInt } from 'node:crypto';
import { renderPdf } from '../../platform/pdf.ts';

export type LabelAddress = {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  region?: string | null;
  postalCode: string;
  country: string;
};

export type LabelRequest = {
  from: LabelAddress;
  to: LabelAddress;
  weightGrams: number | null;
  reference: string;
  service?: string | null;
};
export type Label = {
  carrier: string;
  service: string;
  trackingNumber: string;
  /** The carrier's public tracking page for this parcel, when it has one. */
  trackingUrl: string | null;
  pdf: Buffer;
};

/**
 * A shipping carrier: buys a label for a package. The built-in carrier makes its own PDF label
 * and tracking number; real carriers (UPS, DHL, Shippo…) implement the same interface.
 */
export interface Carrier {
  readonly code: string;
  createLabel(request: LabelRequest): Promise<Label>;
}

const addressLines = (a: LabelAddress) =>
  [
    a.name,
    a.line1,
    a.line2,
    [a.postalCode, a.city].join(' '),
    [a.region, a.country].filter(Boolean).join(', '),
  ].filter((l): l is string => !!l);

/** A check digit (mod 10, weights 3/1) so a mistyped tracking number is caught. */
function withCheckDigit(digits: string): string {
  const sum = [...digits].reverse().reduce((n, d, i) => n + Number(d) * (i % 2 === 0 ? 3 : 1), 0);
  return `${digits}${(10 - (sum % 10)) % 10}`;
}

/**
 * The built-in carrier: a 4×6 in PDF label and a `VP` tracking number with a check digit. It has no
 * public tracking site: shoppers follow the parcel on the store's own order tracking page.
 */
export function builtInCarrier(): Carrier {
  return {
    code: 'ventory-post',
    async createLabel(req) {
      const digits = Array.from({ length: 11 }, () => randomInt(10)).join('');
      const trackingNumber = `VP${withCheckDigit(digits)}`;
      const service = req.service ?? 'standard';
      const pdf = await renderPdf(
        (doc) => {
          doc.fontSize(10).text('FROM', { underline: true });
          for (const line of addressLines(req.from)) doc.text(line);
          doc.moveDown().fontSize(14).text('SHIP TO', { underline: true });
          for (const line of addressLines(req.to)) doc.text(line);
          doc.moveDown().fontSize(12).text(`VENTORY POST · ${service.toUpperCase()}`);
          if (req.weightGrams !== null) doc.text(`Weight: ${(req.weightGrams / 1000).toFixed(3)} kg`);
          doc.text(`Ref: ${req.reference}`);
          doc.moveDown().fontSize(20).text(trackingNumber, { characterSpacing: 2 });
          // A simple bar pattern from the digits, so scanners at our own depots have something to read.
          const y = doc.y + 8;
          [...trackingNumber].forEach((c, i) => {
            doc.rect(24 + i * 14, y, 2 + (c.charCodeAt(0) % 5) * 2, 50).fill('#000');
          });
        },
        [288, 432],
      );
      return {
        carrier: 'ventory-post',
        service,
        trackingNumber,
        trackingUrl: null,
        pdf,
      };
    },
  };
}

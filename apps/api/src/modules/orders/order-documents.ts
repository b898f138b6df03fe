import { renderPdf } from '../../platform/pdf.ts';
import type { OrderDto } from './orders.dto.ts';

// The order's printable papers: an invoice (prices, taxes, payments) for the customer's records and
// a packing slip (what is in the box, no prices) to put in the parcel.

type Address = NonNullable<OrderDto['shippingAddress']>;
type Store = { name: string };

const addressLines = (a: Address | null | undefined): string[] =>
  a
    ? [
        `${a.firstName} ${a.lastName}`,
        a.line1,
        a.line2 ?? '',
        `${a.postalCode} ${a.city}`,
        [a.region, a.country].filter(Boolean).join(', '),
      ].filter((l) => l.trim() !== '')
    : [];

function header(doc: PDFKit.PDFDocument, title: string, store: Store, order: OrderDto) {
  doc.fontSize(18).text(store.name);
  doc.fontSize(14).text(`${title} · Order ${order.orderNumber}`);
  doc
    .fontSize(9)
    .fillColor('#555')
    .text(`Placed ${order.createdAt.slice(0, 10)}`)
    .fillColor('#000');
  doc.moveDown();
}

function addresses(doc: PDFKit.PDFDocument, blocks: Array<[string, string[]]>) {
  for (const [label, lines] of blocks) {
    if (lines.length === 0) continue;
    doc.fontSize(10).text(label, { underline: true });
    for (const line of lines) doc.text(line);
    doc.moveDown(0.5);
  }
  doc.moveDown(0.5);
}

/** The invoice: lines with unit price, quantity and total; subtotal, discount, shipping, tax, total; payments. */
export function invoicePdf(order: OrderDto, store: Store): Promise<Buffer> {
  const money = (amount: string) => `${amount} ${order.currency}`;
  return renderPdf((doc) => {
    header(doc, 'Invoice', store, order);
    addresses(doc, [
      [
        'Bill to',
        [order.customerName ?? '', order.customerEmail ?? '', ...addressLines(order.billingAddress)],
      ],
      ['Ship to', addressLines(order.shippingAddress)],
    ]);
    doc.fontSize(10);
    for (const item of order.items)
      doc
        .text(`${item.quantity} × ${item.title}${item.sku ? ` (${item.sku})` : ''}`, { continued: true })
        .text(`   ${money(item.unitPrice)} each · ${money(item.lineTotal)}`, { align: 'right' });
    doc.moveDown();
    const totals: Array<[string, string]> = [
      ['Subtotal', order.subtotalAmount],
      ['Discount', `-${order.discountAmount}`],
      ['Shipping', order.shippingAmount],
      ['Tax', order.taxAmount],
    ];
    for (const [label, amount] of totals) doc.text(`${label}: ${money(amount)}`, { align: 'right' });
    doc.fontSize(12).text(`Total: ${money(order.totalAmount)}`, { align: 'right' });
    doc.fontSize(10).moveDown();
    const paid = order.payments.filter((p) => p.status === 'CAPTURED');
    doc.text(
      paid.length === 0
        ? `Payment: ${order.paymentStatus.toLowerCase().replace('_', ' ')}`
        : `Paid: ${paid.map((p) => money(p.amount)).join(' + ')}`,
    );
  });
}

/** The packing slip: where it goes and what is in the box, without prices. */
export function packingSlipPdf(order: OrderDto, store: Store): Promise<Buffer> {
  return renderPdf((doc) => {
    header(doc, 'Packing slip', store, order);
    addresses(doc, [['Ship to', addressLines(order.shippingAddress)]]);
    if (order.shippingMethod) doc.fontSize(10).text(`Shipping: ${order.shippingMethod}`).moveDown();
    doc.fontSize(11);
    for (const item of order.items) doc.text(`[  ] ${item.quantity} × ${item.sku ?? '-'}  ${item.title}`);
    if (order.customerNotes)
      doc.moveDown().fontSize(10).text(`Note from the customer: ${order.customerNotes}`);
  });
}

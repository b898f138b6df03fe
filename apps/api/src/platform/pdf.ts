import type PDFKitDocument from 'pdfkit';

// pdfkit is loaded on the first PDF, not with the API: it is a quarter of a second of every start.
let pdfkit: Promise<typeof PDFKitDocument> | undefined;

/** Renders a PDF with pdfkit into a Buffer. */
export async function renderPdf(
  draw: (doc: PDFKit.PDFDocument) => void,
  size: [number, number] | string = 'A4',
): Promise<Buffer> {
  pdfkit ??= import('pdfkit').then((m) => m.default);
  const PDFDocument = await pdfkit;
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size,
      margin: 24,
      info: { Title: 'Ventory', Producer: 'Ventory Commerce' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

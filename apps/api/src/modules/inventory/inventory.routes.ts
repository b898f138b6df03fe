import { z } from 'zod';
import { ImportReportResponse } from '../../platform/csv-import.ts';
import { invalid } from '../../platform/errors.ts';
import { adminRoute, created, noContent, type RouteDef } from '../../platform/http/route.ts';
import { IdParams, ListEnvelopeOf } from '../../platform/http/schemas.ts';
import { ProductResponse, TransactionResponse } from './inventory.responses.ts';
import {
  AdjustmentBody,
  CreateProductBody,
  ProductListQuery,
  ReceiptBody,
  TransactionListQuery,
  UpdateProductBody,
} from './inventory.validators.ts';
import { createProductImport, exportCsv } from './products.import.ts';
import type { ProductService } from './products.service.ts';

const tags = ['inventory'];

const ImportQuery = z.object({ dryRun: z.enum(['true', 'false', '1', '0']).default('false') });

export function productRoutes(products: ProductService): RouteDef[] {
  const importCsv = createProductImport(products);
  return [
    adminRoute(
      {
        method: 'get',
        path: '/api/inventory/products/export',
        summary: 'All products as CSV (the import columns)',
        produces: 'text/csv',
        tags,
        requirePermission: 'inventory.manage',
      },
      async ({ tx, res }) => {
        res.type('text/csv').setHeader('Content-Disposition', 'attachment; filename="products.csv"');
        for await (const chunk of exportCsv(tx, products)) res.write(chunk);
        res.end();
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/inventory/products/import',
        status: 200,
        summary: 'Import products from CSV (text/csv body, matched on SKU; ?dryRun=true writes nothing)',
        response: ImportReportResponse,
        tags,
        query: ImportQuery,
        requirePermission: 'inventory.manage',
      },
      ({ tx, query, req, auth }) => {
        if (!/^text\/csv\b/.test(req.headers['content-type'] ?? ''))
          throw invalid('Send the CSV as the body with Content-Type: text/csv');
        return importCsv(tx, req, query.dryRun === 'true' || query.dryRun === '1', auth.userId);
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/inventory/products',
        summary: 'List inventory products',
        response: ListEnvelopeOf(ProductResponse),
        tags,
        query: ProductListQuery,
      },
      ({ tx, query }) => products.list(tx, query),
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/inventory/products',
        summary: 'Create a product',
        response: ProductResponse,
        tags,
        body: CreateProductBody,
        requirePermission: 'inventory.write',
      },
      async ({ tx, body, auth }) => {
        const product = await products.create(tx, body, auth.userId);
        return created(`/api/inventory/products/${product.id}`, product);
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/inventory/products/:id',
        summary: 'Get a product',
        response: ProductResponse,
        tags,
        params: IdParams,
      },
      ({ tx, params }) => products.get(tx, params.id),
    ),
    adminRoute(
      {
        method: 'put',
        path: '/api/inventory/products/:id',
        summary: 'Update a product',
        response: ProductResponse,
        tags,
        params: IdParams,
        body: UpdateProductBody,
        requirePermission: 'inventory.write',
      },
      ({ tx, params, body }) => products.update(tx, params.id, body),
    ),
    adminRoute(
      {
        method: 'delete',
        path: '/api/inventory/products/:id',
        summary: 'Delete a product',
        tags,
        params: IdParams,
        requirePermission: 'inventory.manage',
      },
      async ({ tx, params }) => {
        await products.remove(tx, params.id);
        return noContent();
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/inventory/products/:id/adjustments',
        status: 200,
        summary: 'Adjust on-hand stock (negative quantities remove stock)',
        response: ProductResponse,
        tags,
        params: IdParams,
        body: AdjustmentBody,
        requirePermission: 'inventory.write',
      },
      ({ tx, params, body, auth }) => products.adjust(tx, params.id, body, auth.userId),
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/inventory/products/:id/receipts',
        status: 200,
        summary: 'Receive goods at a location (ledger type RECEIPT, with the purchase order as reference)',
        response: ProductResponse,
        tags,
        params: IdParams,
        body: ReceiptBody,
        requirePermission: 'inventory.write',
      },
      ({ tx, params, body, auth }) => products.receive(tx, params.id, body, auth.userId),
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/inventory/products/:id/transactions',
        summary: 'The ledger of stock movements of a product',
        response: ListEnvelopeOf(TransactionResponse),
        tags,
        params: IdParams,
        query: TransactionListQuery,
      },
      ({ tx, params, query }) => products.transactions(tx, params.id, query),
    ),
  ];
}

import { z } from 'zod';
import { crudRoutes } from '../../platform/http/crud-routes.ts';
import { publicRoute, type RouteDef } from '../../platform/http/route.ts';
import { listQuery } from '../../platform/http/schemas.ts';
import { cardFieldsPage } from './gateways/test-card-fields.ts';
import {
  CreatePaymentMethodBody,
  paymentMethodService,
  UpdatePaymentMethodBody,
} from './payment-methods.service.ts';
import { PaymentMethodResponse } from './payments.responses.ts';

/** An origin (scheme, host, port) such as `https://shop.example`: where the card fields post the token. */
const Origin = z
  .string()
  .max(300)
  .refine((v) => {
    try {
      const url = new URL(v);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === v;
    } catch {
      return false;
    }
  }, 'must be an origin such as https://shop.example');

const CardFieldsQuery = z.object({
  origin: Origin,
  accent: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as #1f6feb')
    .default('#1f6feb'),
});

/** Admin CRUD of payment methods (secrets in settings are write-only), and the test card fields. */
export function paymentRoutes(): RouteDef[] {
  return [
    ...crudRoutes({
      resource: 'payment-methods',
      permission: 'settings.payments',
      noun: 'payment method',
      createBody: CreatePaymentMethodBody,
      updateBody: UpdatePaymentMethodBody,
      listQuery: listQuery(['name', 'createdAt']),
      service: paymentMethodService,
      item: PaymentMethodResponse,
    }),
    publicRoute(
      {
        method: 'get',
        path: '/api/payments/test/card-fields',
        produces: 'text/html',
        summary: "The test gateway's hosted card fields (an HTML page for a frame on the shop's origin)",
        tags: ['payments'],
        query: CardFieldsQuery,
      },
      ({ query, res }) => {
        const page = cardFieldsPage(query.origin, query.accent);
        res.removeHeader('X-Frame-Options');
        res.setHeader('Content-Security-Policy', page.csp);
        res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
        res.setHeader('Cache-Control', 'no-store');
        res.type('html').send(page.html);
      },
    ),
  ];
}

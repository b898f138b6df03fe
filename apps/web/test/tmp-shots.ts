import { openShops } from './shops.ts';
import { suffix } from './harness.ts';
const w = await openShops();
const { stack, browser, shops } = w;
const shop = shops[0];
try {
  const card = await stack.admin.call<{ code: string }>('POST', `/api/stores/${shop.id}/gift-cards`, { code: `GIFT-${suffix()}`, initialBalance: '10.00', expiresAt: '2099-12-31T00:00:00.000Z' });
  const shopper = stack.admin.as(undefined);
  const email = `s-${suffix()}@example.test`;
  const { accessToken } = await shopper.account.register(shop.domain, { email, password: 'a-long-password', firstName: 'Grace', lastName: 'Hopper' });
  const me = shopper.as(accessToken);
  await me.account.addAddress(shop.domain, { firstName: 'Grace', lastName: 'Hopper', line1: '7 Harbor Way', city: 'Arlington', postalCode: '22201', country: 'US', isDefault: true });
  await me.account.addAddress(shop.domain, { firstName: 'Grace', lastName: 'Hopper', line1: '1 Navy Yard', city: 'Washington', postalCode: '20001', country: 'US' });
  const method = (await me.checkout.paymentMethods(shop.domain)).data.find((m) => m.provider === 'test');
  await me.checkout.savedPaymentMethods.save(shop.domain, { paymentMethodId: method?.id ?? '', token: 'tok_visa' });
  for (const [name, vp] of [['mobile', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]] as const) {
    const ctx = await browser.newContext({ viewport: vp });
    await ctx.addCookies([{ name: 'vc_session', value: accessToken, url: stack.web.url(shop.domain) }]);
    const page = await ctx.newPage();
    await page.goto(stack.web.url(shop.domain, `/p/${shop.catalog.listings[0]?.slug}`));
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.waitForURL(/\/cart/);
    await page.goto(stack.web.url(shop.domain, '/checkout'));
    await page.screenshot({ path: `/tmp/shots/${name}-shipping.png`, fullPage: true });
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await page.waitForURL(/step=payment/);
    if (name === 'mobile') {
      await page.fill('input[name="giftCardCode"]', card.code);
      await page.locator('.gift-box').getByRole('button', { name: 'Apply' }).click();
      await page.waitForURL(/gift=applied/);
    }
    await page.screenshot({ path: `/tmp/shots/${name}-payment.png`, fullPage: true });
    await page.getByRole('button', { name: /^Pay / }).click();
    await page.waitForURL(/\/order\//);
    await page.screenshot({ path: `/tmp/shots/${name}-confirm.png`, fullPage: true });
    const id = page.url().split('/order/')[1];
    await stack.admin.call('POST', `/api/stores/${shop.id}/orders/${id}/fulfill`, { carrier: 'UPS', trackingNumber: '1Z999AA10123456784' });
    await page.getByTestId('track-link').click();
    await page.waitForURL(/\/track\//);
    await page.screenshot({ path: `/tmp/shots/${name}-track.png`, fullPage: true });
    await page.goto(stack.web.url(shop.domain, '/track/1?email=x@y.z'));
    await page.screenshot({ path: `/tmp/shots/${name}-notfound.png`, fullPage: true });
    await page.goto(stack.web.url(shop.domain, '/gift-cards'));
    await page.fill('input[name="code"]', card.code);
    await page.getByRole('button', { name: 'Check balance' }).click();
    await page.getByTestId('gift-card-result').waitFor();
    await page.screenshot({ path: `/tmp/shots/${name}-gift.png`, fullPage: true });
    await ctx.close();
  }
} finally {
  await w.close();
}

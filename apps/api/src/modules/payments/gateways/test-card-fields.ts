import { randomBytes } from 'node:crypto';
import { TEST_CARD_NUMBERS } from './test.gateway.ts';

/**
 * The `test` gateway's hosted card fields: a page the storefront puts in a frame from the
 * gateway's origin (here the API's), so the shop's own pages and scripts never see a card number.
 * The page checks the number (Luhn), expiry and CVC as the shopper types, turns a test number into
 * its token in the frame (a simulator needs no network for that) and posts only the token and
 * the card's display data to the one origin that embedded it.
 */
export function cardFieldsPage(parentOrigin: string, accent: string): { html: string; csp: string } {
  const nonce = randomBytes(16).toString('base64');
  const config = JSON.stringify({ origin: parentOrigin, cards: TEST_CARD_NUMBERS }).replace(/</g, '\\u003c');
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    `frame-ancestors ${parentOrigin}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Card details</title>
<style nonce="${nonce}">
  :root { --accent: ${accent}; font: 16px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; }
  body { margin: 0; padding: 2px; background: transparent; }
  .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 10px 12px; }
  .full { grid-column: 1 / -1; }
  label { display: block; font-size: .9rem; font-weight: 600; margin-bottom: 4px; }
  input { box-sizing: border-box; width: 100%; min-height: 44px; padding: 8px 10px; font: inherit; font-variant-numeric: tabular-nums;
    border: 1px solid #6e7781; border-radius: 6px; background: #fff; color: inherit; }
  input:focus { outline: 3px solid var(--accent); outline-offset: 1px; }
  input[aria-invalid="true"] { border-color: #b42318; }
  .error { color: #b42318; font-size: .85rem; min-height: 1.2em; margin: 2px 0 0; }
  .hint { color: #57606a; font-size: .8rem; margin: 6px 0 0; }
</style></head>
<body>
<div class="grid" role="group" aria-label="Card details">
  <div class="full"><label for="number">Card number</label>
    <input id="number" inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234" maxlength="23" aria-describedby="number-error">
    <p class="error" id="number-error" aria-live="polite"></p></div>
  <div><label for="expiry">Expiry (MM / YY)</label>
    <input id="expiry" inputmode="numeric" autocomplete="cc-exp" placeholder="MM / YY" maxlength="7" aria-describedby="expiry-error">
    <p class="error" id="expiry-error" aria-live="polite"></p></div>
  <div><label for="cvc">Security code</label>
    <input id="cvc" inputmode="numeric" autocomplete="cc-csc" placeholder="CVC" maxlength="4" aria-describedby="cvc-error">
    <p class="error" id="cvc-error" aria-live="polite"></p></div>
</div>
<p class="hint">Test mode: 4242 4242 4242 4242 is approved, 4000 0000 0000 0002 is declined, 4000 0027 6000 3184 asks for 3-D Secure.</p>
<script nonce="${nonce}">
(function () {
  var config = ${config};
  var $ = function (id) { return document.getElementById(id); };
  var digits = function (v) { return v.replace(/\\D/g, ''); };
  function brandOf(n) {
    if (/^3[47]/.test(n)) return 'amex';
    if (/^(5[1-5]|2[2-7])/.test(n)) return 'mastercard';
    if (/^4/.test(n)) return 'visa';
    return 'card';
  }
  function luhn(n) {
    var sum = 0;
    for (var i = 0; i < n.length; i++) {
      var d = +n[n.length - 1 - i];
      if (i % 2) { d *= 2; if (d > 9) d -= 9; }
      sum += d;
    }
    return n.length >= 12 && sum % 10 === 0;
  }
  function numberProblem(n, done) {
    var full = brandOf(n) === 'amex' ? 15 : 16;
    if (!n) return done ? 'Enter your card number.' : '';
    if (n.length < full) return done ? 'Your card number is incomplete.' : '';
    if (!luhn(n)) return 'Your card number is not valid.';
    if (!config.cards[n]) return 'In test mode, use one of the test card numbers below.';
    return '';
  }
  function expiryParts(v) { var d = digits(v); return { m: +d.slice(0, 2), y: 2000 + +d.slice(2, 4), len: d.length }; }
  function expiryProblem(v, done) {
    var e = expiryParts(v);
    if (e.len === 0) return done ? 'Enter the expiry date.' : '';
    if (e.len < 4) return done ? 'The expiry date is incomplete.' : '';
    if (e.m < 1 || e.m > 12) return 'The expiry month is not valid.';
    var now = new Date();
    if (e.y < now.getFullYear() || (e.y === now.getFullYear() && e.m < now.getMonth() + 1)) return 'Your card has expired.';
    return '';
  }
  function cvcProblem(v, n, done) {
    var want = brandOf(n) === 'amex' ? 4 : 3;
    if (!v) return done ? 'Enter the security code.' : '';
    if (v.length < want) return done ? 'The security code is incomplete.' : '';
    return '';
  }
  function show(id, message) {
    $(id + '-error').textContent = message;
    $(id).setAttribute('aria-invalid', message ? 'true' : 'false');
  }
  function format() {
    var n = digits($('number').value).slice(0, 19);
    var groups = brandOf(n) === 'amex' ? [4, 6, 5] : [4, 4, 4, 4, 3];
    var out = [], at = 0;
    for (var g = 0; g < groups.length && at < n.length; g++) { out.push(n.slice(at, at + groups[g])); at += groups[g]; }
    $('number').value = out.join(' ');
    var e = digits($('expiry').value).slice(0, 4);
    $('expiry').value = e.length > 2 ? e.slice(0, 2) + ' / ' + e.slice(2) : e;
    $('cvc').value = digits($('cvc').value).slice(0, brandOf(n) === 'amex' ? 4 : 3);
    return n;
  }
  var touched = {};
  function check() {
    var n = format();
    var problems = {
      number: numberProblem(n, touched.number),
      expiry: expiryProblem($('expiry').value, touched.expiry),
      cvc: cvcProblem($('cvc').value, n, touched.cvc),
    };
    Object.keys(problems).forEach(function (id) { show(id, problems[id]); });
    var complete = !numberProblem(n, true) && !expiryProblem($('expiry').value, true) && !cvcProblem($('cvc').value, n, true);
    var e = expiryParts($('expiry').value);
    var exp = ('0' + e.m).slice(-2) + String(e.y).slice(-2);
    parent.postMessage(complete
      ? { source: 'ventory-card-fields', complete: true, token: config.cards[n] + '.' + exp,
          card: { brand: brandOf(n), last4: n.slice(-4), expMonth: e.m, expYear: e.y } }
      : { source: 'ventory-card-fields', complete: false }, config.origin);
  }
  ['number', 'expiry', 'cvc'].forEach(function (id) {
    $(id).addEventListener('input', check);
    $(id).addEventListener('blur', function () { touched[id] = true; check(); });
  });
  // The shop asks for every problem to be shown when the shopper pays with fields left empty.
  window.addEventListener('message', function (event) {
    if (event.origin !== config.origin || event.data !== 'ventory-card-fields:validate') return;
    touched = { number: true, expiry: true, cvc: true };
    check();
    var first = document.querySelector('[aria-invalid="true"]');
    if (first) first.focus();
  });
  check();
})();
</script>
</body></html>`;
  return { html, csp };
}

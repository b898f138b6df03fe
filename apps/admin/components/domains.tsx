'use client';
// The store's domains: what routes now, what waits for proof, the DNS TXT record or HTTP token to
// publish, a Verify button that shows what each check found, and the certificate note.
import type { StoreDomain } from '@ventory/sdk';
import { useId, useState } from 'react';
import { useDomains, verifyReasons } from '@/lib/domains';
import { ConfirmButton, Field, fieldErrors, message, States } from './ui';

export function Domains({ storeId }: { storeId: string }) {
  const d = useDomains(storeId);
  const [error, setError] = useState<Record<string, string>>({});
  return (
    <>
      <States query={d.list} empty="No domains yet." isEmpty={(l) => l.data.length === 0}>
        {(l) => (
          <ul className="domains" aria-label="Domains">
            {l.data.map((domain) => (
              <DomainItem key={domain.hostname} domain={domain} storeId={storeId} />
            ))}
          </ul>
        )}
      </States>
      <form
        className="panel"
        aria-labelledby="add-domain-h"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const hostname = String(new FormData(form).get('hostname') ?? '')
            .trim()
            .toLowerCase();
          setError({});
          try {
            await d.add.mutateAsync(hostname);
            form.reset();
          } catch (err) {
            const fields = fieldErrors(err);
            setError({ hostname: fields.hostname ?? message(err) });
          }
        }}
      >
        <h2 id="add-domain-h">Add a custom domain</h2>
        <p className="muted">
          One custom domain per store. Adding another replaces the current one. It serves shoppers once you
          prove you control it.
        </p>
        <Field
          label="Domain name"
          name="hostname"
          placeholder="shop.example.com"
          required
          error={error.hostname}
        />
        <button type="submit" className="primary" disabled={d.add.isPending}>
          Add domain
        </button>
      </form>
      <section className="panel" aria-labelledby="tls-h">
        <h2 id="tls-h">Certificates (HTTPS)</h2>
        <p>
          No upload needed: once a domain is verified and its A/AAAA (or CNAME) record points at the platform,
          a certificate is issued automatically at the first HTTPS visit (Caddy on-demand TLS, Let’s Encrypt).
          Unverified domains get no certificate.
        </p>
      </section>
    </>
  );
}

function DomainItem({ domain, storeId }: { domain: StoreDomain; storeId: string }) {
  const d = useDomains(storeId);
  const [result, setResult] = useState<{ ok: boolean; text: string; reasons: string[] } | null>(null);
  const h = domain.hostname;
  return (
    <li className="panel" aria-label={h}>
      <div className="row" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <h2 style={{ margin: 0 }}>{h}</h2>
        <span className={`badge ${domain.status === 'verified' ? 'ok' : 'warn'}`}>
          {domain.kind === 'primary' ? 'Primary' : 'Custom'} ·{' '}
          {domain.status === 'verified' ? 'Verified' : 'Pending verification'}
        </span>
      </div>
      <p className="muted">
        {domain.verifiedBy === 'platform'
          ? 'A platform subdomain: it works at once, with its certificate.'
          : domain.status === 'verified'
            ? `Verified by ${domain.verifiedBy === 'dns' ? 'DNS record' : 'HTTP token'}${
                domain.verifiedAt ? ` on ${new Date(domain.verifiedAt).toLocaleDateString('en-GB')}` : ''
              }. Certificate: issued automatically at the first HTTPS visit.`
            : 'Not serving shoppers yet, and no certificate until verified.'}
      </p>
      {domain.status === 'pending' && domain.verification ? (
        <>
          <p>Prove you control it with either of these, then press Verify:</p>
          <fieldset className="proof">
            <legend>DNS: create a TXT record</legend>
            <Copyable label="TXT record name" value={domain.verification.dns.name} />
            <Copyable label="TXT record value" value={domain.verification.dns.value} />
          </fieldset>
          <fieldset className="proof">
            <legend>Or HTTP: serve this text</legend>
            <Copyable label="At the address" value={domain.verification.http.url} />
            <Copyable label="As the body" value={domain.verification.http.body} />
          </fieldset>
          <div className="row">
            <button
              type="button"
              className="primary"
              disabled={d.verify.isPending}
              aria-label={`Verify ${h}`}
              onClick={async () => {
                setResult(null);
                try {
                  await d.verify.mutateAsync(h);
                  setResult({ ok: true, text: `${h} is verified.`, reasons: [] });
                } catch (e) {
                  setResult({
                    ok: false,
                    text: `Not verified yet: ${message(e)}`,
                    reasons: verifyReasons(e),
                  });
                }
              }}
            >
              {d.verify.isPending ? 'Checking…' : 'Verify'}
            </button>
          </div>
        </>
      ) : null}
      {result ? (
        <div role={result.ok ? 'status' : 'alert'} className={result.ok ? 'notice' : 'alert'}>
          <p>{result.text}</p>
          {result.reasons.length ? (
            <ul>
              {result.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {domain.kind === 'custom' ? (
        <ConfirmButton
          label={`Remove ${h}`}
          what={`The storefront stops answering on ${h}. The store keeps its primary domain.`}
          confirmLabel="Remove domain"
          onConfirm={() => d.remove.mutateAsync(h)}
        />
      ) : null}
    </li>
  );
}

/** A value to copy into a DNS panel or web server: read-only, selectable, labelled. */
function Copyable({ label, value }: { label: string; value: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="code-box" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
    </div>
  );
}

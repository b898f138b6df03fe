'use client';
// API keys for the merchant's integrations: list, create with the scopes it needs (the key is
// shown exactly once, with a copy button), revoke (clients using it stop working at once).
import type { ApiKeyInput } from '@ventory/sdk';
import { useId, useState } from 'react';
import { type CreatedApiKey, useApiKeys } from '@/lib/integrations';
import { FormAlert, SettingsTable, useSave } from './settings-ui';
import { ConfirmButton, Field, States } from './ui';

type Scope = ApiKeyInput['scopes'][number];
/** The API's permissions a key may carry, in the merchant's words. */
const SCOPES: Array<[Scope, string]> = [
  ['orders.write', 'Orders: change'],
  ['orders.refund', 'Orders: refund'],
  ['catalog.write', 'Store catalogue: listings, categories'],
  ['inventory.write', 'Products and stock'],
  ['inventory.manage', 'Stock locations'],
  ['customers.write', 'Customers: change'],
  ['customers.privacy', 'Customers: export and erase'],
  ['marketing.write', 'Marketing'],
  ['analytics.read', 'Analytics'],
  ['settings.store', 'Settings: store'],
  ['settings.payments', 'Settings: payments'],
  ['settings.shipping', 'Settings: shipping'],
  ['settings.taxes', 'Settings: taxes'],
  ['settings.integrations', 'Settings: webhooks'],
  ['stores.manage', 'Stores'],
  ['staff.manage', 'Team'],
  ['apikeys.manage', 'API keys'],
  ['audit.read', 'Audit log'],
];
const day = (iso: string | null) => (iso ? new Date(iso).toLocaleString('en-GB') : '—');

export function ApiKeys() {
  const k = useApiKeys();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const { errors, busy, run } = useSave(async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const key = await k.create.mutateAsync({
      name: String(data.get('name') ?? '').trim(),
      scopes: data.getAll('scopes').map(String) as Scope[],
    });
    form.reset();
    setCreated(key);
  });
  return (
    <section className="panel" aria-labelledby="api-keys-h" id="api-keys">
      <h2 id="api-keys-h">API keys</h2>
      <p className="muted">
        For your own scripts and integrations: send it as <code>Authorization: Bearer &lt;key&gt;</code>. A
        key can do only what its scopes allow; every write it makes is in the audit log.
      </p>
      <States query={k.list} empty="No API keys yet." isEmpty={(l) => l.data.length === 0}>
        {(l) => (
          <SettingsTable
            caption="API keys"
            rows={l.data}
            columns={[
              { label: 'Name', cell: (r) => `${r.name} (${r.prefix}…)` },
              { label: 'Scopes', cell: (r) => r.scopes.join(', '), wide: true },
              { label: 'Created', cell: (r) => day(r.createdAt) },
              { label: 'Last used', cell: (r) => day(r.lastUsedAt) },
              {
                label: 'Status',
                cell: (r) =>
                  r.revokedAt ? (
                    <span className="badge out">Revoked {day(r.revokedAt)}</span>
                  ) : (
                    <span className="badge ok">Active</span>
                  ),
              },
            ]}
            actions={(r) =>
              r.revokedAt ? null : (
                <ConfirmButton
                  label={`Revoke ${r.name}`}
                  text="Revoke"
                  what={`Clients using ${r.name} (${r.prefix}…) will stop working at once: every request with it is refused. This cannot be undone; create a new key to reconnect them.`}
                  confirmLabel="Revoke key"
                  onConfirm={() => k.revoke.mutateAsync(r.id)}
                />
              )
            }
          />
        )}
      </States>
      {created ? (
        <SecretOnce
          title={`API key ${created.name}`}
          label="API key"
          value={created.key}
          onDone={() => setCreated(null)}
        />
      ) : null}
      <form
        aria-labelledby="new-key-h"
        onSubmit={(e) => {
          e.preventDefault();
          run(e.currentTarget);
        }}
      >
        <h3 id="new-key-h">Create an API key</h3>
        <Field label="Key name" name="name" required maxLength={100} error={errors.name} />
        <fieldset className="topics">
          <legend>Scopes (what the key may change)</legend>
          <div className="topic-grid">
            {SCOPES.map(([scope, label]) => (
              <label key={scope} className="check">
                <input type="checkbox" name="scopes" value={scope} /> {label}
              </label>
            ))}
          </div>
          {errors.scopes ? <p className="field-error">{errors.scopes}</p> : null}
        </fieldset>
        <FormAlert error={errors.form} />
        <button type="submit" className="primary" disabled={busy}>
          Create API key
        </button>
      </form>
    </section>
  );
}

/** A secret shown this once: read-only, with a copy button, and a plain warning. */
export function SecretOnce({
  title,
  label,
  value,
  onDone,
}: {
  title: string;
  label: string;
  value: string;
  onDone: () => void;
}) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  // "API key" stays capitalised in a sentence; "Signing secret" does not.
  const noun = label.startsWith('API') ? label : label.toLowerCase();
  return (
    <div className="notice secret-once" role="status">
      <p>
        <strong>{title}</strong>: copy it now. It is shown only this once and cannot be read again.
      </p>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          className="code-box"
          readOnly
          value={value}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <div className="row">
        <button
          type="button"
          onClick={async () => {
            // Without clipboard access (plain http, denied) the text is selected for Ctrl+C instead.
            try {
              await navigator.clipboard.writeText(value);
              setCopied(true);
            } catch {
              (document.getElementById(id) as HTMLInputElement | null)?.select();
            }
          }}
        >
          {copied ? `Copied the ${noun}` : `Copy the ${noun}`}
        </button>
        <button type="button" onClick={onDone}>
          I have saved the {noun}
        </button>
      </div>
    </div>
  );
}

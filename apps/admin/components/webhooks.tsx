'use client';
// The store's webhook endpoints: add one (URL and the event topics the API offers; the signing
// secret is shown once), enable or disable, delete, and each endpoint's delivery log with retry.
import { useState } from 'react';
import { useDeliveries, useWebhooks, type WebhookDelivery, type WebhookEndpoint } from '@/lib/integrations';
import { SecretOnce } from './api-keys';
import { FormAlert, SettingsTable, useSave } from './settings-ui';
import { ConfirmButton, Field, message, States } from './ui';

export function Webhooks({ storeId }: { storeId: string }) {
  const w = useWebhooks(storeId);
  const [created, setCreated] = useState<WebhookEndpoint | null>(null);
  return (
    <section className="panel" aria-labelledby="webhooks-h" id="webhooks">
      <h2 id="webhooks-h">Webhooks</h2>
      <p className="muted">
        Each event is POSTed as JSON to the endpoint, signed in the <code>Ventory-Signature</code> header:{' '}
        <code>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body" with the secret&gt;</code>. Failed
        deliveries are retried with back-off (8 attempts).
      </p>
      <States query={w.list} empty="No webhook endpoints yet." isEmpty={(l) => l.data.length === 0}>
        {(l) => (
          <ul className="plain" aria-label="Webhook endpoints">
            {l.data.map((e) => (
              <EndpointItem key={e.id} endpoint={e} storeId={storeId} />
            ))}
          </ul>
        )}
      </States>
      {created ? (
        <SecretOnce
          title={`Signing secret for ${created.url}`}
          label="Signing secret"
          value={created.secret}
          onDone={() => setCreated(null)}
        />
      ) : null}
      <NewEndpoint storeId={storeId} onCreated={setCreated} />
    </section>
  );
}

function NewEndpoint({ storeId, onCreated }: { storeId: string; onCreated: (e: WebhookEndpoint) => void }) {
  const w = useWebhooks(storeId);
  const { errors, busy, run } = useSave(async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const endpoint = await w.create.mutateAsync({
      url: String(data.get('url') ?? '').trim(),
      events: data.getAll('events').map(String),
      description: String(data.get('description') ?? '').trim() || null,
    });
    form.reset();
    onCreated(endpoint);
  });
  return (
    <form
      className="endpoint-form"
      aria-labelledby="new-webhook-h"
      onSubmit={(e) => {
        e.preventDefault();
        run(e.currentTarget);
      }}
    >
      <h3 id="new-webhook-h">Add an endpoint</h3>
      <Field
        label="Endpoint URL"
        name="url"
        type="url"
        required
        placeholder="https://example.com/hooks"
        error={errors.url}
      />
      <Field label="Description" name="description" error={errors.description} />
      <fieldset className="topics">
        <legend>Events (none chosen: every event)</legend>
        <States query={w.topics} empty="No topics." isEmpty={(t) => t.data.length === 0}>
          {(t) => (
            <div className="topic-grid">
              {t.data.map((topic) => (
                <label key={topic} className="check">
                  <input type="checkbox" name="events" value={topic} /> {topic}
                </label>
              ))}
            </div>
          )}
        </States>
        {errors.events ? <p className="field-error">{errors.events}</p> : null}
      </fieldset>
      <FormAlert error={errors.form} />
      <button type="submit" className="primary" disabled={busy}>
        Add endpoint
      </button>
    </form>
  );
}

function EndpointItem({ endpoint: e, storeId }: { endpoint: WebhookEndpoint; storeId: string }) {
  const w = useWebhooks(storeId);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');
  return (
    <li className="endpoint" aria-label={e.url}>
      <div className="row" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <p className="endpoint-url">
          <strong>{e.url}</strong>{' '}
          <span className={`badge ${e.isActive ? 'ok' : ''}`}>{e.isActive ? 'Enabled' : 'Disabled'}</span>
        </p>
        <div className="row">
          <button
            type="button"
            aria-expanded={open}
            aria-label={`Deliveries of ${e.url}`}
            onClick={() => setOpen(!open)}
          >
            Deliveries
          </button>
          {e.isActive ? (
            <ConfirmButton
              label={`Disable ${e.url}`}
              text="Disable"
              what="No new events are sent to it until you enable it again; events in between are not queued for it."
              confirmLabel="Disable"
              onConfirm={() => w.setActive.mutateAsync({ id: e.id, isActive: false })}
            />
          ) : (
            <button
              type="button"
              aria-label={`Enable ${e.url}`}
              onClick={() =>
                w.setActive.mutateAsync({ id: e.id, isActive: true }).catch((err) => setError(message(err)))
              }
            >
              Enable
            </button>
          )}
          <ConfirmButton
            label={`Delete ${e.url}`}
            text="Delete"
            what="The endpoint and its delivery log are deleted; deliveries still waiting are not sent."
            confirmLabel="Delete endpoint"
            onConfirm={() => w.remove.mutateAsync(e.id)}
          />
        </div>
      </div>
      <p className="muted">
        {e.events.length ? e.events.join(', ') : 'Every event'}
        {e.description ? ` · ${e.description}` : ''}
      </p>
      <FormAlert error={error} />
      {open ? <DeliveryLog storeId={storeId} endpoint={e} /> : null}
    </li>
  );
}

const STATUS: Record<WebhookDelivery['status'], string> = {
  PENDING: 'Waiting',
  SENDING: 'Sending',
  DELIVERED: 'Delivered',
  FAILED: 'Failed',
};
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('en-GB') : '—');

function DeliveryLog({ storeId, endpoint }: { storeId: string; endpoint: WebhookEndpoint }) {
  const d = useDeliveries(storeId, endpoint.id, true);
  const [error, setError] = useState('');
  // A retry is offered where the last attempt failed: FAILED (attempts ran out) or waiting to retry.
  const retryable = (r: WebhookDelivery) =>
    r.status === 'FAILED' || (r.status === 'PENDING' && r.attempts > 0);
  return (
    <div className="deliveries">
      <States query={d.list} empty="No deliveries yet." isEmpty={(l) => l.data.length === 0}>
        {(l) => (
          <SettingsTable
            caption={`Deliveries of ${endpoint.url}`}
            rows={l.data}
            columns={[
              { label: 'Event', cell: (r) => r.topic },
              {
                label: 'Status',
                cell: (r) => (
                  <span
                    className={`badge ${r.status === 'DELIVERED' ? 'ok' : r.status === 'FAILED' ? 'out' : ''}`}
                  >
                    {STATUS[r.status]}
                  </span>
                ),
              },
              { label: 'HTTP', cell: (r) => r.lastStatusCode ?? '—' },
              { label: 'Attempts', cell: (r) => r.attempts },
              { label: 'Time', cell: (r) => when(r.deliveredAt ?? r.createdAt), wide: true },
              { label: 'Last error', cell: (r) => r.lastError ?? '—', wide: true },
            ]}
            actions={(r) =>
              retryable(r) ? (
                <button
                  type="button"
                  aria-label={`Retry now: ${r.topic} delivery`}
                  disabled={d.retry.isPending}
                  onClick={() => {
                    setError('');
                    d.retry.mutateAsync(r.id).catch((err) => setError(message(err)));
                  }}
                >
                  Retry now
                </button>
              ) : null
            }
          />
        )}
      </States>
      <FormAlert error={error} />
    </div>
  );
}

'use client';
// The audit log: who (a person, or an API key on their behalf) did what to which target, and
// when; newest first, 25 a page, filtered by person, API key, kind of change and day (all in the URL).
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { type AuditLogPage, useApiKeys, useAuditLog, useTeam } from '@/lib/integrations';
import { Select } from './settings-ui';
import { ScrollX, States } from './ui';

const METHODS: Array<[string, string]> = [
  ['', 'Any change'],
  ['POST', 'Created (POST)'],
  ['PUT', 'Updated (PUT)'],
  ['PATCH', 'Updated (PATCH)'],
  ['DELETE', 'Deleted (DELETE)'],
  ['GRAPHQL', 'GraphQL'],
];
type Entry = AuditLogPage['data'][number];

export function AuditLog() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters = {
    user: params.get('user') ?? '',
    apiKey: params.get('key') ?? '',
    method: params.get('method') ?? '',
    date: params.get('date') ?? '',
    before: params.get('before') ?? '',
  };
  const log = useAuditLog(filters);
  const team = useTeam();
  const keys = useApiKeys();
  const people = new Map((team.data?.data ?? []).map((u) => [u.id, u.name || u.email]));
  const keyNames = new Map((keys.list.data?.data ?? []).map((k) => [k.id, k.name]));
  /** Changes one filter (or the page) in the URL; a new filter starts again at the newest page. */
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params.toString());
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== 'before') next.delete('before');
    router.replace(`${pathname}?${next}`);
  };
  const who = (e: Entry) => {
    const person = people.get(e.actor.userId) ?? e.actor.userId.slice(0, 8);
    return e.actor.apiKeyId
      ? `API key ${keyNames.get(e.actor.apiKeyId) ?? e.actor.apiKeyId.slice(0, 8)} (${person})`
      : person;
  };
  return (
    <>
      <search className="panel row" aria-label="Filter the audit log">
        <Select label="Who" value={filters.user} onChange={(e) => set('user', e.target.value)}>
          <option value="">Everyone</option>
          {(team.data?.data ?? []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.name || u.email}
            </option>
          ))}
        </Select>
        <Select label="API key" value={filters.apiKey} onChange={(e) => set('key', e.target.value)}>
          <option value="">Any or none</option>
          {(keys.list.data?.data ?? []).map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </Select>
        <Select label="Action" value={filters.method} onChange={(e) => set('method', e.target.value)}>
          {METHODS.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </Select>
        <div className="field">
          <label htmlFor="audit-date">Day</label>
          <input
            id="audit-date"
            type="date"
            value={filters.date}
            onChange={(e) => set('date', e.target.value)}
          />
        </div>
      </search>
      <States query={log} empty="Nothing recorded for these filters." isEmpty={(p) => p.data.length === 0}>
        {(p) => (
          <>
            <ScrollX label="Audit log">
              <table className="cards-phone audit">
                <caption className="visually-hidden">Audit log, newest first</caption>
                <thead>
                  <tr>
                    {['When', 'Who', 'What', 'Target', 'Result'].map((h) => (
                      <th scope="col" key={h}>
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {p.data.map((e) => (
                    <tr key={e.id}>
                      <td data-label="When" className="span-all">
                        {new Date(e.occurredAt).toLocaleString('en-GB')}
                      </td>
                      <td data-label="Who" className="span-2">
                        {who(e)}
                      </td>
                      <td data-label="What" className="span-2">
                        {e.action}
                      </td>
                      <td data-label="Target" className="span-all">
                        <code>{e.method === 'GRAPHQL' ? 'GraphQL' : `${e.method} ${e.path}`}</code>
                        {e.targetId ? <span className="muted"> · {e.targetId}</span> : null}
                      </td>
                      <td data-label="Result">{e.status}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollX>
            <nav className="pager" aria-label="Audit log pages">
              <button type="button" disabled={!filters.before} onClick={() => set('before', '')}>
                Newest
              </button>
              <button
                type="button"
                disabled={p.nextBefore === null}
                onClick={() => set('before', String(p.nextBefore))}
              >
                Older
              </button>
            </nav>
          </>
        )}
      </States>
    </>
  );
}

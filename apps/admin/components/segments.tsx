'use client';
// Customer segments: the list with live member counts, the rule builder (new or editing), a
// segment's members.
import { useState } from 'react';
import { useCategoryChoices } from '@/lib/marketing';
import { type Segment, type SegmentRules, useSegmentMembers, useSegments } from '@/lib/segments';
import { RULES, type RuleKey, SegmentBuilder } from './segment-builder';
import { ConfirmButton, money, Pager, States } from './ui';

type Option = { id: string; name: string };

/** The rules in words, as the builder names them: "Total spent is at least 50.00 and Tag includes vip". */
function describe(rules: SegmentRules, categories: Option[]) {
  const value = (k: RuleKey, v: unknown) =>
    typeof v === 'boolean'
      ? v
        ? 'yes'
        : 'no'
      : k === 'boughtFromCategory'
        ? (categories.find((c) => c.id === v)?.name ?? 'a category')
        : String(v);
  const parts = (Object.keys(RULES) as RuleKey[])
    .filter((k) => rules[k] !== undefined)
    .map((k) => `${RULES[k].field} ${RULES[k].operator} ${value(k, rules[k])}`);
  return parts.length ? parts.join(rules.match === 'any' ? ' or ' : ' and ') : 'Everyone';
}

export function Segments({ storeId }: { storeId: string }) {
  const { list, save, remove } = useSegments(storeId);
  const categories = useCategoryChoices(storeId).data?.data ?? [];
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Segment | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [note, setNote] = useState('');
  const open = list.data?.data.find((s) => s.id === openId) ?? null;
  const closeForm = () => {
    setEditing(null);
    setFormKey((k) => k + 1);
  };
  return (
    <section aria-labelledby="segments-h">
      <h2 id="segments-h">Segments</h2>
      <SegmentBuilder
        key={formKey}
        storeId={storeId}
        segment={editing}
        categories={categories}
        onCancel={closeForm}
        onSave={async (input) => {
          const s = await save.mutateAsync({ id: editing?.id, input });
          setNote(`${editing ? 'Saved' : 'Created'} ${s.name}.`);
          setOpenId(s.id);
          closeForm();
        }}
      />
      <p role="status" className="muted">
        {note}
      </p>
      <States query={list} empty="No segments yet." isEmpty={(l) => l.data.length === 0}>
        {(l) => (
          <div className="scroll-x">
            <table>
              <caption className="visually-hidden">Segments</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Rules</th>
                  <th scope="col">Members</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {l.data.map((s) => (
                  <tr key={s.id}>
                    <td>{s.name}</td>
                    <td>{describe(s.rules, categories)}</td>
                    <td>
                      <MemberCount storeId={storeId} id={s.id} />
                    </td>
                    <td className="row">
                      <button
                        type="button"
                        aria-expanded={openId === s.id}
                        aria-label={`Members of ${s.name}`}
                        onClick={() => setOpenId(openId === s.id ? null : s.id)}
                      >
                        Members
                      </button>
                      <button
                        type="button"
                        aria-label={`Edit ${s.name}`}
                        onClick={() => {
                          setEditing(s);
                          setFormKey((k) => k + 1);
                          setNote('');
                        }}
                      >
                        Edit
                      </button>
                      <ConfirmButton
                        label={`Delete ${s.name}`}
                        text="Delete"
                        what="The segment is deleted; its customers are kept."
                        confirmLabel="Delete segment"
                        onConfirm={() => remove.mutateAsync(s.id)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </States>
      {open ? <Members key={open.id} storeId={storeId} segment={open} /> : null}
    </section>
  );
}

/** Counted now, not at the last hourly evaluation, so a just-saved segment shows its members. */
function MemberCount({ storeId, id }: { storeId: string; id: string }) {
  const q = useSegmentMembers(storeId, id, 0, 1);
  if (q.isPending) return <span className="muted">…</span>;
  if (q.error) return <span className="muted">?</span>;
  return <span data-testid={`members-${id}`}>{q.data?.total ?? 0}</span>;
}

function Members({ storeId, segment }: { storeId: string; segment: Segment }) {
  const [offset, setOffset] = useState(0);
  const members = useSegmentMembers(storeId, segment.id, offset);
  return (
    <section className="panel" aria-labelledby="members-h">
      <h3 id="members-h">Members of {segment.name}</h3>
      <States query={members} empty="No customers match this segment now." isEmpty={(l) => l.total === 0}>
        {(l) => (
          <>
            <div className="scroll-x">
              <table>
                <caption className="visually-hidden">Members of {segment.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Email</th>
                    <th scope="col">Name</th>
                    <th scope="col">Orders</th>
                    <th scope="col">Spent</th>
                  </tr>
                </thead>
                <tbody>
                  {l.data.map((c) => (
                    <tr key={c.id}>
                      <td>{c.email}</td>
                      <td>{[c.firstName, c.lastName].filter(Boolean).join(' ') || '—'}</td>
                      <td>{c.orderCount}</td>
                      <td>{money(c.totalSpent)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager label="Member pages" offset={offset} limit={25} total={l.total} onOffset={setOffset} />
          </>
        )}
      </States>
    </section>
  );
}

'use client';
// Customer segments: the list with live member counts, the rule builder, a segment's members.
import { useState } from 'react';
import { type Segment, type SegmentRules, useSegmentMembers, useSegments } from '@/lib/segments';
import { SegmentBuilder } from './segment-builder';
import { ConfirmButton, money, Pager, States } from './ui';

const describe = (r: SegmentRules) => {
  const parts = [
    r.totalSpentAtLeast !== undefined ? `spent ≥ ${r.totalSpentAtLeast}` : '',
    r.orderCountAtLeast !== undefined ? `orders ≥ ${r.orderCountAtLeast}` : '',
    r.noOrderInDays !== undefined ? `no order in ${r.noOrderInDays} days` : '',
    r.hasTag !== undefined ? `tag ${r.hasTag}` : '',
    r.boughtFromCategory !== undefined ? 'bought from a category' : '',
    r.marketingConsent !== undefined ? (r.marketingConsent ? 'accepts marketing' : 'no marketing') : '',
  ].filter(Boolean);
  return parts.length ? parts.join(r.match === 'any' ? ' or ' : ' and ') : 'Everyone';
};

export function Segments({ storeId }: { storeId: string }) {
  const { list, remove } = useSegments(storeId);
  const [openId, setOpenId] = useState<string | null>(null);
  const open = list.data?.data.find((s) => s.id === openId) ?? null;
  return (
    <section aria-labelledby="segments-h">
      <h2 id="segments-h">Segments</h2>
      <SegmentBuilder storeId={storeId} onSaved={setOpenId} />
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
                    <td>{describe(s.rules)}</td>
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

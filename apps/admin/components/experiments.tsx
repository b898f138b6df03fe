'use client';
// A/B experiments: the list with start/stop, a form for a new layout experiment, and the results
// of the one opened (conversion with its 95 % interval, the test against the control, promote).
import type { Experiment, ExperimentReport } from '@ventory/sdk';
import { useState } from 'react';
import {
  GOALS,
  isTestable,
  layoutsOf,
  TESTABLE,
  type TestableKey,
  useExperimentReport,
  useExperiments,
} from '@/lib/experiments';
import { ConfirmButton, fieldErrors, message, money, States } from './ui';

const percent = (v: number) => `${(v * 100).toFixed(1)} %`;
const goalLabel = (goal: string) => GOALS.find((g) => g.value === goal)?.label ?? goal;
const whatLabel = (key: string) => (isTestable(key) ? TESTABLE[key].label : key);

export function Experiments({ storeId }: { storeId: string }) {
  const x = useExperiments(storeId);
  const [openId, setOpenId] = useState<string | null>(null);
  const open = x.list.data?.data.find((e) => e.id === openId) ?? null;
  return (
    <>
      <section aria-labelledby="experiments-h">
        <h2 id="experiments-h">Experiments</h2>
        <States query={x.list} empty="No experiments yet." isEmpty={(l) => l.total === 0}>
          {(l) => (
            <ExperimentTable
              experiments={l.data}
              onOpen={setOpenId}
              onStatus={(id, status) => x.setStatus.mutate({ id, status })}
            />
          )}
        </States>
      </section>
      {open ? <Results storeId={storeId} experiment={open} promote={x.promote} /> : null}
      <NewExperiment themed={x.theme} create={x.create} />
    </>
  );
}

function ExperimentTable({
  experiments,
  onOpen,
  onStatus,
}: {
  experiments: Experiment[];
  onOpen: (id: string) => void;
  onStatus: (id: string, status: Experiment['status']) => void;
}) {
  return (
    <div className="scroll-x">
      <table>
        <caption className="visually-hidden">Experiments</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Tests</th>
            <th scope="col">Variants (share)</th>
            <th scope="col">Goal</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {experiments.map((e) => (
            <tr key={e.id}>
              <td>{e.name}</td>
              <td>{whatLabel(e.key)}</td>
              <td>{e.variants.map((v) => `${v.key} (${v.weight} %)`).join(', ')}</td>
              <td>{goalLabel(e.goal)}</td>
              <td>{e.status === 'RUNNING' ? 'Running' : e.status === 'STOPPED' ? 'Stopped' : 'Draft'}</td>
              <td className="row">
                <button type="button" onClick={() => onOpen(e.id)}>
                  Results of {e.name}
                </button>
                {e.status === 'RUNNING' ? (
                  <button type="button" onClick={() => onStatus(e.id, 'STOPPED')}>
                    Stop {e.name}
                  </button>
                ) : (
                  <button type="button" onClick={() => onStatus(e.id, 'RUNNING')}>
                    Start {e.name}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Promote = ReturnType<typeof useExperiments>['promote'];

/** One experiment's report; bars carry their numbers as text, so colour is never needed. */
function Results({
  storeId,
  experiment,
  promote,
}: {
  storeId: string;
  experiment: Experiment;
  promote: Promote;
}) {
  const report = useExperimentReport(storeId, experiment.id);
  return (
    <section aria-labelledby="results-h">
      <h2 id="results-h">Results: {experiment.name}</h2>
      <States
        query={report}
        empty="No sessions yet."
        isEmpty={(r) => r.variants.every((v) => v.sessions === 0)}
      >
        {(r) => <ResultTable report={r} experiment={experiment} promote={promote} />}
      </States>
    </section>
  );
}

function ResultTable({
  report,
  experiment,
  promote,
}: {
  report: ExperimentReport;
  experiment: Experiment;
  promote: Promote;
}) {
  return (
    <div className="scroll-x">
      <table>
        <caption>
          Conversion to “{goalLabel(experiment.goal)}” per variant; the first is the control. The interval is
          95 %.
        </caption>
        <thead>
          <tr>
            <th scope="col">Variant</th>
            <th scope="col">Sessions</th>
            <th scope="col">Conversions</th>
            <th scope="col">Conversion rate (95 % interval)</th>
            <th scope="col">Against the control</th>
            <th scope="col">Revenue</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {report.variants.map((v) => (
            <tr key={v.key}>
              <th scope="row">
                {v.key}
                {v.key === report.control ? ' (control)' : ''}
              </th>
              <td>{v.sessions}</td>
              <td>{v.conversions}</td>
              <td>
                <RateBar rate={v.conversionRate} interval={v.conversionInterval} />
              </td>
              <td>{versus(v.vsControl)}</td>
              <td>{money(v.revenue)}</td>
              <td>
                {isTestable(experiment.key) ? (
                  <ConfirmButton
                    label={`Make ${v.key} live`}
                    what={`Every shopper will see the ${v.key} ${TESTABLE[experiment.key].label.toLowerCase()}, and the experiment stops.`}
                    confirmLabel="Make it live"
                    destructive={false}
                    onConfirm={() => promote.mutateAsync({ experiment, variant: v.key })}
                  />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function versus(z: ExperimentReport['variants'][number]['vsControl']): string {
  if (!z) return '—';
  const uplift = z.uplift === null ? '' : `${z.uplift >= 0 ? '+' : ''}${(z.uplift * 100).toFixed(1)} %, `;
  return `${uplift}p = ${z.pValue.toFixed(3)}${z.significant ? ' (significant)' : ' (not significant yet)'}`;
}

function RateBar({ rate, interval }: { rate: number; interval: { low: number; high: number } | null }) {
  const text = interval
    ? `${percent(rate)} (${percent(interval.low)} – ${percent(interval.high)})`
    : percent(rate);
  return (
    <div className="rate">
      <span>{text}</span>
      <span className="rate-track" aria-hidden="true">
        {interval ? (
          <span
            className="rate-interval"
            style={{ left: `${interval.low * 100}%`, width: `${(interval.high - interval.low) * 100}%` }}
          />
        ) : null}
        <span className="rate-point" style={{ left: `${rate * 100}%` }} />
      </span>
    </div>
  );
}

type Create = ReturnType<typeof useExperiments>['create'];
type Themed = ReturnType<typeof useExperiments>['theme'];

/** A layout experiment: the live layout is the control; the challenger gets half of new sessions. */
function NewExperiment({ themed, create }: { themed: Themed; create: Create }) {
  const [key, setKey] = useState<TestableKey>('home-layout');
  const [note, setNote] = useState('');
  const control = (themed?.[TESTABLE[key].themeField] as string | undefined) ?? 'classic';
  const challengers = layoutsOf(key).filter((l) => l !== control);
  const errors = fieldErrors(create.error);
  async function submit(form: FormData) {
    setNote('');
    const challenger = String(form.get('challenger'));
    const e = await create.mutateAsync({
      key,
      name: String(form.get('name') || `${TESTABLE[key].label}: ${challenger}`),
      // The select offers only GOALS; anything else falls back to orders.
      goal: GOALS.find((g) => g.value === form.get('goal'))?.value ?? 'order',
      status: 'RUNNING',
      variants: [
        { key: control, weight: 50 },
        { key: challenger, weight: 50 },
      ],
    });
    setNote(`${e.name} is running.`);
  }
  return (
    <section aria-labelledby="new-experiment-h">
      <h2 id="new-experiment-h">New experiment</h2>
      <form action={(f) => submit(f).catch(() => {})} className="stack narrow">
        <label>
          What to test
          <select value={key} onChange={(e) => setKey(e.target.value as TestableKey)} name="key">
            {Object.entries(TESTABLE).map(([k, t]) => (
              <option key={k} value={k}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">
          Control: the live theme’s <strong>{control}</strong> layout. Shoppers who allow analytics are split
          half and half.
        </p>
        <label>
          Challenger
          <select name="challenger" defaultValue={challengers[0]}>
            {challengers.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        <label>
          Goal
          <select name="goal" defaultValue="order">
            {GOALS.map((g) => (
              <option key={g.value} value={g.value}>
                {g.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Name (optional)
          <input name="name" maxLength={200} />
        </label>
        {create.error ? (
          <p role="alert" className="error">
            {errors.key ?? message(create.error)}
          </p>
        ) : null}
        <button type="submit" disabled={create.isPending}>
          Start experiment
        </button>
        <p role="status">{note}</p>
      </form>
    </section>
  );
}

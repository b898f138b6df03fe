'use client';
// The theme editor: layouts, font, brand colours (with a WCAG contrast warning), logo and
// favicon, the home hero and custom CSS on the left; the storefront rendering the draft in a frame on the right. Every change is saved to the
// draft (debounced for typing) and the frame reloads; Publish makes it live, Discard drops it.
import type { ThemeDesign } from '@ventory/sdk';
import { useEffect, useId, useRef, useState } from 'react';
import { AA, contrastRatio, isHex } from '@/lib/contrast';
import { LAYOUTS, type LayoutKey, useThemeDraft } from '@/lib/design';
import { FontField, HeroFields, ImageField } from './design-content';
import { ConfirmButton, fieldErrors, message, States } from './ui';

const DEFAULT_PRIMARY = '#2b50aa';
const DEFAULT_SECONDARY = '#333333';

export function DesignEditor({ storeId, storeName }: { storeId: string; storeName: string }) {
  const d = useThemeDraft(storeId);
  const [version, setVersion] = useState(0);
  const [resets, setResets] = useState(0);
  const [note, setNote] = useState('');
  const url = d.preview.data?.url;
  return (
    <States query={d.themes} empty="This store has no theme yet." isEmpty={(t) => t.data.length === 0}>
      {() => (
        <States query={d.draft} empty="">
          {(draft) => (
            <div className="design">
              <div>
                <p className="muted">
                  Editing the draft of “{draft.name}”{draft.isActive ? ' (live theme)' : ''}. Shoppers see
                  nothing until you publish.
                </p>
                <DesignForm
                  key={resets}
                  initial={draft.draft}
                  onSave={async (edit) => {
                    await d.save.mutateAsync(edit);
                    setNote('');
                    setVersion((v) => v + 1);
                  }}
                  saving={d.save.isPending}
                  error={d.save.error}
                />
                <div className="row actions">
                  <button
                    type="button"
                    className="primary"
                    disabled={!draft.hasDraft || d.publish.isPending || d.save.isPending}
                    onClick={async () => {
                      setNote('');
                      try {
                        await d.publish.mutateAsync();
                        setVersion((v) => v + 1);
                        setNote(`Published. ${storeName} now shows this design.`);
                      } catch (e) {
                        setNote(`Could not publish: ${message(e)}`);
                      }
                    }}
                  >
                    Publish
                  </button>
                  {draft.hasDraft ? (
                    <ConfirmButton
                      label="Discard draft"
                      what="Your unpublished design changes are dropped. The live store is not affected."
                      confirmLabel="Discard changes"
                      onConfirm={async () => {
                        await d.discard.mutateAsync();
                        setResets((r) => r + 1);
                        setVersion((v) => v + 1);
                        setNote('Draft discarded.');
                      }}
                    />
                  ) : null}
                </div>
                <p role="status" className="muted">
                  {note || (draft.hasDraft ? 'Unpublished changes.' : 'No unpublished changes.')}
                </p>
              </div>
              <section aria-labelledby="preview-h" className="preview">
                <div className="row" style={{ justifyContent: 'space-between' }}>
                  <h2 id="preview-h">Preview</h2>
                  {url ? (
                    <a href={url} target="_blank" rel="noopener">
                      Open preview in a new tab
                    </a>
                  ) : null}
                </div>
                {d.preview.error ? (
                  <p role="alert" className="alert">
                    Could not start the preview: {message(d.preview.error)}
                  </p>
                ) : url ? (
                  <iframe title="Storefront preview" src={`${url}&v=${version}`} />
                ) : (
                  <p role="status">Loading preview…</p>
                )}
              </section>
            </div>
          )}
        </States>
      )}
    </States>
  );
}

function DesignForm({
  initial,
  onSave,
  saving,
  error,
}: {
  initial: ThemeDesign;
  onSave: (edit: Partial<ThemeDesign>) => Promise<void>;
  saving: boolean;
  error: unknown;
}) {
  const errors = fieldErrors(error);
  const [form, setForm] = useState<ThemeDesign>(initial);
  const pending = useRef<Partial<ThemeDesign>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  /** Records the edit; selects save at once, typing and colour dragging after a short pause. */
  const change = (edit: Partial<ThemeDesign>, delay = 0) => {
    setForm((f) => ({ ...f, ...edit }));
    pending.current = { ...pending.current, ...edit };
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const batch = pending.current;
      pending.current = {};
      onSave(batch).catch(() => {});
    }, delay);
  };

  return (
    <form className="panel" aria-label="Design" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Layouts</legend>
        {(Object.keys(LAYOUTS) as LayoutKey[]).map((key) => (
          <div className="field" key={key}>
            <label htmlFor={`layout-${key}`}>{LAYOUTS[key].label} layout</label>
            <select
              id={`layout-${key}`}
              value={form[key]}
              onChange={(e) => change({ [key]: e.target.value })}
            >
              {LAYOUTS[key].options.map((o) => (
                <option key={o} value={o}>
                  {o[0]?.toUpperCase()}
                  {o.slice(1)}
                </option>
              ))}
              {(LAYOUTS[key].options as readonly string[]).includes(form[key]) ? null : (
                <option value={form[key]}>{form[key]} (unknown: shown as classic)</option>
              )}
            </select>
          </div>
        ))}
      </fieldset>
      <FontField value={form.font} change={change} error={errors.font} />
      <fieldset>
        <legend>Brand colours</legend>
        <ColourField
          label="Primary colour"
          value={form.primaryColor ?? DEFAULT_PRIMARY}
          onChange={(v) => change({ primaryColor: v }, 300)}
        />
        <ColourField
          label="Secondary colour"
          value={form.secondaryColor ?? DEFAULT_SECONDARY}
          onChange={(v) => change({ secondaryColor: v }, 300)}
        />
      </fieldset>
      <fieldset>
        <legend>Logo and favicon</legend>
        <ImageField
          label="Logo"
          value={form.logo}
          onChange={(logo) => change({ logo })}
          error={errors.logo}
        />
        <ImageField
          label="Favicon"
          value={form.favicon}
          onChange={(favicon) => change({ favicon })}
          error={errors.favicon}
        />
      </fieldset>
      <HeroFields initial={initial.hero} change={change} errors={errors} />
      <div className="field">
        <label htmlFor="custom-css">Custom CSS</label>
        <textarea
          id="custom-css"
          rows={6}
          spellCheck={false}
          aria-describedby="custom-css-hint"
          value={form.customCSS ?? ''}
          onChange={(e) => change({ customCSS: e.target.value || null }, 600)}
        />
        <p id="custom-css-hint" className="muted">
          Sanitised as the storefront does: markup, @import, expression() and script URLs are removed.
        </p>
      </div>
      <p className="muted" aria-live="polite">
        {saving ? 'Saving draft…' : ''}
      </p>
      {error ? (
        <p role="alert" className="error">
          Could not save the draft: {message(error)}
        </p>
      ) : null}
    </form>
  );
}

function ColourField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const id = useId();
  const ratio = isHex(value) ? contrastRatio(value, '#ffffff') : null;
  const low = ratio !== null && ratio < AA;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="row" style={{ alignItems: 'center' }}>
        <input
          id={id}
          type="color"
          value={value}
          aria-describedby={`${id}-contrast`}
          onChange={(e) => onChange(e.target.value)}
        />
        <code>{value}</code>
      </div>
      <p id={`${id}-contrast`} className={low ? 'field-error' : 'muted'}>
        {ratio === null
          ? ''
          : low
            ? `Contrast on white ${ratio.toFixed(1)}:1 is below ${AA}:1: text in this colour is hard to read.`
            : `Contrast on white ${ratio.toFixed(1)}:1 (meets ${AA}:1).`}
      </p>
    </div>
  );
}

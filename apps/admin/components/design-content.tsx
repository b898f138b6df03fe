'use client';
// The design editor's content fields: the curated font (each choice shown in its own stack),
// logo and favicon uploads, and the home hero. Each reports edits to the draft form, which saves
// them; field errors from the API's problem+json show beside the field they name.
import { THEME_FONTS, type ThemeDesign, type ThemeFont, type ThemeHero } from '@ventory/sdk';
import { useId, useState } from 'react';
import { useSession } from '@/lib/session';
import { message } from './ui';

type Edit = (edit: Partial<ThemeDesign>, delay?: number) => void;
type Errors = Record<string, string>;

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="field-error">
      {error}
    </p>
  ) : null;
}

/** The font select; the sample line under it renders in the chosen stack. */
export function FontField({
  value,
  change,
  error,
}: {
  value: ThemeFont | null;
  change: Edit;
  error?: string;
}) {
  const id = useId();
  const stack = THEME_FONTS[value ?? 'system-ui'].stack;
  return (
    <div className="field">
      <label htmlFor={id}>Font</label>
      <select
        id={id}
        value={value ?? 'system-ui'}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-sample${error ? ` ${id}-err` : ''}`}
        style={{ fontFamily: stack }}
        onChange={(e) =>
          change({ font: e.target.value === 'system-ui' ? null : (e.target.value as ThemeFont) })
        }
      >
        {(Object.keys(THEME_FONTS) as ThemeFont[]).map((f) => (
          <option key={f} value={f} style={{ fontFamily: THEME_FONTS[f].stack }}>
            {THEME_FONTS[f].label}
          </option>
        ))}
      </select>
      <p id={`${id}-sample`} className="muted" style={{ fontFamily: stack }}>
        System fonts, no download: the quick brown fox jumps over the lazy dog.
      </p>
      <FieldError id={`${id}-err`} error={error} />
    </div>
  );
}

/** Logo or favicon: upload an image (the media endpoint the product editor uses), see it, remove it. */
export function ImageField({
  label,
  value,
  onChange,
  error,
}: {
  label: 'Logo' | 'Favicon';
  value: string | null;
  onChange: (url: string | null) => void;
  error?: string;
}) {
  const { client } = useSession();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState('');
  const upload = async (file: File | undefined) => {
    if (!file) return;
    if (!file.type.startsWith('image/')) {
      setFailed('Choose an image file.');
      return;
    }
    setBusy(true);
    setFailed('');
    try {
      const { data } = await client.media.upload([{ name: file.name, data: file }]);
      if (data[0]) onChange(data[0].url);
    } catch (e) {
      setFailed(message(e));
    } finally {
      setBusy(false);
    }
  };
  const shown = error || failed;
  return (
    <div className="field image-field">
      <label htmlFor={id}>{label}</label>
      {value ? (
        <div className="row" style={{ alignItems: 'center' }}>
          <img src={value} alt={`Current ${label.toLowerCase()}`} height={40} />
          <button type="button" aria-label={`Remove ${label.toLowerCase()}`} onClick={() => onChange(null)}>
            Remove
          </button>
        </div>
      ) : (
        <p className="muted">
          {label === 'Logo' ? 'None: the store name shows.' : 'None: the default icon shows.'}
        </p>
      )}
      <input
        id={id}
        type="file"
        accept="image/*"
        disabled={busy}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${id}-err` : undefined}
        onChange={(e) => {
          upload(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {busy ? <p role="status">Uploading…</p> : null}
      <FieldError id={`${id}-err`} error={shown} />
    </div>
  );
}

type HeroForm = { heading: string; text: string; buttonLabel: string; buttonLink: string };
const HERO_FIELDS: Array<{ key: keyof HeroForm; label: string; max: number; multiline?: boolean }> = [
  { key: 'heading', label: 'Hero heading', max: 120 },
  { key: 'text', label: 'Hero text', max: 300, multiline: true },
  { key: 'buttonLabel', label: 'Button label', max: 40 },
  { key: 'buttonLink', label: 'Button link', max: 2048 },
];

const heroForm = (h: ThemeHero | null): HeroForm => ({
  heading: h?.heading ?? '',
  text: h?.text ?? '',
  buttonLabel: h?.buttonLabel ?? '',
  buttonLink: h?.buttonLink ?? '',
});

/** The form as the API takes it: no heading means no hero (the store's name and description show). */
const heroOf = (f: HeroForm): ThemeHero | null =>
  f.heading.trim()
    ? {
        heading: f.heading,
        text: f.text || null,
        buttonLabel: f.buttonLabel || null,
        buttonLink: f.buttonLink || null,
      }
    : null;

/** Heading, text and an optional button for the home page hero. */
export function HeroFields({
  initial,
  change,
  errors,
}: {
  initial: ThemeHero | null;
  change: Edit;
  errors: Errors;
}) {
  const id = useId();
  const [form, setForm] = useState<HeroForm>(() => heroForm(initial));
  const set = (key: keyof HeroForm, value: string) => {
    const next = { ...form, [key]: value };
    setForm(next);
    change({ hero: heroOf(next) }, 600);
  };
  const heroError = errors.hero;
  return (
    <fieldset>
      <legend>Home page hero</legend>
      <p className="muted">Leave the heading empty to show the store’s name and description.</p>
      {HERO_FIELDS.map(({ key, label, max, multiline }) => {
        const error = errors[`hero.${key}`];
        const props = {
          id: `${id}-${key}`,
          value: form[key],
          maxLength: max,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? `${id}-${key}-err` : undefined,
        };
        return (
          <div className="field" key={key}>
            <label htmlFor={props.id}>{label}</label>
            {multiline ? (
              <textarea rows={3} {...props} onChange={(e) => set(key, e.target.value)} />
            ) : (
              <input
                {...props}
                placeholder={key === 'buttonLink' ? '/collections/new or https://…' : undefined}
                onChange={(e) => set(key, e.target.value)}
              />
            )}
            <FieldError id={`${id}-${key}-err`} error={error} />
          </div>
        );
      })}
      <FieldError id={`${id}-err`} error={heroError} />
    </fieldset>
  );
}

'use client';
import { useState } from 'react';
import { useSession } from '@/lib/session';
import { Field } from './ui';

export function SignIn() {
  const { signIn } = useSession();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        setBusy(true);
        const failed = await signIn(String(data.get('email')), String(data.get('password')));
        setBusy(false);
        setError(failed ?? '');
      }}
    >
      <Field label="Email" name="email" type="email" autoComplete="username" required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={busy}>
        Sign in
      </button>
    </form>
  );
}

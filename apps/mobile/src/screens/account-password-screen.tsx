import { isEmail, shopperMessage } from '@ventory/shop-core';
import { Button, Notice, TextField } from '@ventory/ui';
import { useRouter } from 'expo-router';
import { useState } from 'react';
import { Heading, Muted, Screen } from '../components/layout.tsx';
import { accountApi } from '../state/account-api.ts';

/** "Forgot password?": asks the store to email a reset link (the answer never says if the email has an account). */
export function ForgotPasswordScreen() {
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState('');
  const [request, state] = accountApi.useRequestPasswordResetMutation();
  const submit = async () => {
    if (!isEmail(email)) return setProblem('Enter an email address like name@example.com');
    setProblem('');
    const res = await request(email.trim());
    if ('error' in res) setProblem(shopperMessage(res.error));
  };
  return (
    <Screen testID="forgot-password">
      <Heading>Reset your password</Heading>
      <Muted>We will email you a link to choose a new password.</Muted>
      <TextField
        label="Email"
        value={email}
        onChangeText={setEmail}
        keyboard="email-address"
        autoComplete="email"
      />
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      {state.isSuccess ? (
        <Notice tone="success">If an account uses {email.trim()}, a reset link is on its way.</Notice>
      ) : null}
      <Button label="Email me a reset link" onPress={submit} busy={state.isLoading} />
    </Screen>
  );
}

/** The emailed link's path (`/account/reset-password?token=...`, as on the web storefront): choose the new password. */
export function ResetPasswordScreen({ token }: { token: string }) {
  const router = useRouter();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState('');
  const [reset, state] = accountApi.useResetPasswordMutation();
  const submit = async () => {
    if (password.length < 8) return setProblem('The password needs at least 8 characters.');
    setProblem('');
    const res = await reset({ token, password });
    if ('error' in res) setProblem(shopperMessage(res.error));
  };
  if (!token)
    return (
      <Screen testID="reset-password">
        <Heading>Choose a new password</Heading>
        <Notice tone="error">This link is incomplete. Ask for a new reset email.</Notice>
        <Button
          variant="link"
          label="Forgot password?"
          onPress={() => router.push('/account/forgot-password')}
        />
      </Screen>
    );
  return (
    <Screen testID="reset-password">
      <Heading>Choose a new password</Heading>
      <TextField
        label="New password"
        value={password}
        onChangeText={setPassword}
        secure
        onSubmitEditing={submit}
      />
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      {state.isSuccess ? (
        <>
          <Notice tone="success">Your password is changed. Sign in with it.</Notice>
          <Button variant="link" label="Sign in" onPress={() => router.push('/account')} />
        </>
      ) : (
        <Button label="Save new password" onPress={submit} busy={state.isLoading} />
      )}
    </Screen>
  );
}

import { isEmail, shopperMessage } from '@ventory/shop-core';
import { Button, Notice, TextField } from '@ventory/ui';
import { useRouter } from 'expo-router';
import { useState } from 'react';
import { Heading, Muted, Screen } from '../src/components/layout.tsx';
import { api } from '../src/state/api.ts';

/** Order tracking for guests: order number and the email it was placed with. */
export default function Track() {
  const router = useRouter();
  const [orderNumber, setOrderNumber] = useState('');
  const [email, setEmail] = useState('');
  const [find, state] = api.useLazyTrackingQuery();
  const [problem, setProblem] = useState('');
  const t = state.data;
  return (
    <Screen>
      <Heading>Track an order</Heading>
      <TextField label="Order number" value={orderNumber} onChangeText={setOrderNumber} autoComplete="off" />
      <TextField
        label="Email used for the order"
        value={email}
        onChangeText={setEmail}
        keyboard="email-address"
        autoComplete="email"
      />
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <Button
        label="Find my order"
        busy={state.isFetching}
        onPress={async () => {
          if (!orderNumber.trim() || !isEmail(email))
            return setProblem('Enter the order number and a valid email.');
          setProblem('');
          const res = await find({ orderNumber: orderNumber.trim(), email: email.trim() });
          if (res.error) setProblem(shopperMessage(res.error));
        }}
      />
      {t ? (
        <>
          <Notice tone="success">
            Order {t.orderNumber}: {t.status.toLowerCase()},{' '}
            {t.fulfillmentStatus.toLowerCase().replace('_', ' ')}
          </Notice>
          {t.timeline.map((e) => (
            <Muted key={`${e.type}${e.occurredAt}`}>
              {new Date(e.occurredAt).toLocaleString()}: {e.message}
            </Muted>
          ))}
          <Button variant="link" label="Back to the shop" onPress={() => router.push('/')} />
        </>
      ) : null}
    </Screen>
  );
}

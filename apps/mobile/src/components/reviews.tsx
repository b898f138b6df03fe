import type { StorefrontReview } from '@ventory/sdk';
import { shopperMessage } from '@ventory/shop-core';
import { Button, Notice, RatingStars, TextField, useTokens } from '@ventory/ui';
import { useState } from 'react';
import { StyleSheet, Text, View } from 'react-native';
import { api } from '../state/api.ts';
import { Chip, Heading, Muted, Row } from './layout.tsx';

/** The product's published reviews and a form to write one (published after moderation). */
export function Reviews({ slug, reviews }: { slug: string; reviews: StorefrontReview[] }) {
  const t = useTokens();
  const [write, state] = api.useWriteReviewMutation();
  const [rating, setRating] = useState(0);
  const [content, setContent] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const submit = async () => {
    if (!rating || content.trim().length < 3) return setError('Choose a rating and write a few words.');
    setError('');
    const res = await write({
      slug,
      rating,
      content: content.trim(),
      customerName: name.trim() || undefined,
    });
    if ('error' in res) setError(shopperMessage(res.error));
  };
  return (
    <View style={styles.box}>
      <Heading level={2}>Reviews</Heading>
      {reviews.length === 0 ? <Muted>No reviews yet. Be the first.</Muted> : null}
      {reviews.map((r) => (
        <View key={r.id} style={[styles.review, { borderColor: t.colors.border }]}>
          <RatingStars rating={r.rating} />
          {r.title ? <Text style={{ fontWeight: '700', color: t.colors.text }}>{r.title}</Text> : null}
          {r.content ? <Text style={{ color: t.colors.text }}>{r.content}</Text> : null}
          <Muted>
            {r.customerName ?? 'A customer'}
            {r.isVerifiedPurchase ? ' · verified purchase' : ''}
          </Muted>
        </View>
      ))}
      {state.isSuccess ? (
        <Notice tone="success">Thank you! Your review will appear once the shop has checked it.</Notice>
      ) : (
        <View style={styles.form}>
          <Text style={{ fontWeight: '600', color: t.colors.text }}>Write a review</Text>
          <Row wrap>
            {[1, 2, 3, 4, 5].map((n) => (
              <Chip
                key={n}
                label={`${n} star${n > 1 ? 's' : ''}`}
                selected={rating === n}
                onPress={() => setRating(n)}
              />
            ))}
          </Row>
          <TextField label="Your review" value={content} onChangeText={setContent} />
          <TextField label="Your name (optional)" value={name} onChangeText={setName} autoComplete="name" />
          {error ? <Notice tone="error">{error}</Notice> : null}
          <Button label="Send review" variant="secondary" onPress={submit} busy={state.isLoading} />
        </View>
      )}
    </View>
  );
}

const styles = StyleSheet.create({
  box: { gap: 12 },
  review: { borderTopWidth: 1, paddingTop: 10, gap: 4 },
  form: { gap: 10 },
});

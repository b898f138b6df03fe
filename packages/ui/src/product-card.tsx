import type { ImageRef, ShopListing } from '@ventory/sdk';
import type { ReactNode } from 'react';
import { Pressable, StyleSheet, Text, View } from 'react-native';
import { Price, RatingStars, StockBadge } from './commerce.tsx';
import { imageOf } from './image.ts';
import { Picture } from './picture';
import { useTokens } from './theme.tsx';

/** What a tile shows: a listing, or one the app remembers (an image with alt text, no rating). */
export type CardListing = Pick<ShopListing, 'title' | 'slug' | 'price' | 'compareAtPrice' | 'available'> & {
  images: ImageRef[];
  rating: number | null;
  ratingCount?: number;
  /** Shown under the title in the `row` layout. */
  description?: string | null;
};

declare module 'react-native' {
  interface PressableProps {
    /** react-native-web draws a pressable with `href` as a real link (`<a href>`); phones ignore it. */
    href?: string;
  }
  interface TextProps {
    /** react-native-web: the level of a `role="heading"` (`<h3>`); phones ignore it. */
    'aria-level'?: number;
  }
}

type Props = {
  listing: CardListing;
  currency: string;
  /** Where a press goes: the app navigates in `onPress`; the web gives `href` (a link without script). */
  onPress?: () => void;
  href?: string;
  /** `row` is the list layout (image beside text); `card` the grid tile. */
  variant?: 'card' | 'row';
  imageBase?: string;
  /** The platform's own image element in place of the card's (the web's resized, lazy image). */
  media?: ReactNode;
  testID?: string;
};

/** A listing tile: image, title, price (with sale), rating and, when low or out, stock. */
export function ProductCard({
  listing,
  currency,
  onPress,
  href,
  variant = 'card',
  imageBase,
  media,
  testID,
}: Props) {
  const t = useTokens();
  const img = imageOf(listing.images[0], listing.title, imageBase);
  const row = variant === 'row';
  return (
    <Pressable
      accessibilityRole="link"
      // A web link names itself by what it shows (title, price, rating, stock), as screen readers
      // and axe expect there; the app's card is named by its title alone.
      accessibilityLabel={href ? undefined : listing.title}
      onPress={onPress}
      href={href}
      testID={testID}
      style={({ pressed }) => [
        styles.card,
        row ? styles.rowCard : null,
        { borderColor: t.colors.border, borderRadius: t.radius.md, opacity: pressed ? 0.85 : 1 },
      ]}
    >
      <View
        style={[
          styles.media,
          row ? styles.rowMedia : null,
          { backgroundColor: t.colors.surface, borderRadius: t.radius.sm },
        ]}
      >
        {media ??
          (img ? (
            <Picture uri={img.url} alt={img.alt} style={StyleSheet.absoluteFill} />
          ) : (
            <Text style={[styles.initial, { color: t.colors.muted }]}>{listing.title.slice(0, 1)}</Text>
          ))}
      </View>
      <View style={styles.info}>
        <Text
          role="heading"
          aria-level={3}
          numberOfLines={2}
          style={{
            color: t.colors.text,
            fontSize: t.font.body,
            fontWeight: '600',
            fontFamily: t.font.family,
          }}
        >
          {listing.title}
        </Text>
        {row && listing.description ? (
          <Text numberOfLines={3} style={{ color: t.colors.muted, fontSize: t.font.small }}>
            {listing.description}
          </Text>
        ) : null}
        <Price price={listing.price} compareAt={listing.compareAtPrice} currency={currency} />
        <RatingStars rating={listing.rating} count={listing.ratingCount} />
        {listing.available < 5 ? <StockBadge available={listing.available} /> : null}
      </View>
    </Pressable>
  );
}

const styles = StyleSheet.create({
  card: { borderWidth: 1, padding: 8, gap: 8, flex: 1, backgroundColor: '#fff' },
  rowCard: { flexDirection: 'row' },
  media: {
    aspectRatio: 1,
    width: '100%',
    overflow: 'hidden',
    alignItems: 'center',
    justifyContent: 'center',
  },
  rowMedia: { width: 96 },
  initial: { fontSize: 32, fontWeight: '700' },
  info: { gap: 4, flexShrink: 1, flex: 1 },
});

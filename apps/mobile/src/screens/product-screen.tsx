import { shopperMessage } from '@ventory/shop-core';
import {
  Button,
  imageOf,
  Notice,
  Picture,
  Price,
  ProductCard,
  QuantityStepper,
  RatingStars,
  StockBadge,
  useTokens,
} from '@ventory/ui';
import { Link, useRouter } from 'expo-router';
import { useState } from 'react';
import { Pressable, ScrollView, StyleSheet, Text, useWindowDimensions, View } from 'react-native';
import { Chip, Heading, Row, Screen, StateView } from '../components/layout.tsx';
import { Reviews } from '../components/reviews.tsx';
import { ZoomViewer } from '../components/zoom-viewer.tsx';
import { config } from '../config.ts';
import { useProduct } from '../hooks/use-product.ts';
import { api } from '../state/api.ts';

function Gallery({ images, title }: { images: Array<{ url: string; alt: string }>; title: string }) {
  const t = useTokens();
  const { width } = useWindowDimensions();
  const size = Math.min(width - 32, 560);
  const [zoomed, setZoomed] = useState<{ url: string; alt: string } | null>(null);
  if (images.length === 0) return null;
  return (
    <>
      <ScrollView
        horizontal
        pagingEnabled
        showsHorizontalScrollIndicator={false}
        accessibilityLabel={`Pictures of ${title}`}
      >
        {images.map((img) => (
          <Pressable
            key={img.url}
            accessibilityRole="button"
            accessibilityLabel={`Zoom into ${img.alt}`}
            onPress={() => setZoomed(img)}
          >
            <Picture
              uri={img.url}
              alt={img.alt}
              style={{
                width: size,
                height: size,
                borderRadius: t.radius.md,
                backgroundColor: t.colors.surface,
              }}
            />
          </Pressable>
        ))}
      </ScrollView>
      {zoomed ? <ZoomViewer key={zoomed.url} image={zoomed} onClose={() => setZoomed(null)} /> : null}
    </>
  );
}

function AddResult({ result }: { result: ReturnType<typeof useProduct>['result'] }) {
  if (!result) return null;
  if (result.status === 'added')
    return (
      <Notice tone="success" testID="added">
        Added to your cart. <Link href="/cart">View cart</Link>
      </Notice>
    );
  if (result.status === 'queued')
    return (
      <Notice testID="queued">
        You are offline: it will be added to your cart as soon as you are back online.
      </Notice>
    );
  return <Notice tone="error">{shopperMessage(result.error)}</Notice>;
}

/** Product: gallery, price, live stock, variants, quantity, add to cart, wish list, reviews. */
export function ProductScreen({ slug }: { slug: string }) {
  const t = useTokens();
  const router = useRouter();
  const p = useProduct(slug);
  const currency = api.useSettingsQuery().data?.currency ?? 'USD';
  const product = p.product.data;
  if (!product)
    return <StateView loading={p.product.isLoading} error={p.product.error} onRetry={p.product.refetch} />;
  const images = product.images
    .map((ref) => imageOf(ref, product.title, config.apiUrl))
    .filter((x) => x !== null);
  const compareAt = p.variant ? null : product.compareAtPrice;
  return (
    <Screen testID="product">
      <Gallery images={images} title={product.title} />
      <Heading>{product.title}</Heading>
      <RatingStars rating={product.rating} count={product.ratingCount} />
      <Price price={p.price} compareAt={compareAt} currency={currency} size="large" testID="product-price" />
      <View accessibilityLiveRegion="polite" testID="availability">
        <StockBadge available={p.available} />
      </View>
      {p.variants.length > 1 ? (
        <View style={styles.block}>
          <Text style={{ fontWeight: '600', color: t.colors.text }}>
            {p.variant ? `Option: ${p.variant.name}` : 'Choose an option'}
          </Text>
          <Row wrap>
            {p.variants.map((v) => (
              <Chip
                key={v.id}
                label={v.available > 0 ? v.name : `${v.name} (sold out)`}
                selected={p.variant?.id === v.id}
                onPress={() => p.chooseVariant(v.id)}
                testID="variant"
              />
            ))}
          </Row>
        </View>
      ) : null}
      <Row gap={16} wrap>
        <QuantityStepper
          value={p.quantity}
          onChange={p.setQuantity}
          max={Math.max(1, p.available)}
          label="quantity"
        />
        <Button
          variant="link"
          label={p.wished ? 'Remove from wish list' : 'Add to wish list'}
          onPress={p.toggleWish}
        />
      </Row>
      <Button
        label={p.needsChoice ? 'Choose an option first' : p.available > 0 ? 'Add to cart' : 'Sold out'}
        onPress={p.add}
        busy={p.adding}
        disabled={p.needsChoice || p.available <= 0}
        testID="add-to-cart"
      />
      <AddResult result={p.result} />
      {product.description ? (
        <Text style={{ color: t.colors.text, fontSize: t.font.body, lineHeight: 24 }}>
          {product.description}
        </Text>
      ) : null}
      <Reviews slug={slug} reviews={p.reviews.data ?? []} />
      {p.recommendations.length > 0 ? (
        <View style={styles.block}>
          <Heading level={2}>You may also like</Heading>
          <ScrollView horizontal contentContainerStyle={styles.shelf} accessibilityLabel="You may also like">
            {p.recommendations.map((l) => (
              <View key={l.id} style={styles.shelfItem}>
                <ProductCard
                  listing={l}
                  currency={currency}
                  imageBase={config.apiUrl}
                  onPress={() => router.push(`/product/${l.slug}`)}
                />
              </View>
            ))}
          </ScrollView>
        </View>
      ) : null}
    </Screen>
  );
}

const styles = StyleSheet.create({
  block: { gap: 8 },
  shelf: { gap: 12 },
  shelfItem: { width: 160 },
});

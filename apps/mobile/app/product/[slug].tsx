import { Stack, useLocalSearchParams } from 'expo-router';
import { ProductScreen } from '../../src/screens/product-screen.tsx';
import { api } from '../../src/state/api.ts';

export default function Product() {
  const { slug } = useLocalSearchParams<{ slug: string }>();
  const title = api.useProductQuery(slug).data?.title;
  return (
    <>
      <Stack.Screen options={{ title: title ?? 'Product' }} />
      <ProductScreen slug={slug} />
    </>
  );
}

import { Stack, useLocalSearchParams } from 'expo-router';
import { ListingScreen } from '../../src/screens/listing-screen.tsx';
import { api } from '../../src/state/api.ts';

export default function Category() {
  const { slug } = useLocalSearchParams<{ slug: string }>();
  const name = api.useCategoriesQuery().data?.find((c) => c.slug === slug)?.name ?? 'Category';
  return (
    <>
      <Stack.Screen options={{ title: name }} />
      <ListingScreen title={name} category={slug} />
    </>
  );
}

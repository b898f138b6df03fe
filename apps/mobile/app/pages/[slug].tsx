import { useLocalSearchParams } from 'expo-router';
import { StorePageScreen } from '../../src/screens/store-page-screen.tsx';

export default function StorePage() {
  const { slug } = useLocalSearchParams<{ slug: string }>();
  return <StorePageScreen slug={String(slug)} />;
}

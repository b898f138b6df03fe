import { useLocalSearchParams } from 'expo-router';
import { ListingScreen } from '../../src/screens/listing-screen.tsx';

export default function Search() {
  const { q } = useLocalSearchParams<{ q?: string }>();
  return <ListingScreen title="Search" search initialQuery={typeof q === 'string' ? q : ''} />;
}

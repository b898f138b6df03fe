import { useLocalSearchParams } from 'expo-router';
import { ReturnRequestScreen } from '../../src/screens/return-request-screen.tsx';

export default function RequestReturn() {
  const { order } = useLocalSearchParams<{ order: string }>();
  return <ReturnRequestScreen orderId={order ?? ''} />;
}

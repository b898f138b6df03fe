import { useLocalSearchParams } from 'expo-router';
import { OrderScreen } from '../../src/screens/order-screen.tsx';

export default function Order() {
  const { id, placed } = useLocalSearchParams<{ id: string; placed?: string }>();
  return <OrderScreen id={id} placed={placed === '1'} />;
}

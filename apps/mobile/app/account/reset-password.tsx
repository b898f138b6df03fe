import { useLocalSearchParams } from 'expo-router';
import { ResetPasswordScreen } from '../../src/screens/account-password-screen.tsx';

export default function ResetPassword() {
  const { token } = useLocalSearchParams<{ token?: string }>();
  return <ResetPasswordScreen token={typeof token === 'string' ? token : ''} />;
}

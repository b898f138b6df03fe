import { ForgotPasswordScreen } from '../../src/screens/account-password-screen.tsx';

export default ForgotPasswordScreen;

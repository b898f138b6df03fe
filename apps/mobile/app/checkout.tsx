import { CheckoutScreen } from '../src/screens/checkout-screen.tsx';

export default CheckoutScreen;

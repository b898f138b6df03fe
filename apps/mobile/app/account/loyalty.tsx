import { LoyaltyScreen } from '../../src/screens/account-wallet-screens.tsx';

export default LoyaltyScreen;

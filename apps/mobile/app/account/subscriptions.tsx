import { SubscriptionsScreen } from '../../src/screens/account-after-sales-screens.tsx';

export default SubscriptionsScreen;

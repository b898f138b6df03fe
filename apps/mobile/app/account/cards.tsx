import { SavedCardsScreen } from '../../src/screens/account-wallet-screens.tsx';

export default SavedCardsScreen;

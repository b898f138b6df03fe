import { ReturnsScreen } from '../../src/screens/account-after-sales-screens.tsx';

export default ReturnsScreen;

import { AddressesScreen } from '../../src/screens/account-addresses-screen.tsx';

export default AddressesScreen;

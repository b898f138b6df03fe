import { HomeScreen } from '../../src/screens/home-screen.tsx';

export default HomeScreen;

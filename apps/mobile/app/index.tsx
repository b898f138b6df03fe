import { Text, View } from 'react-native';

export default function Home() {
  return (
    <View>
      <Text accessibilityRole="header">Ventory</Text>
    </View>
  );
}

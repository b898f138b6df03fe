import Constants from 'expo-constants';
import * as Notifications from 'expo-notifications';
import { useRouter } from 'expo-router';
import { useEffect } from 'react';
import { Platform } from 'react-native';
import { registerForOrderUpdates } from '../state/account-actions.ts';
import { useAppDispatch, useAppSelector } from '../state/hooks.ts';

/** Asks once for permission and returns this phone's Expo push token, or null (refused, simulator). */
async function expoPushToken(): Promise<string | null> {
  if (Platform.OS === 'android')
    await Notifications.setNotificationChannelAsync('default', {
      name: 'Order updates',
      importance: Notifications.AndroidImportance.HIGH,
    });
  const current = await Notifications.getPermissionsAsync();
  const granted = current.granted || (await Notifications.requestPermissionsAsync()).granted;
  if (!granted) return null;
  const projectId = Constants.expoConfig?.extra?.eas?.projectId ?? Constants.easConfig?.projectId;
  const { data } = await Notifications.getExpoPushTokenAsync(projectId ? { projectId } : undefined);
  return data;
}

/**
 * Order updates on the phone (native only: browsers get web push from the storefront): while a
 * shopper is signed in, the phone's Expo push token is registered with the store; tapping an
 * update opens its order. Renders nothing.
 */
export function OrderUpdates() {
  const dispatch = useAppDispatch();
  const router = useRouter();
  const signedIn = useAppSelector((s) => s.session.token !== null);
  const registered = useAppSelector((s) => s.session.pushToken ?? null);
  useEffect(() => {
    Notifications.setNotificationHandler({
      handleNotification: async () => ({
        shouldShowBanner: true,
        shouldShowList: true,
        shouldPlaySound: true,
        shouldSetBadge: false,
      }),
    });
  }, []);
  useEffect(() => {
    if (!signedIn) return;
    let cancelled = false;
    expoPushToken()
      .then((token) => {
        if (token && !cancelled && token !== registered) void dispatch(registerForOrderUpdates(token));
      })
      // Expo Go on Android has no push since SDK 53, and simulators none at all: the app works without.
      .catch((e: unknown) => console.info('order updates are off on this device:', e));
    return () => {
      cancelled = true;
    };
  }, [signedIn, registered, dispatch]);
  const response = Notifications.useLastNotificationResponse();
  useEffect(() => {
    const orderId = response?.notification.request.content.data?.orderId;
    if (typeof orderId === 'string') router.push(`/order/${orderId}`);
  }, [response, router]);
  return null;
}

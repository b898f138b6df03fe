import AsyncStorage from '@react-native-async-storage/async-storage';
import NetInfo from '@react-native-community/netinfo';
import { setupListeners } from '@reduxjs/toolkit/query';
import { tokensFromStore } from '@ventory/shop-core';
import { ThemeProvider } from '@ventory/ui';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { ActivityIndicator, AppState, Platform, StyleSheet, Text, View } from 'react-native';
import { Provider } from 'react-redux';
import { config } from './config.ts';
import { api } from './state/api.ts';
import { useAppSelector } from './state/hooks.ts';
import { persist, restore } from './state/persist.ts';
import { connectivityChanged } from './state/slices.ts';
import { type AppStore, makeStore } from './state/store.ts';

/** Connectivity from NetInfo (navigator.onLine on the web) drives the offline queue and refetches. */
function watchConnectivity(store: AppStore) {
  return setupListeners(store.dispatch, (dispatch, { onOnline, onOffline }) =>
    NetInfo.addEventListener((s) => {
      const online = s.isConnected !== false;
      if (online === store.getState().network.online) return;
      dispatch(connectivityChanged(online));
      dispatch(online ? onOnline() : onOffline());
    }),
  );
}

/** The store for this app, restored from the device before anything renders. */
export function AppProviders({ children }: { children: ReactNode }) {
  const store = useMemo(() => makeStore({ apiUrl: config.apiUrl, storeDomain: config.storeDomain }), []);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let saved: ReturnType<typeof persist> | undefined;
    void restore(store, AsyncStorage).finally(() => {
      saved = persist(store, AsyncStorage);
      setReady(true);
    });
    // Leaving the app (on the web: the page) saves at once, so that the last changes, such as the
    // cart an order has just emptied, are not lost with the save still waiting.
    const leaving = AppState.addEventListener('change', (next) => next !== 'active' && saved?.flush());
    const onPageHide = () => saved?.flush();
    if (Platform.OS === 'web') window.addEventListener('pagehide', onPageHide);
    const stopWatch = watchConnectivity(store);
    return () => {
      saved?.stop();
      leaving.remove();
      if (Platform.OS === 'web') window.removeEventListener('pagehide', onPageHide);
      stopWatch();
    };
  }, [store]);
  if (!ready)
    return (
      <View style={styles.center}>
        <ActivityIndicator accessibilityLabel="Loading the shop" />
      </View>
    );
  return (
    <Provider store={store}>
      <Themed>{children}</Themed>
    </Provider>
  );
}

/** Tokens from the store's settings and theme (cached, so an offline start keeps its colours). */
function Themed({ children }: { children: ReactNode }) {
  const { data } = api.useSettingsQuery();
  const tokens = useMemo(() => tokensFromStore(data ?? null), [data]);
  const online = useAppSelector((s) => s.network.online);
  return (
    <ThemeProvider tokens={tokens}>
      {online ? null : (
        <View accessibilityRole="alert" style={[styles.offline, { backgroundColor: tokens.colors.accent }]}>
          <Text style={{ color: tokens.colors.onAccent, fontWeight: '600' }}>
            You are offline. Showing what you saw before; items you add are sent when you are back.
          </Text>
        </View>
      )}
      {children}
    </ThemeProvider>
  );
}

const styles = StyleSheet.create({
  center: { flex: 1, alignItems: 'center', justifyContent: 'center' },
  offline: { paddingHorizontal: 16, paddingVertical: 8 },
});

'use client';
import { NavigationScreen } from '@/components/content-navigation';

/** The storefront's header and footer menus. */
export default function ContentNavigation() {
  return <NavigationScreen />;
}

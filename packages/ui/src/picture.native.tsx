import { Image } from 'expo-image';
import type { PictureProps } from './picture.tsx';

/**
 * On phones React Native's Image cannot draw SVG (the demo stores' pictures are SVG, and so are
 * many merchants' logos): expo-image draws it, and caches pictures on disk for offline browsing.
 */
export function Picture({ uri, alt, style, fit = 'cover', testID }: PictureProps) {
  return (
    <Image
      source={{ uri }}
      accessibilityLabel={alt}
      accessible
      style={style}
      contentFit={fit}
      cachePolicy="disk"
      transition={150}
      testID={testID}
    />
  );
}

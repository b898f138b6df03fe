import { Image, type ImageStyle, type StyleProp } from 'react-native';

export type PictureProps = {
  uri: string;
  /** What the picture shows, for screen readers. */
  alt: string;
  style?: StyleProp<ImageStyle>;
  fit?: 'cover' | 'contain';
  testID?: string;
};

/**
 * A product or store picture. On the web (the storefront, the app's web build) an `<img>` draws
 * every format the browser knows, SVG included; phones get `picture.native.tsx` instead.
 */
export function Picture({ uri, alt, style, fit = 'cover', testID }: PictureProps) {
  return <Image source={{ uri }} accessibilityLabel={alt} style={style} resizeMode={fit} testID={testID} />;
}

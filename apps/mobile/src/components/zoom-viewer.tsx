import { Button, Picture, useTokens } from '@ventory/ui';
import { useMemo, useRef, useState } from 'react';
import {
  Animated,
  Modal,
  type NativeTouchEvent,
  PanResponder,
  Platform,
  StyleSheet,
  Text,
  useWindowDimensions,
  View,
} from 'react-native';

const MIN_ZOOM = 1;
const MAX_ZOOM = 4;
const DOUBLE_TAP_MS = 300;

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
const spread = (t: NativeTouchEvent[]) =>
  t.length < 2
    ? 0
    : Math.hypot((t[0]?.pageX ?? 0) - (t[1]?.pageX ?? 0), (t[0]?.pageY ?? 0) - (t[1]?.pageY ?? 0));

/** How far a picture zoomed by `scale` may move before its edge comes into view. */
const limit = (scale: number, size: number) => ((scale - 1) * size) / 2;

/**
 * The zoom gesture without a gesture library: two fingers scale (pinch), one finger moves a zoomed
 * picture, a double tap toggles 2.5×. Animated values follow the fingers without re-rendering; the
 * percentage shown (and announced) is updated when the fingers lift.
 */
function useZoomGesture(size: number) {
  const scale = useRef(new Animated.Value(1)).current;
  const pan = useRef(new Animated.ValueXY()).current;
  const now = useRef({ scale: 1, x: 0, y: 0 });
  const start = useRef({ scale: 1, x: 0, y: 0, spread: 0 });
  const lastTap = useRef(0);
  const [percent, setPercent] = useState(100);

  const apply = (next: { scale: number; x: number; y: number }) => {
    const s = clamp(next.scale, MIN_ZOOM, MAX_ZOOM);
    const m = limit(s, size);
    now.current = { scale: s, x: clamp(next.x, -m, m), y: clamp(next.y, -m, m) };
    scale.setValue(s);
    pan.setValue({ x: now.current.x, y: now.current.y });
  };
  const settle = (next: { scale: number; x: number; y: number }) => {
    apply(next);
    setPercent(Math.round(now.current.scale * 100));
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the handlers read refs; one responder per size
  const responder = useMemo(
    () =>
      PanResponder.create({
        onStartShouldSetPanResponder: () => true,
        onMoveShouldSetPanResponder: () => true,
        onPanResponderGrant: (e) => {
          start.current = { ...now.current, spread: spread(e.nativeEvent.touches) };
        },
        onPanResponderMove: (e, g) => {
          const d = spread(e.nativeEvent.touches);
          if (d > 0) {
            // The second finger may land after the first: the pinch starts from that moment.
            if (start.current.spread === 0) start.current = { ...now.current, spread: d };
            apply({ ...now.current, scale: (start.current.scale * d) / start.current.spread });
          } else if (now.current.scale > 1)
            apply({ ...now.current, x: start.current.x + g.dx, y: start.current.y + g.dy });
        },
        onPanResponderRelease: (_e, g) => {
          const tapped = Math.abs(g.dx) < 6 && Math.abs(g.dy) < 6 && start.current.spread === 0;
          if (tapped && Date.now() - lastTap.current < DOUBLE_TAP_MS) {
            lastTap.current = 0;
            return settle({ scale: now.current.scale > 1 ? 1 : 2.5, x: 0, y: 0 });
          }
          if (tapped) lastTap.current = Date.now();
          settle(now.current);
        },
      }),
    [size],
  );
  return {
    percent,
    handlers: responder.panHandlers,
    style: { transform: [{ translateX: pan.x }, { translateY: pan.y }, { scale }] },
    zoomBy: (factor: number) => settle({ ...now.current, scale: now.current.scale * factor }),
  };
}

/** A picture full screen, to pinch, move and double-tap; buttons do the same for one-handed use. */
export function ZoomViewer({ image, onClose }: { image: { url: string; alt: string }; onClose: () => void }) {
  const t = useTokens();
  const { width, height } = useWindowDimensions();
  const size = Math.min(width, height - 160);
  const zoom = useZoomGesture(size);
  return (
    <Modal visible animationType="none" onRequestClose={onClose} transparent={false}>
      <View style={[styles.root, { backgroundColor: t.colors.background }]} testID="zoom-viewer">
        <View style={[styles.frame, { width: size, height: size }]} {...zoom.handlers}>
          <Animated.View style={[{ width: size, height: size }, zoom.style]} testID="zoomed-image">
            <Picture
              uri={image.url}
              alt={`${image.alt}, zoomed to ${zoom.percent} %`}
              style={{ width: size, height: size }}
              fit="contain"
            />
          </Animated.View>
        </View>
        <Text style={{ color: t.colors.muted }} accessibilityLiveRegion="polite" testID="zoom-level">
          {zoom.percent} % · pinch or double-tap to zoom
        </Text>
        <View style={styles.buttons}>
          <Button label="Zoom out" variant="secondary" onPress={() => zoom.zoomBy(1 / 1.5)} />
          <Button label="Zoom in" variant="secondary" onPress={() => zoom.zoomBy(1.5)} />
          <Button label="Close" onPress={onClose} />
        </View>
      </View>
    </Modal>
  );
}

const styles = StyleSheet.create({
  root: { flex: 1, alignItems: 'center', justifyContent: 'center', gap: 16, padding: 16 },
  // On the web the browser would zoom the whole page under two fingers: the picture handles them.
  frame: { overflow: 'hidden', ...(Platform.OS === 'web' ? ({ touchAction: 'none' } as object) : {}) },
  buttons: { flexDirection: 'row', gap: 12 },
});

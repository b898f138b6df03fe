'use client';
// Camera scanning where the browser has BarcodeDetector (Chrome on Android); hidden elsewhere.
import { useEffect, useRef, useState } from 'react';

type Detector = { detect: (source: HTMLVideoElement) => Promise<Array<{ rawValue: string }>> };
type DetectorCtor = new (options: { formats: string[] }) => Detector;

export function CameraScan({ onCode }: { onCode: (code: string) => void }) {
  const [supported, setSupported] = useState(false);
  const [on, setOn] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => setSupported('BarcodeDetector' in window && !!navigator.mediaDevices), []);
  useEffect(() => {
    if (!on) return;
    const Ctor = (window as unknown as { BarcodeDetector: DetectorCtor }).BarcodeDetector;
    const detector = new Ctor({ formats: ['code_128', 'ean_13', 'upc_a', 'qr_code'] });
    let stream: MediaStream | null = null;
    let last = '';
    let timer = 0;
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then((s) => {
        stream = s;
        if (!video.current) return;
        video.current.srcObject = s;
        video.current.play();
        timer = window.setInterval(async () => {
          if (!video.current) return;
          const [code] = await detector.detect(video.current).catch(() => []);
          if (code && code.rawValue !== last) {
            last = code.rawValue;
            onCode(code.rawValue);
            setTimeout(() => {
              last = '';
            }, 1500);
          }
        }, 250);
      })
      .catch(() => setOn(false));
    return () => {
      clearInterval(timer);
      for (const t of stream?.getTracks() ?? []) t.stop();
    };
  }, [on, onCode]);
  if (!supported) return null;
  return (
    <div className="field">
      <button type="button" onClick={() => setOn((v) => !v)} aria-pressed={on}>
        {on ? 'Stop camera' : 'Scan with camera'}
      </button>
      {on ? <video ref={video} muted playsInline aria-label="Camera view" style={{ width: '100%' }} /> : null}
    </div>
  );
}

'use client';
import Image from 'next/image';
import { useState } from 'react';
import type { Image as Img } from '@/lib/api/catalog';
import { isSvg } from '@/lib/images';

/** Main image with thumbnails; the first image loads eagerly (LCP), the rest lazily. */
export function Gallery({ images, title }: { images: Img[]; title: string }) {
  const [active, setActive] = useState(0);
  const current = images[active] ?? images[0];
  if (!current) {
    return (
      <div className="gallery">
        <div className="gallery-main placeholder" aria-hidden="true">
          <span>{title.slice(0, 1)}</span>
        </div>
      </div>
    );
  }
  return (
    <div className="gallery">
      <div className="gallery-main">
        <Image
          src={current.url}
          alt={current.alt}
          fill
          sizes="(max-width: 800px) 100vw, 50vw"
          priority
          unoptimized={isSvg(current.url)}
        />
      </div>
      {images.length > 1 ? (
        <ul className="thumbs">
          {images.map((img, i) => (
            <li key={img.url}>
              <button
                type="button"
                onClick={() => setActive(i)}
                aria-pressed={i === active}
                aria-label={`Show image ${i + 1} of ${images.length}`}
              >
                <Image src={img.url} alt="" width={72} height={72} unoptimized={isSvg(img.url)} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * next/link without viewport prefetching: a shop page shows dozens of links, and prefetching all
 * of them costs mobile CPU and data right when the page becomes interactive; pages load on click.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}

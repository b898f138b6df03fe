'use client';
import { ContentList } from '@/components/content-list';

/** The store's blog posts, newest first. */
export default function ContentPosts() {
  return <ContentList kind="posts" />;
}

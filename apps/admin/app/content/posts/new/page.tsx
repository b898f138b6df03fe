'use client';
import { ContentScreen } from '@/components/content-screen';

export default function NewPost() {
  return <ContentScreen kind="posts" id={null} />;
}

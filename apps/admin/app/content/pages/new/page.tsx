'use client';
import { ContentScreen } from '@/components/content-screen';

export default function NewPage() {
  return <ContentScreen kind="pages" id={null} />;
}

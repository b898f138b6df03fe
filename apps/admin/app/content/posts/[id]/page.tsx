'use client';
import { useParams } from 'next/navigation';
import { ContentScreen } from '@/components/content-screen';

export default function EditPost() {
  const { id } = useParams<{ id: string }>();
  return <ContentScreen kind="posts" id={id} />;
}

'use client';
import { useParams } from 'next/navigation';
import { ContentScreen } from '@/components/content-screen';

export default function EditPage() {
  const { id } = useParams<{ id: string }>();
  return <ContentScreen kind="pages" id={id} />;
}

import { firstOf } from '@/lib/forms';

/**
 * A message carried in the URL after a form round-trip (a repeated parameter shows its first
 * value); React escapes it like any text.
 */
export function Notice({ error, info }: { error?: string | string[]; info?: string }) {
  const message = firstOf(error);
  if (message)
    return (
      <p role="alert" className="error">
        {message.slice(0, 300)}
      </p>
    );
  if (info)
    return (
      <p role="status" className="info">
        {info}
      </p>
    );
  return null;
}

/** A message carried in the URL after a form round-trip; React escapes it like any text. */
export function Notice({ error, info }: { error?: string; info?: string }) {
  if (error)
    return (
      <p role="alert" className="error">
        {error.slice(0, 300)}
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

/**
 * Order number + email, sent as a plain GET to /track (works without script), which forwards to
 * the order's tracking page.
 */
export function TrackForm({ orderNumber = '', email = '' }: { orderNumber?: string; email?: string }) {
  return (
    <form action="/track" method="get" className="stack track-form">
      <label>
        Order number
        <input
          name="orderNumber"
          required
          autoComplete="off"
          inputMode="numeric"
          maxLength={40}
          defaultValue={orderNumber}
          aria-describedby="track-number-hint"
        />
      </label>
      <p id="track-number-hint" className="muted hint">
        It is in your confirmation email, e.g. 1001.
      </p>
      <label>
        Email used for the order
        <input type="email" name="email" required autoComplete="email" maxLength={254} defaultValue={email} />
      </label>
      <button type="submit" className="button button-wide">
        Track order
      </button>
    </form>
  );
}

/** Said above a page rendered with the admin's preview token: shoppers do not see it yet. */
export function DraftNote({ noun }: { noun: string }) {
  return (
    <p className="preview-banner draft-note" role="note">
      Preview of an unpublished {noun}. Shoppers get “not found” until it is published.
    </p>
  );
}

/**
 * Whether the checkout form is about to pay with a new card of `methodId`: that method is the one
 * chosen (a radio, or the only method as a hidden field) and no saved card is picked instead. The
 * card fields of each gateway ask for their token only then.
 */
export function paysWithNewCard(form: HTMLFormElement, methodId: string): boolean {
  const chosen =
    form.querySelector<HTMLInputElement>('input[name="paymentMethodId"]:checked') ??
    form.querySelector<HTMLInputElement>('input[type="hidden"][name="paymentMethodId"]');
  const newCard = form.querySelector<HTMLInputElement>('input[name="card"][value="new"]');
  return chosen?.value === methodId && (!newCard || newCard.checked);
}

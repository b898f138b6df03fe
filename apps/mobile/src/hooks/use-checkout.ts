import type { PaymentInput } from '@ventory/sdk';
import {
  type AddressErrors,
  type CardFields,
  cleanAddress,
  type GiftCardBalance,
  preferredMethod,
  shopperMessage,
  splitPayment,
  testCardToken,
  validateAddress,
} from '@ventory/shop-core';
import type { AddressDraft } from '@ventory/ui';
import { useEffect, useRef, useState } from 'react';
import { accountApi, type SavedAddress } from '../state/account-api.ts';
import { type ApiFailure, api } from '../state/api.ts';
import { useAppDispatch, useAppSelector } from '../state/hooks.ts';
import { orderPlaced } from '../state/slices.ts';
import { draftOf } from './use-addresses.ts';

/** A random v4 UUID for the idempotency key (one per payment attempt, kept across retries). */
const uuid = () =>
  'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const r = (Math.random() * 16) | 0;
    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
  });

export type Step = 'address' | 'shipping' | 'payment';

type PublicMethod = { id: string; provider: string; publishableKey?: string };
const walletMethodOf = (methods: PublicMethod[]) => {
  const stripe = methods.find((m) => m.provider === 'stripe' && m.publishableKey);
  return stripe?.publishableKey ? { id: stripe.id, publishableKey: stripe.publishableKey } : undefined;
};

/**
 * Where the address form starts, once the cart (`undefined` until it loads) and a signed-in
 * shopper's address book have loaded: the cart's own address, else the default saved one. Any
 * saved address fills the form on a tap; the shopper can still edit it before it is sent.
 */
function useAddressBook(fill: (a: AddressDraft) => void, cartAddress: AddressDraft | null | undefined) {
  const signedIn = useAppSelector((s) => Boolean(s.session.token));
  const list = accountApi.useAddressesQuery(undefined, { skip: !signedIn });
  const started = useRef(false);
  const addresses = list.data ?? [];
  const preferred = addresses.find((a) => a.isDefault) ?? addresses[0];
  const bookLoading = signedIn && list.isLoading;
  useEffect(() => {
    if (started.current || cartAddress === undefined || (!cartAddress && bookLoading)) return;
    started.current = true;
    if (cartAddress) fill(cartAddress);
    else if (preferred) fill(draftOf(preferred));
  }, [cartAddress, bookLoading, preferred, fill]);
  return { addresses, fillWith: (a: SavedAddress) => fill(draftOf(a)) };
}

/** A signed-in shopper's saved cards: the first is picked unless the shopper chooses 'new'. */
function useSavedCards(atPayment: boolean) {
  const signedIn = useAppSelector((s) => Boolean(s.session.token));
  const list = accountApi.useSavedCardsQuery(undefined, { skip: !signedIn || !atPayment });
  const cards = list.data ?? [];
  const [picked, setChoice] = useState<string | null>(null);
  const [saveCard, setSaveCard] = useState(false);
  const choice = picked ?? cards[0]?.id ?? 'new';
  return {
    cards,
    choice,
    setChoice,
    chosenCard: cards.find((c) => c.id === choice),
    saveCard: signedIn && saveCard,
    setSaveCard: signedIn ? setSaveCard : undefined,
  };
}

/** Checkout in three steps on the cart itself (address, shipping, payment), as the web does. */
export function useCheckout() {
  const dispatch = useAppDispatch();
  const cartId = useAppSelector((s) => s.cart.cartId) ?? '';
  const shopper = useAppSelector((s) => s.session.shopper);
  const cart = api.useCartQuery(cartId, { skip: !cartId });
  const currency = api.useSettingsQuery().data?.currency ?? 'USD';
  const [step, setStep] = useState<Step>('address');
  const [email, setEmail] = useState(cart.data?.email ?? shopper?.email ?? '');
  const [address, setAddress] = useState<AddressDraft>({});
  const [errors, setErrors] = useState<AddressErrors>({});
  const [card, setCard] = useState<CardFields>({ number: '', expiry: '', cvc: '' });
  const [cardErrors, setCardErrors] = useState<Partial<Record<keyof CardFields, string>>>({});
  const [giftCode, setGiftCode] = useState('');
  const [gift, setGift] = useState<{ code: string; balance: GiftCardBalance } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const key = useRef(uuid());
  const book = useAddressBook(
    setAddress,
    cart.data ? ((cart.data.shippingAddress as AddressDraft | null) ?? null) : undefined,
  );
  const cards = useSavedCards(step === 'payment');
  const [updateCart, updating] = api.useUpdateCartMutation();
  const shipping = api.useShippingOptionsQuery(cartId, { skip: !cartId || step === 'address' });
  const methods = api.usePaymentMethodsQuery(undefined, { skip: step !== 'payment' });
  const [checkGift, giftState] = api.useLazyGiftCardBalanceQuery();
  const [placeOrder, placing] = api.useCheckoutMutation();
  const total = cart.data?.totalAmount ?? '0';
  const split = splitPayment(total, gift?.balance ?? null, currency);
  const fail = (e: unknown) => {
    setFailure(e);
    return null;
  };

  return {
    cart: cart.data,
    cartLoading: cart.isLoading,
    currency,
    step,
    setStep,
    email,
    setEmail,
    address,
    setAddress,
    errors,
    savedAddresses: book.addresses,
    shipToSaved: book.fillWith,
    savedCards: cards.cards,
    cardChoice: cards.choice,
    setCardChoice: cards.setChoice,
    saveCard: cards.saveCard,
    setSaveCard: cards.setSaveCard,
    card,
    setCard,
    cardErrors,
    giftCode,
    setGiftCode,
    gift,
    giftChecking: giftState.isFetching,
    split,
    shipping,
    busy: updating.isLoading || placing.isLoading,
    /** What went wrong last, as the shopper reads it (a wallet's own words, or the API's problem). */
    failure: failure === null ? '' : typeof failure === 'string' ? failure : shopperMessage(failure),
    setProblem: (message: string) => setFailure(message),
    /** Address step: validated here first, then saved on the cart so totals include tax. */
    saveAddress: async () => {
      const found = validateAddress(address, email);
      setErrors(found);
      setFailure(null);
      if (Object.keys(found).length > 0) return;
      const res = await updateCart({
        cartId,
        update: { email: email.trim(), shippingAddress: cleanAddress(address) },
      });
      if ('error' in res) return fail(res.error);
      setStep('shipping');
    },
    chooseShipping: async (shippingMethodId: string) => {
      setFailure(null);
      const res = await updateCart({ cartId, update: { shippingMethodId } });
      if ('error' in res) return fail(res.error);
    },
    applyGift: async () => {
      setFailure(null);
      const code = giftCode.trim().toUpperCase();
      const res = await checkGift(code);
      if (res.error) return fail(res.error);
      if (res.data) setGift({ code, balance: res.data });
    },
    removeGift: () => setGift(null),
    /** The store's Stripe method, through which a phone's wallet pays (Apple Pay, Google Pay). */
    walletMethod: walletMethodOf(methods.data ?? []),
    /**
     * Gift card first, then for the rest a wallet's payment method, a saved card or the typed test
     * card; the same idempotency key on every retry.
     */
    pay: async (wallet?: { paymentMethodId: string; token: string }) => {
      setFailure(null);
      const data = cart.data;
      if (!data?.shippingAddress || !data.email) return setStep('address');
      const payments: PaymentInput[] = [];
      if (gift && split.giftAmount) payments.push({ giftCardCode: gift.code, amount: split.giftAmount });
      const savedCard = cards.chosenCard;
      if (split.cardAmount && wallet) payments.push({ ...wallet, amount: split.cardAmount });
      else if (split.cardAmount && savedCard)
        payments.push({ savedPaymentMethodId: savedCard.id, amount: split.cardAmount });
      else if (split.cardAmount) {
        const checked = testCardToken(card);
        if ('errors' in checked) return setCardErrors(checked.errors);
        setCardErrors({});
        const method = preferredMethod(methods.data ?? []);
        payments.push({ paymentMethodId: method?.id, token: checked.token, amount: split.cardAmount });
      }
      const res = await placeOrder({
        idempotencyKey: key.current,
        input: {
          cartId,
          email: data.email,
          shippingAddress: data.shippingAddress,
          ...(data.shippingMethodId ? { shippingMethodId: data.shippingMethodId } : {}),
          payments,
          // The API keeps only a new card, and only for a signed-in shopper.
          ...(cards.saveCard && !savedCard && !wallet && split.cardAmount ? { savePaymentMethod: true } : {}),
        },
      });
      if ('error' in res) {
        // A refused card can be retried with another one: that is a new payment attempt.
        if ((res.error as ApiFailure).status === 402) key.current = uuid();
        return fail(res.error);
      }
      const order = res.data;
      dispatch(
        orderPlaced({
          id: order.id,
          orderNumber: order.orderNumber,
          totalAmount: order.totalAmount,
          email: order.customerEmail ?? data.email,
        }),
      );
      return order;
    },
  };
}

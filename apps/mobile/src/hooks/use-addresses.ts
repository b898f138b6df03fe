import { type AddressErrors, cleanAddress, shopperMessage, validateAddress } from '@ventory/shop-core';
import type { AddressDraft } from '@ventory/ui';
import { useState } from 'react';
import { accountApi, type SavedAddress } from '../state/account-api.ts';
import { useAppSelector } from '../state/hooks.ts';

/** What the form starts from: a saved address (its nulls as empty fields) or a new one. */
export function draftOf(address?: SavedAddress): AddressDraft {
  if (!address) return { country: 'US' };
  const { id: _id, isDefault: _default, ...fields } = address;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v ?? ''])) as AddressDraft;
}

/** The address book: the list, one form (new or editing), delete and make default. */
export function useAddresses() {
  const signedIn = useAppSelector((s) => Boolean(s.session.token));
  const list = accountApi.useAddressesQuery(undefined, { skip: !signedIn });
  const [add, adding] = accountApi.useAddAddressMutation();
  const [update, updating] = accountApi.useUpdateAddressMutation();
  const [remove] = accountApi.useDeleteAddressMutation();
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState<AddressDraft>({});
  const [errors, setErrors] = useState<AddressErrors>({});
  const [problem, setProblem] = useState('');

  const open = (address?: SavedAddress) => {
    setDraft(draftOf(address));
    setErrors({});
    setProblem('');
    setEditing(address?.id ?? 'new');
  };
  const outcome = (res: { error?: unknown }) => {
    if (res.error) {
      setProblem(shopperMessage(res.error));
      return false;
    }
    setProblem('');
    return true;
  };
  const save = async () => {
    const found = validateAddress(draft);
    setErrors(found);
    if (Object.keys(found).length > 0 || !editing) return;
    const address = cleanAddress(draft);
    const res = editing === 'new' ? await add(address) : await update({ id: editing, input: address });
    if (outcome(res)) setEditing(null);
  };
  return {
    signedIn,
    list,
    editing,
    draft,
    setDraft,
    errors,
    problem,
    busy: adding.isLoading || updating.isLoading,
    open,
    close: () => setEditing(null),
    save,
    remove: async (id: string) => outcome(await remove(id)),
    makeDefault: async (id: string) => outcome(await update({ id, input: { isDefault: true } })),
  };
}

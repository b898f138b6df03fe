'use client';
// A store's email templates (the API's notification templates through the SDK): the list, one
// template's saved text, a preview of unsaved edits (debounced while the merchant types), save,
// reset to the built-in text, a test send, and the log of sent emails.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EmailTemplateInput, EmailTemplateName } from '@ventory/sdk';
import { useDebounced } from './debounce';
import { useSession } from './session';

export type { EmailTemplate, EmailTemplateName } from '@ventory/sdk';

/** What each template is for, in the merchant's words (the API names them by key). */
export const TEMPLATE_LABELS: Record<EmailTemplateName, string> = {
  order_confirmation: 'Order confirmation',
  shipment: 'Order shipped',
  delivery: 'Order delivered',
  refund: 'Refund issued',
  order_canceled: 'Order canceled',
  return_update: 'Return update',
  abandoned_cart: 'Abandoned cart reminder',
  low_stock: 'Low stock alert (to staff)',
  gift_card: 'Gift card delivery',
  password_reset: 'Password reset',
  email_verification: 'Email confirmation',
};

export const isTemplateName = (v: string | null): v is EmailTemplateName =>
  v !== null && Object.hasOwn(TEMPLATE_LABELS, v);

export function useEmailTemplates(storeId: string) {
  const { client } = useSession();
  return useQuery({ queryKey: ['email-templates', storeId], queryFn: () => client.emails.list(storeId) });
}

/** The template rendered with sample data, from the text in the editor (saved or not). */
export function useEmailPreview(storeId: string, name: EmailTemplateName, draft: EmailTemplateInput) {
  const { client } = useSession();
  // A preview request per pause in typing, not per key.
  const settled = useDebounced(draft, 400);
  return useQuery({
    queryKey: ['email-preview', storeId, name, settled.subject, settled.body],
    queryFn: () => client.emails.preview(storeId, name, { draft: settled }),
    enabled: settled.subject.trim() !== '' && settled.body !== '',
    placeholderData: (previous) => previous,
    retry: false,
  });
}

export function useEmailTemplateActions(storeId: string, name: EmailTemplateName) {
  const { client } = useSession();
  const queries = useQueryClient();
  const refresh = () => queries.invalidateQueries({ queryKey: ['email-templates', storeId] });
  const save = useMutation({
    mutationFn: (input: EmailTemplateInput) => client.emails.save(storeId, name, input),
    onSuccess: refresh,
  });
  // Answers the built-in template, for the editor to show again.
  const reset = useMutation({
    mutationFn: async () => {
      await client.emails.reset(storeId, name);
      return client.emails.get(storeId, name);
    },
    onSuccess: refresh,
  });
  const sendTest = useMutation({
    mutationFn: (to: string) => client.emails.sendTest(storeId, name, to),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['email-log', storeId] }),
  });
  return { save, reset, sendTest };
}

/** The store's latest emails, newest first, refreshed while a test email is on its way. */
export function useEmailLog(storeId: string) {
  const { client } = useSession();
  return useQuery({
    queryKey: ['email-log', storeId],
    queryFn: () => client.emails.log(storeId, '?limit=10'),
    refetchInterval: (q) =>
      q.state.data?.data.some((e) => e.status === 'PENDING' || e.status === 'SENDING') ? 2000 : false,
  });
}

/** The `{{placeholders}}` a template's text uses, in order of first use. */
export const placeholdersIn = (text: string): string[] => [
  ...new Set([...text.matchAll(/\{\{\{?\s*([\w.]+)\s*\}?\}\}/g)].map((m) => m[1] as string)),
];

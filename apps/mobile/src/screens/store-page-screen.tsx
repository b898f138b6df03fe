import { Button, useTokens } from '@ventory/ui';
import { useRouter } from 'expo-router';
import { Text, View } from 'react-native';
import { Heading, Muted, Screen, StateView } from '../components/layout.tsx';
import { pageBlocks } from '../components/page-text.ts';
import { accountApi } from '../state/account-api.ts';

/** One of the store's CMS pages (about, shipping, returns policy…), drawn as native text. */
export function StorePageScreen({ slug }: { slug: string }) {
  const t = useTokens();
  const router = useRouter();
  const page = accountApi.useStorePageQuery(slug);
  const data = page.data;
  if (!data) return <StateView loading={page.isLoading} error={page.error} onRetry={page.refetch} />;
  if ('redirectTo' in data) {
    const next = data.redirectTo.replace(/^\/pages\//, '');
    return (
      <Screen>
        <Muted>This page has moved.</Muted>
        <Button label="Open it" onPress={() => router.replace(`/pages/${next}`)} />
      </Screen>
    );
  }
  return (
    <Screen testID="store-page">
      <Heading>{data.title}</Heading>
      {pageBlocks(data.contentHtml).map((b) =>
        b.kind === 'heading' ? (
          <Heading key={b.at} level={2}>
            {b.text}
          </Heading>
        ) : (
          <View key={b.at}>
            <Text style={{ color: t.colors.text, fontSize: t.font.body, lineHeight: t.font.body * 1.5 }}>
              {b.kind === 'item' ? `• ${b.text}` : b.text}
            </Text>
          </View>
        ),
      )}
    </Screen>
  );
}

/** The store's pages, as a list of links (from the account tab). */
export function StorePagesList() {
  const router = useRouter();
  const pages = accountApi.useStorePagesQuery();
  if (!pages.data) return <StateView loading={pages.isLoading} error={pages.error} />;
  return (
    <View>
      {pages.data.data.map((p) => (
        <Button key={p.slug} variant="link" label={p.title} onPress={() => router.push(`/pages/${p.slug}`)} />
      ))}
    </View>
  );
}

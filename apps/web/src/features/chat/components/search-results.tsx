import { Anchor, Card, Loader, Stack, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { errorMessage } from '../../../lib/api-client';
import { useMessageSearch } from '../api/search-messages';
import { plainText } from '../model/markdown';

/** The API marks matches with « »: they become <mark>, everything else stays text (React escapes it). */
export function Snippet({ text }: { text: string }) {
  const parts = plainText(text).split(/(«[^«»]*»)/g);
  return (
    <Text size="sm" className="chat-snippet">
      {parts.map((part, i) => (part.startsWith('«') && part.endsWith('»') ? <mark key={i}>{part.slice(1, -1)}</mark> : <span key={i}>{part}</span>))}
    </Text>
  );
}

export function SearchResults({ q }: { q: string }) {
  const intl = useIntl();
  const search = useMessageSearch(q);
  if (q.trim().length < 2) return null;
  if (search.isPending) return <Loader size="sm" aria-label={intl.formatMessage({ id: 'chat.search.searching' })} />;
  if (search.isError) return <Text c="red.8">{errorMessage(search.error)}</Text>;
  const items = search.data.items;
  return (
    <Stack gap="xs" aria-live="polite">
      <Text size="sm" c="dimmed">
        {items.length === 0 ? intl.formatMessage({ id: 'chat.search.none' }) : intl.formatMessage({ id: 'chat.search.found' }, { count: items.length })}
      </Text>
      {items.map((hit) => (
        <Card key={hit.message.id} withBorder padding="sm" component="article" aria-label={hit.conversationTitle}>
          <Anchor component={Link} to={`/conversations/${hit.message.conversationId}`} fw={600} size="sm">
            {hit.conversationTitle}
          </Anchor>
          <Text size="xs" c="dimmed">
            {hit.message.author?.name ?? intl.formatMessage({ id: 'chat.message.formerMember' })} · {intl.formatDate(hit.message.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
          </Text>
          <Snippet text={hit.snippet} />
        </Card>
      ))}
    </Stack>
  );
}

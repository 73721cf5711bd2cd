import { ActionIcon, Group, Paper, Text, Textarea, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { MESSAGE_MAX_LENGTH, MessageBodyText } from '@peerhub/contracts';
import { IconSend } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useIntl } from 'react-intl';
import { usePeople } from '../../people';
import { localText } from '../../../i18n/outside-texts';

/** The counter shows from here on (and turns red past the limit). */
const COUNTER_FROM = MESSAGE_MAX_LENGTH - 1_000;
/** Typing events: at most one "typing" every few seconds, and "stopped" after a pause. */
const TYPING_EVERY_MS = 3_000;
const TYPING_IDLE_MS = 4_000;

interface MentionQuery {
  /** Index of the '@' in the text. */
  start: number;
  query: string;
}

/** An '@' at the start or after a space, followed by at most two words, right before the caret. */
function mentionAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([^\s@[\]()]{0,30}(?: [^\s@[\]()]{0,30})?)$/.exec(before);
  if (!match) return null;
  return { start: before.length - match[2]!.length - 1, query: match[2]! };
}

function MentionOptions({ query, listId, active, onActive, onPick, onCount }: { query: string; listId: string; active: number; onActive: (i: number) => void; onPick: (p: { id: string; name: string }) => void; onCount: (people: Array<{ id: string; name: string }>) => void }) {
  const intl = useIntl();
  const [debounced] = useDebouncedValue(query.trim(), 150);
  const people = usePeople({ q: debounced || undefined, pageSize: 6 });
  const items = people.data?.items ?? [];
  useEffect(() => {
    onCount(items.map((p) => ({ id: p.id, name: p.name })));
    // The list changes only with the answer.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [people.data]);
  if (items.length === 0) return null;
  return (
    <Paper component="ul" className="chat-mentions" shadow="md" withBorder id={listId} role="listbox" aria-label={intl.formatMessage({ id: 'chat.composer.mentionList' })}>
      {items.map((p, i) => (
        <li
          key={p.id}
          id={`${listId}-${i}`}
          role="option"
          aria-selected={i === active}
          onMouseEnter={() => onActive(i)}
          onMouseDown={(e) => {
            // Keep the focus in the textarea.
            e.preventDefault();
            onPick({ id: p.id, name: p.name });
          }}
        >
          <Text size="sm" fw={600} span>
            {p.name}
          </Text>
          {p.organisationName && (
            <Text size="xs" c="dimmed" span>
              {' '}
              · {p.organisationName}
            </Text>
          )}
        </li>
      ))}
    </Paper>
  );
}

/**
 * Writing a message: Enter sends, Shift+Enter adds a line; '@' offers people from the directory and
 * inserts `@[Name](person-id)`; a counter appears near the limit.
 */
export function Composer({
  label,
  placeholder,
  onSend,
  onTyping,
  disabledReason,
  autoFocus,
}: {
  label: string;
  placeholder?: string;
  onSend: (body: string) => void;
  onTyping?: (typing: boolean) => void;
  /** Why this person cannot write here (archived group…); the composer is then read-only. */
  disabledReason?: string | null;
  autoFocus?: boolean;
}) {
  const intl = useIntl();
  const [value, setValue] = useState('');
  const [mention, setMention] = useState<MentionQuery | null>(null);
  const [options, setOptions] = useState<Array<{ id: string; name: string }>>([]);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const hintId = useId();
  const counterId = useId();
  const typingSince = useRef(0);
  const idleTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onTypingRef = useRef(onTyping);
  useEffect(() => {
    onTypingRef.current = onTyping;
  }, [onTyping]);

  const stopTyping = () => {
    if (idleTimer.current) clearTimeout(idleTimer.current);
    idleTimer.current = null;
    if (typingSince.current) onTypingRef.current?.(false);
    typingSince.current = 0;
  };
  useEffect(() => stopTyping, []);

  const noteTyping = (text: string) => {
    if (!onTypingRef.current) return;
    if (!text.trim()) {
      stopTyping();
      return;
    }
    const now = Date.now();
    if (now - typingSince.current > TYPING_EVERY_MS) {
      typingSince.current = now;
      onTypingRef.current(true);
    }
    if (idleTimer.current) clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(stopTyping, TYPING_IDLE_MS);
  };

  const mentionOpen = mention !== null && options.length > 0;
  const over = value.length > MESSAGE_MAX_LENGTH;
  const canSend = !disabledReason && value.trim().length > 0 && !over;

  const send = () => {
    const check = MessageBodyText.safeParse(value);
    if (!check.success) {
      setError(localText(check.error.issues[0]?.message ?? null) ?? intl.formatMessage({ id: 'chat.composer.cannotSend' }));
      return;
    }
    onSend(value);
    setValue('');
    setError(null);
    setMention(null);
    stopTyping();
  };

  const pick = (person: { id: string; name: string }) => {
    if (!mention) return;
    const caret = ref.current?.selectionStart ?? value.length;
    const token = `@[${person.name.replace(/[[\]]/g, '')}](${person.id}) `;
    const next = value.slice(0, mention.start) + token + value.slice(caret);
    setValue(next);
    setMention(null);
    const position = mention.start + token.length;
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(position, position);
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (mentionOpen) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        const person = options[active];
        if (person) pick(person);
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        setMention(null);
        return;
      }
    }
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      if (canSend) send();
    }
  };

  const updateMention = (text: string, caret: number) => {
    const next = mentionAt(text, caret);
    setMention(next);
    if (!next) setOptions([]);
    setActive(0);
  };

  return (
    <div className="chat-composer">
      {mention && (
        <MentionOptions
          query={mention.query}
          listId={listId}
          active={active}
          onActive={setActive}
          onPick={pick}
          onCount={(people) => {
            setOptions(people);
            setActive(0);
          }}
        />
      )}
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Textarea
          ref={ref}
          style={{ flex: 1 }}
          label={label}
          labelProps={{ className: 'visually-hidden' }}
          placeholder={disabledReason ?? placeholder}
          autosize
          minRows={1}
          maxRows={8}
          value={value}
          disabled={Boolean(disabledReason)}
          autoFocus={autoFocus}
          aria-describedby={`${hintId} ${counterId}`}
          // A textarea may not carry aria-expanded (it is no combobox); the suggestions are announced
          // through aria-activedescendant while the list is open.
          aria-autocomplete="list"
          aria-controls={mentionOpen ? listId : undefined}
          aria-activedescendant={mentionOpen ? `${listId}-${active}` : undefined}
          error={error}
          onChange={(e) => {
            const text = e.currentTarget.value;
            setValue(text);
            if (error) setError(null);
            updateMention(text, e.currentTarget.selectionStart);
            noteTyping(text);
          }}
          onSelect={(e) => updateMention(e.currentTarget.value, e.currentTarget.selectionStart)}
          onBlur={() => setMention(null)}
          onKeyDown={onKeyDown}
        />
        <Tooltip label={intl.formatMessage({ id: 'chat.composer.sendHint' })} openDelay={400}>
          <ActionIcon size={36} radius="md" aria-label={intl.formatMessage({ id: 'chat.composer.send' })} disabled={!canSend} onClick={send} mb={error ? 22 : 0}>
            <IconSend size={18} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Group justify="space-between" gap="xs" mt={4} wrap="nowrap">
        <Text size="xs" c="dimmed" id={hintId} visibleFrom="sm">
          {intl.formatMessage({ id: 'chat.composer.hint' })}
        </Text>
        <Text id={counterId} size="xs" c={over ? 'red.8' : 'dimmed'} fw={over ? 700 : 400} aria-live="polite" ml="auto" style={{ whiteSpace: 'nowrap' }}>
          {value.length >= COUNTER_FROM ? (over ? intl.formatMessage({ id: 'chat.composer.over' }, { count: value.length - MESSAGE_MAX_LENGTH }) : intl.formatMessage({ id: 'chat.composer.left' }, { count: MESSAGE_MAX_LENGTH - value.length })) : ''}
        </Text>
      </Group>
    </div>
  );
}

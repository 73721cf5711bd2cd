import { ActionIcon, Button, Group, Popover, Tooltip } from '@mantine/core';
import type { Reaction } from '@peerhub/contracts';
import { IconMoodPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';

export const QUICK_REACTIONS = ['👍', '🎉', '❤️', '👀', '🙏'] as const;

/** The reactions on a message (mine highlighted) and the quick picker. */
export function Reactions({ reactions, meId, onToggle, disabled }: { reactions: Reaction[]; meId: string; onToggle: (emoji: string, on: boolean) => void; disabled?: boolean }) {
  const intl = useIntl();
  if (reactions.length === 0) return null;
  return (
    <Group gap={4} mt={4} role="group" aria-label={intl.formatMessage({ id: 'chat.reactions.label' })}>
      {reactions.map((r) => {
        const mine = r.by.includes(meId);
        return (
          <Button
            key={r.emoji}
            size="compact-xs"
            radius="xl"
            variant={mine ? 'light' : 'default'}
            aria-pressed={mine}
            aria-label={intl.formatMessage({ id: mine ? 'chat.reactions.mine' : 'chat.reactions.others' }, { emoji: r.emoji, count: r.count })}
            disabled={disabled}
            onClick={() => onToggle(r.emoji, !mine)}
            styles={{ root: mine ? { borderColor: 'var(--mantine-color-peerhub-4)', border: '1px solid var(--mantine-color-peerhub-4)' } : undefined }}
          >
            {r.emoji} {r.count}
          </Button>
        );
      })}
    </Group>
  );
}

export function ReactionPicker({ reactions, meId, onToggle }: { reactions: Reaction[]; meId: string; onToggle: (emoji: string, on: boolean) => void }) {
  const intl = useIntl();
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} position="top-end" withArrow shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <Tooltip label={intl.formatMessage({ id: 'chat.reactions.add' })} openDelay={400}>
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={intl.formatMessage({ id: 'chat.reactions.add' })} aria-expanded={opened} onClick={() => setOpened((o) => !o)}>
            <IconMoodPlus size={16} stroke={1.6} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown p={4}>
        <Group gap={2} role="group" aria-label={intl.formatMessage({ id: 'chat.reactions.quick' })}>
          {QUICK_REACTIONS.map((emoji) => {
            const mine = reactions.find((r) => r.emoji === emoji)?.by.includes(meId) ?? false;
            return (
              <ActionIcon
                key={emoji}
                variant={mine ? 'light' : 'subtle'}
                size="lg"
                aria-label={intl.formatMessage({ id: 'chat.reactions.reactWith' }, { emoji })}
                aria-pressed={mine}
                onClick={() => {
                  onToggle(emoji, !mine);
                  setOpened(false);
                }}
              >
                <span style={{ fontSize: 18 }} aria-hidden>
                  {emoji}
                </span>
              </ActionIcon>
            );
          })}
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}

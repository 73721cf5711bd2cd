import { excerptOf, hearsInConversation } from './notification-rules';

describe('notification rules', () => {
  it('hears of a conversation at the person’s level', () => {
    expect(hearsInConversation('mention', null)).toBe(true);
    expect(hearsInConversation('reply', 'mentions')).toBe(true);
    expect(hearsInConversation('conversation-message', null)).toBe(false);
    expect(hearsInConversation('conversation-message', 'mentions')).toBe(false);
    expect(hearsInConversation('conversation-message', 'all')).toBe(true);
    expect(hearsInConversation('direct-message', null)).toBe(true);
    for (const kind of ['mention', 'reply', 'direct-message', 'conversation-message'] as const) expect(hearsInConversation(kind, 'muted')).toBe(false);
  });

  it('shows mentions by name in an excerpt of one line', () => {
    expect(excerptOf('Hi @[Aigerim Bekova](0d5c1f8e-3f5e-4c1e-9b7a-2f1d3c4b5a69),\n\nsee  this')).toBe('Hi @Aigerim Bekova, see this');
    expect(excerptOf('x'.repeat(200))).toHaveLength(140);
  });
});

import { parseMentions } from './mentions';

describe('parseMentions', () => {
  it('finds people and the group, once each', () => {
    const id = '3b72c682-34f7-4149-9d66-9c5eb4dfaffd';
    expect(parseMentions(`Thanks @[Kadri Tamm](${id}) and @[Kadri Tamm](${id}), @group please read`)).toEqual({ personIds: [id], group: true });
  });
  it('ignores e-mail addresses and plain words', () => {
    expect(parseMentions('write to kadri@ria.ee about the groupwork')).toEqual({ personIds: [], group: false });
  });
});

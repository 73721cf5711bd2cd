import { AcceptInvitationRequest, CreateInvitationRequest, isKnownTimeZone, LoginRequest, PeopleQuery, UpdateProfileRequest } from './index';

describe('contracts', () => {
  it('normalises e-mails and rejects unknown fields on sign-in', () => {
    expect(LoginRequest.parse({ email: '  Kadri.Tamm@RIA.ee ', password: 'x' }).email).toBe('kadri.tamm@ria.ee');
    expect(LoginRequest.safeParse({ email: 'a@b.ee', password: 'x', role: 'admin' }).success).toBe(false);
    expect(LoginRequest.safeParse({ email: 'not an email', password: 'x' }).success).toBe(false);
  });

  it('knows IANA zones and refuses offsets typed by hand', () => {
    expect(isKnownTimeZone('Europe/Tallinn')).toBe(true);
    expect(isKnownTimeZone('Asia/Bishkek')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('UTC+5')).toBe(false);
    expect(isKnownTimeZone('+05:00')).toBe(false);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });

  it('validates an invitation: role, country and e-mail', () => {
    const ok = CreateInvitationRequest.safeParse({ email: 'x@y.uz', name: 'Jasur K', allianceId: '00000000-0000-4000-8000-000000000001', role: 'expert', country: 'UZ' });
    expect(ok.success).toBe(true);
    const bad = CreateInvitationRequest.safeParse({ email: 'x', name: 'J', allianceId: 'nope', role: 'boss', country: 'XX' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['allianceId', 'country', 'email', 'name', 'role']);
  });

  it('asks for a password of at least 10 characters when accepting', () => {
    const result = AcceptInvitationRequest.safeParse({ token: 'a-long-enough-token', name: 'Ann Bee', password: 'short', timezone: 'Asia/Baku' });
    expect(result.error?.issues[0]?.path).toEqual(['password']);
  });

  it('accepts only https avatar addresses', () => {
    expect(UpdateProfileRequest.safeParse({ avatarUrl: 'https://example.org/me.png' }).success).toBe(true);
    expect(UpdateProfileRequest.safeParse({ avatarUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(UpdateProfileRequest.safeParse({ avatarUrl: 'http://example.org/me.png' }).success).toBe(false);
  });

  it('coerces directory query strings and bounds the page size', () => {
    expect(PeopleQuery.parse({ page: '2', pageSize: '10' })).toMatchObject({ page: 2, pageSize: 10 });
    expect(PeopleQuery.safeParse({ pageSize: '500' }).success).toBe(false);
  });
});

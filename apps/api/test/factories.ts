import { randomBytes } from 'node:crypto';
import type { AllianceRole, PlatformRole, SessionResponse } from '@peerhub/contracts';
import { hash } from '@node-rs/argon2';
import type { DataSource } from 'typeorm';
import { AllianceCountryEntity } from '../src/alliances/alliance-country.entity';
import { AllianceMembershipEntity } from '../src/alliances/alliance-membership.entity';
import { AllianceEntity } from '../src/alliances/alliance.entity';
import { PersonEntity } from '../src/people/person.entity';
import type { TestApp } from './test-app';

export const PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
const unique = () => randomBytes(4).toString('hex');

export async function makeAlliance(ds: DataSource, overrides: Partial<AllianceEntity> & { countries?: string[] } = {}) {
  const { countries = ['KZ', 'UZ'], ...rest } = overrides;
  const alliance = await ds.getRepository(AllianceEntity).save({
    name: `Test alliance ${unique()}`,
    theme: 'e-Government',
    description: '',
    launchYear: 2018,
    secretariatId: null,
    topics: ['open-data'],
    ...rest,
  });
  await ds.getRepository(AllianceCountryEntity).insert(countries.map((country) => ({ allianceId: alliance.id, country })));
  return alliance;
}

export async function makePerson(
  ds: DataSource,
  options: Partial<PersonEntity> & { memberships?: Array<{ allianceId: string; role: AllianceRole; status?: 'active' | 'suspended' }>; platformRole?: PlatformRole } = {},
) {
  const { memberships = [], ...rest } = options;
  passwordHash ??= hash(PASSWORD, { algorithm: 2 });
  const person = await ds.getRepository(PersonEntity).save({
    email: `person-${unique()}@example.test`,
    name: `Person ${unique()}`,
    passwordHash: await passwordHash,
    platformRole: 'user',
    country: 'KZ',
    organisationId: null,
    position: '',
    languages: ['ru'],
    timezone: 'Asia/Almaty',
    expertiseTopics: [],
    bio: '',
    avatarUrl: null,
    ...rest,
  });
  for (const m of memberships) {
    await ds.getRepository(AllianceMembershipEntity).insert({ personId: person.id, allianceId: m.allianceId, role: m.role, status: m.status ?? 'active' });
  }
  return person;
}

export interface Signed {
  token: string;
  cookie: string;
  session: SessionResponse;
  auth: { authorization: string };
}

/** Signs in through the real route; returns the access token and the refresh cookie. */
export async function signIn(t: TestApp, email: string, password = PASSWORD): Promise<Signed> {
  const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const session = response.json<SessionResponse>();
  return { token: session.accessToken, cookie: refreshCookieOf(response.headers['set-cookie']), session, auth: { authorization: `Bearer ${session.accessToken}` } };
}

export function refreshCookieOf(setCookie: string | string[] | undefined): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const found = all.find((c) => c.startsWith('peerhub_refresh='));
  return found ? found.split(';')[0]! : '';
}

/** The links the dev outbox holds for a recipient, newest first. */
export async function outboxLinks(ds: DataSource, recipient: string): Promise<string[]> {
  const rows = await ds.query<{ text: string }[]>('SELECT text FROM mail_outbox WHERE recipient = $1 ORDER BY created_at DESC', [recipient]);
  return rows.flatMap((r) => r.text.match(/https?:\/\/\S+/g) ?? []);
}

/** The mails the dev outbox holds for a recipient, newest first. */
export async function outboxMails(ds: DataSource, recipient: string, kind?: string): Promise<Array<{ subject: string; text: string; kind: string }>> {
  return ds.query('SELECT subject, text, kind FROM mail_outbox WHERE recipient = $1 AND ($2::text IS NULL OR kind = $2) ORDER BY created_at DESC', [recipient, kind ?? null]);
}

/** Like outboxMails, for mails sent by a job (notifications): waits up to 15 s for the first to arrive. */
export async function awaitOutboxMails(ds: DataSource, recipient: string, kind: string): Promise<Array<{ subject: string; text: string; kind: string }>> {
  for (let i = 0; i < 60; i++) {
    const mails = await outboxMails(ds, recipient, kind);
    if (mails.length > 0) return mails;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return [];
}

export function tokenOf(link: string): string {
  return new URL(link).searchParams.get('token') ?? '';
}

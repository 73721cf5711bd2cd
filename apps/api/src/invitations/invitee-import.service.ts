import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AllianceRole, CountryCode, Email, type ImportPreview, type ImportRow, type InviteBatchRequest, type InviteBatchResult } from '@peerhub/contracts';
import type { Actor } from '@peerhub/domain';
import Papa from 'papaparse';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/app-error';
import { InvitationsService } from './invitations.service';

const COLUMNS = ['name', 'email', 'country', 'organisation', 'role'] as const;
const MAX_ROWS = 2000;

/**
 * Bulk invitations from a spreadsheet. The preview checks every row (bad e-mail, unknown country
 * or organisation, already a member, twice in the file) without sending anything; the web app
 * then sends the good rows in small batches, so a bad row never blocks the good ones and the
 * coordinator sees the progress.
 */
@Injectable()
export class InviteeImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invitations: InvitationsService,
  ) {}

  async preview(allianceId: string, csv: string): Promise<ImportPreview> {
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: 'greedy',
      transformHeader: (h) => h.trim().toLowerCase(),
    });
    const headers = parsed.meta.fields ?? [];
    const missing = COLUMNS.filter((c) => c !== 'organisation' && c !== 'country' && !headers.includes(c));
    if (missing.length) {
      return { rows: [], validCount: 0, invalidCount: 0, fileErrors: [`Missing column(s): ${missing.join(', ')}. Expected a header row: ${COLUMNS.join(', ')}`] };
    }
    if (parsed.data.length > MAX_ROWS) throw new AppError('VALIDATION_FAILED', `At most ${MAX_ROWS} rows per file`, 400);

    const organisations = new Map(
      (await this.dataSource.query<Array<{ id: string; name: string }>>('SELECT id, name FROM organisation')).map((o) => [o.name.trim().toLowerCase(), o.id]),
    );
    const members = new Set(
      (await this.dataSource.query<Array<{ email: string }>>(
        'SELECT p.email FROM alliance_membership m JOIN person p ON p.id = m.person_id WHERE m.alliance_id = $1',
        [allianceId],
      )).map((r) => r.email),
    );
    const seen = new Set<string>();
    const rows: ImportRow[] = parsed.data.map((raw, index) => {
      const cell = (key: (typeof COLUMNS)[number]) => (raw[key] ?? '').trim();
      const errors: string[] = [];
      const email = Email.safeParse(cell('email'));
      if (!email.success) errors.push(`Bad e-mail “${cell('email')}”`);
      const name = cell('name');
      if (name.length < 2) errors.push('Name missing');
      const country = cell('country').toUpperCase();
      if (country && !CountryCode.safeParse(country).success) errors.push(`Unknown country “${cell('country')}” (use a two-letter code such as KZ)`);
      const role = (cell('role') || 'member').toLowerCase();
      if (!AllianceRole.safeParse(role).success) errors.push(`Unknown role “${cell('role')}” (coordinator, expert or member)`);
      const organisationName = cell('organisation');
      const organisationId = organisationName ? (organisations.get(organisationName.toLowerCase()) ?? null) : null;
      if (organisationName && !organisationId) errors.push(`Unknown organisation “${organisationName}”`);
      if (email.success) {
        if (members.has(email.data)) errors.push('Already a member of this alliance');
        if (seen.has(email.data)) errors.push('Appears twice in the file');
        seen.add(email.data);
      }
      return { line: index + 2, name, email: email.success ? email.data : cell('email'), country, organisation: organisationName, role, organisationId, errors };
    });
    const fileErrors = parsed.errors.slice(0, 5).map((e) => `Line ${(e.row ?? 0) + 2}: ${e.message}`);
    const validCount = rows.filter((r) => r.errors.length === 0).length;
    return { rows, validCount, invalidCount: rows.length - validCount, fileErrors };
  }

  /** Invites each row on its own: one failure is reported and the others go through. */
  async inviteBatch(actor: Actor, allianceId: string, body: InviteBatchRequest, pageLanguage: string | null = null): Promise<InviteBatchResult> {
    const results: InviteBatchResult['results'] = [];
    for (const invitation of body.invitations) {
      try {
        await this.invitations.invite(actor, allianceId, invitation, pageLanguage);
        results.push({ email: invitation.email, ok: true });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        results.push({ email: invitation.email, ok: false, error: error.message });
      }
    }
    return { results };
  }
}

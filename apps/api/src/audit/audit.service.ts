import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuditEntry, AuditPage, AuditQuery } from '@peerhub/contracts';
import Papa from 'papaparse';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';

const CSV_COLUMNS = ['at', 'action', 'actorName', 'subjectName', 'groupName', 'before', 'after', 'reason'] as const;

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>) {}

  async page(allianceId: string, query: AuditQuery): Promise<AuditPage> {
    const [rows, total] = await this.filtered(allianceId, query)
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toAuditEntry), total, page: query.page, pageSize: query.pageSize };
  }

  /** The whole filtered log as CSV (RFC 4180), newest first; values that a spreadsheet would run as formulas are defused. */
  async csv(allianceId: string, query: AuditQuery): Promise<string> {
    const rows = (await this.filtered(allianceId, query).take(50_000).getMany()).map(toAuditEntry);
    const text = (value: string | Record<string, unknown> | null) => (value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : value);
    const data = rows.map((r) => CSV_COLUMNS.map((c) => text(r[c])));
    return Papa.unparse({ fields: [...CSV_COLUMNS], data }, { escapeFormulae: true, newline: '\r\n' }) + '\r\n';
  }

  private filtered(allianceId: string, query: AuditQuery): SelectQueryBuilder<AuditEntryEntity> {
    const qb = this.entries
      .createQueryBuilder('e')
      .where('e.alliance_id = :allianceId', { allianceId })
      .orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'DESC');
    if (query.personId) qb.andWhere('(e.subject_id = :personId OR e.actor_id = :personId)', { personId: query.personId });
    if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    if (query.from) qb.andWhere('e.at >= :from::date', { from: query.from });
    if (query.to) qb.andWhere(`e.at < (:to::date + interval '1 day')`, { to: query.to });
    return qb;
  }
}

function toAuditEntry(e: AuditEntryEntity): AuditEntry {
  return {
    id: e.id,
    at: e.at.toISOString(),
    action: e.action,
    actorId: e.actorId,
    actorName: e.actorName,
    subjectId: e.subjectId,
    subjectName: e.subjectName,
    groupId: e.groupId,
    groupName: e.groupName,
    before: e.before,
    after: e.after,
    reason: e.reason,
  };
}

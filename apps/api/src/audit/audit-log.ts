import { Injectable } from '@nestjs/common';
import type { AuditAction } from '@peerhub/contracts';
import type { EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditRecord {
  allianceId: string;
  action: AuditAction;
  actor: { id: string; name: string } | null;
  subject: { id: string; name: string } | null;
  group?: { id: string; name: string } | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

/** Writes audit entries inside the caller's transaction, so a change and its record land together or not at all. */
@Injectable()
export class AuditLog {
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await manager.insert(AuditEntryEntity, {
      allianceId: entry.allianceId,
      action: entry.action,
      actorId: entry.actor?.id ?? null,
      actorName: entry.actor?.name ?? null,
      subjectId: entry.subject?.id ?? null,
      subjectName: entry.subject?.name ?? null,
      groupId: entry.group?.id ?? null,
      groupName: entry.group?.name ?? null,
      // jsonb columns: TypeORM's insert typing cannot express an open record.
      before: (entry.before ?? null) as never,
      after: (entry.after ?? null) as never,
      reason: entry.reason ?? null,
    });
  }
}

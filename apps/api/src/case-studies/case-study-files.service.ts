import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CASE_STUDY_FILE_MAX_BYTES, CASE_STUDY_FILE_TYPES, CASE_STUDY_FILES_MAX, type CaseStudyAttachment } from '@peerhub/contracts';
import type { Actor } from '@peerhub/domain';
import type { DataSource } from 'typeorm';
import { conflict, notFound } from '../common/app-error';
import { checkUpload, type UploadRules } from '../common/uploads';
import { CaseStudyAccess } from './case-study-access';
import { CaseStudyAttachmentEntity } from './case-study-attachment.entity';

export const CASE_STUDY_UPLOADS: UploadRules = { maxBytes: CASE_STUDY_FILE_MAX_BYTES, types: CASE_STUDY_FILE_TYPES, where: 'in a case study' };

const toAttachment = (a: CaseStudyAttachmentEntity): CaseStudyAttachment => ({ id: a.id, filename: a.filename, contentType: a.contentType, size: a.size, createdAt: a.createdAt.toISOString() });

/** A case study's files: added and removed by its author, downloaded by whoever may read the study. */
@Injectable()
export class CaseStudyFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseStudyAccess,
  ) {}

  async upload(actor: Actor, caseStudyId: string, file: { filename: string; data: Buffer }): Promise<CaseStudyAttachment> {
    await this.access.load(actor, caseStudyId, 'case-study.edit');
    const checked = await checkUpload(file, CASE_STUDY_UPLOADS);
    const count = await this.dataSource.getRepository(CaseStudyAttachmentEntity).countBy({ caseStudyId });
    if (count >= CASE_STUDY_FILES_MAX) throw conflict(`A case study can carry at most ${CASE_STUDY_FILES_MAX} files; remove one first`);
    const saved = await this.dataSource.getRepository(CaseStudyAttachmentEntity).save({ caseStudyId, uploaderId: actor.personId, ...checked });
    return toAttachment(saved);
  }

  /** For the study's detail: the caller has already been allowed to read it. */
  async listOf(caseStudyId: string): Promise<CaseStudyAttachment[]> {
    return (await this.dataSource.getRepository(CaseStudyAttachmentEntity).find({ where: { caseStudyId }, order: { createdAt: 'ASC' } })).map(toAttachment);
  }

  async download(actor: Actor, caseStudyId: string, attachmentId: string): Promise<{ filename: string; contentType: string; data: Buffer }> {
    await this.access.load(actor, caseStudyId, 'case-study.view');
    const file = await this.dataSource
      .getRepository(CaseStudyAttachmentEntity)
      .createQueryBuilder('a')
      .addSelect('a.data')
      .where('a.id = :attachmentId AND a.case_study_id = :caseStudyId', { attachmentId, caseStudyId })
      .getOne();
    if (!file) throw notFound('File');
    return file;
  }

  async remove(actor: Actor, caseStudyId: string, attachmentId: string): Promise<void> {
    await this.access.load(actor, caseStudyId, 'case-study.edit');
    const result = await this.dataSource.getRepository(CaseStudyAttachmentEntity).delete({ id: attachmentId, caseStudyId });
    if (!result.affected) throw notFound('File');
  }
}

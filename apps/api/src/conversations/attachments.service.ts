import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, type Attachment } from '@peerhub/contracts';
import type { Actor } from '@peerhub/domain';
import type { DataSource } from 'typeorm';
import { notFound } from '../common/app-error';
import { checkUpload, type UploadRules } from '../common/uploads';
import { ConversationAccess } from './conversation-access';
import { MessageAttachmentEntity } from './message-attachment.entity';

export const CHAT_UPLOADS: UploadRules = { maxBytes: ATTACHMENT_MAX_BYTES, types: ATTACHMENT_TYPES, where: 'here' };

/** Files in conversations: typed from their content (file-type), limited in size, readable only by the conversation's readers. */
@Injectable()
export class AttachmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
  ) {}

  async upload(actor: Actor, conversationId: string, file: { filename: string; data: Buffer }): Promise<Attachment> {
    await this.access.forPosting(actor, conversationId);
    const checked = await checkUpload(file, CHAT_UPLOADS);
    const saved = await this.dataSource.getRepository(MessageAttachmentEntity).save({ conversationId, uploaderId: actor.personId, messageId: null, ...checked });
    return { id: saved.id, filename: checked.filename, contentType: checked.contentType, size: checked.size };
  }

  async download(actor: Actor, attachmentId: string): Promise<{ filename: string; contentType: string; data: Buffer }> {
    const file = await this.dataSource
      .getRepository(MessageAttachmentEntity)
      .createQueryBuilder('a')
      .addSelect('a.data')
      .where('a.id = :attachmentId', { attachmentId })
      .getOne();
    if (!file) throw notFound('File');
    await this.access.load(actor, file.conversationId);
    // Not yet sent: only its uploader may fetch it.
    if (!file.messageId && file.uploaderId !== actor.personId) throw notFound('File');
    return { filename: file.filename, contentType: file.contentType, data: file.data };
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, type Attachment } from '@peerhub/contracts';
import type { Actor } from '@peerhub/domain';
import type { DataSource } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import { ConversationAccess } from './conversation-access';
import { MessageAttachmentEntity } from './message-attachment.entity';

/** Files in conversations: typed from their content (file-type), limited in size, readable only by the conversation's readers. */
@Injectable()
export class AttachmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
  ) {}

  async upload(actor: Actor, conversationId: string, file: { filename: string; data: Buffer }): Promise<Attachment> {
    await this.access.forPosting(actor, conversationId);
    if (file.data.length === 0) throw new AppError('VALIDATION_FAILED', 'The file is empty', 400);
    if (file.data.length > ATTACHMENT_MAX_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', `Files can be at most ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB`, 413);
    // file-type ships ES modules only; Node loads it on first use.
    const { fileTypeFromBuffer } = await import('file-type');
    const detected = await fileTypeFromBuffer(file.data);
    if (!detected || !(detected.mime in ATTACHMENT_TYPES)) {
      throw new AppError('VALIDATION_FAILED', `This kind of file cannot be shared here; allowed: ${Object.values(ATTACHMENT_TYPES).join(', ')}`, 415);
    }
    const filename = safeFilename(file.filename, detected.ext);
    const saved = await this.dataSource.getRepository(MessageAttachmentEntity).save({
      conversationId,
      uploaderId: actor.personId,
      messageId: null,
      filename,
      contentType: detected.mime,
      size: file.data.length,
      data: file.data,
    });
    return { id: saved.id, filename, contentType: detected.mime, size: file.data.length };
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

/** Keeps a readable name without paths or control characters, with the extension of the real type. */
export function safeFilename(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\p{Cc}"<>|:*?]/gu, '').trim().slice(0, 120) || 'file';
  return base.toLowerCase().endsWith(`.${ext}`) ? base : `${base.replace(/\.[^.]*$/, '')}.${ext}`;
}

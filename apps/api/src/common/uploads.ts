/**
 * Uploaded files, the same way everywhere (chat attachments, case study attachments): one multipart
 * field named "file", a size limit enforced while reading, the type detected from the content
 * (file-type) and never taken from the name or the Content-Type the client claims, a name that is
 * safe to show and to put in a header, and downloads that a browser can never render in our origin.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error';

export interface UploadRules {
  maxBytes: number;
  /** Allowed MIME types (as file-type names them) and how people call them. */
  types: Readonly<Record<string, string>>;
  /** Where the file goes, for messages: "here", "to a case study". */
  where: string;
}

export interface CheckedUpload {
  filename: string;
  contentType: string;
  size: number;
  data: Buffer;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export function fileTooLarge(rules: UploadRules): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `The file is too large: files can be at most ${megabytes(rules.maxBytes)}`, 413);
}

/** Reads the one file of a multipart request, stopping as soon as it passes the limit. */
export async function readUpload(request: FastifyRequest, rules: UploadRules): Promise<{ filename: string; data: Buffer }> {
  if (!request.isMultipart()) throw new AppError('VALIDATION_FAILED', 'Send the file as multipart/form-data in a field named "file"', 400);
  // One byte over the limit is enough to know it is too large, without reading the rest into memory.
  const part = await request.file({ limits: { fileSize: rules.maxBytes + 1, files: 1 } });
  if (!part || part.fieldname !== 'file') throw new AppError('VALIDATION_FAILED', 'Send the file in a field named "file"', 400);
  try {
    const data = await part.toBuffer();
    if (part.file.truncated) throw fileTooLarge(rules);
    return { filename: part.filename, data };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge(rules);
    throw error;
  }
}

/** Checks size and type (from the content) and gives the file a safe name with the extension of its real type. */
export async function checkUpload(file: { filename: string; data: Buffer }, rules: UploadRules): Promise<CheckedUpload> {
  if (file.data.length === 0) throw new AppError('VALIDATION_FAILED', 'The file is empty', 400);
  if (file.data.length > rules.maxBytes) throw fileTooLarge(rules);
  // file-type ships ES modules only; Node loads it on first use.
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(file.data);
  if (!detected || !(detected.mime in rules.types)) {
    const allowed = Object.values(rules.types).join(', ');
    // Two whole sentences rather than one with a clause spliced in: each has its translation (contracts' messages).
    const message = detected
      ? `This kind of file cannot be shared ${rules.where} (its content is ${detected.mime}, whatever its name says); allowed: ${allowed}`
      : `This kind of file cannot be shared ${rules.where} (its content is not a known file type, whatever its name says); allowed: ${allowed}`;
    throw new AppError('VALIDATION_FAILED', message, 415);
  }
  return { filename: safeFilename(file.filename, detected.ext), contentType: detected.mime, size: file.data.length, data: file.data };
}

/** Keeps a readable name without paths or control characters, with the extension of the real type. */
export function safeFilename(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\p{Cc}"<>|:*?]/gu, '').trim().slice(0, 120) || 'file';
  return base.toLowerCase().endsWith(`.${ext}`) ? base : `${base.replace(/\.[^.]*$/, '')}.${ext}`;
}

const rfc5987 = (name: string) => encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Sends a stored file as a download: never rendered inline, never sniffed into another type, and
 * sandboxed should a browser open it anyway.
 */
export async function sendDownload(reply: FastifyReply, file: { filename: string; contentType: string; data: Buffer }): Promise<void> {
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '');
  await reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(file.filename)}`)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "sandbox; default-src 'none'")
    .header('cache-control', 'private, max-age=3600')
    .send(file.data);
}

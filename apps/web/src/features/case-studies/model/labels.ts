import { CASE_STUDY_FILE_TYPES, CaseStudyStage, CaseStudyVisibility, type CaseStudyField } from '@peerhub/contracts';
import { formatNumber } from '../../../i18n/format';
import { t, type MessageId } from '../../../i18n/locale-store';

// Functions, not constants: the names are built in the language on screen.

export const stageName = (stage: CaseStudyStage): string => t(`caseStudies.stage.${stage}`);
export const stageOptions = () => CaseStudyStage.options.map((s) => ({ value: s, label: stageName(s) }));

export const fieldName = (field: CaseStudyField): string => t(`caseStudies.field.${field}`);

export const visibilityName = (visibility: CaseStudyVisibility): string => t(`caseStudies.visibility.${visibility}`);
export const visibilityOptions = () => CaseStudyVisibility.options.map((v) => ({ value: v, label: visibilityName(v) }));

type FileType = keyof typeof CASE_STUDY_FILE_TYPES;
const FILE_TYPE_NAMES: Record<FileType, MessageId> = {
  'application/pdf': 'caseStudies.fileType.pdf',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'caseStudies.fileType.pptx',
  'application/vnd.oasis.opendocument.presentation': 'caseStudies.fileType.odp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'caseStudies.fileType.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'caseStudies.fileType.xlsx',
  'image/png': 'caseStudies.fileType.png',
  'image/jpeg': 'caseStudies.fileType.jpeg',
  'image/gif': 'caseStudies.fileType.gif',
  'image/webp': 'caseStudies.fileType.webp',
};
/** The kinds of file a study accepts, named in the page's language: "PDF, PowerPoint presentation, …". */
export const fileTypeNames = (): string => (Object.keys(CASE_STUDY_FILE_TYPES) as FileType[]).map((type) => t(FILE_TYPE_NAMES[type])).join(', ');

export function fileSize(bytes: number): string {
  if (bytes < 1024) return t('caseStudies.fileSize.bytes', { size: formatNumber(bytes, { useGrouping: false }) });
  if (bytes < 1024 * 1024) return t('caseStudies.fileSize.kilobytes', { size: formatNumber(Math.round(bytes / 1024), { useGrouping: false }) });
  return t('caseStudies.fileSize.megabytes', { size: formatNumber(bytes / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }) });
}

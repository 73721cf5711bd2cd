import { safeMarkdown } from '../../../lib/safe-markdown';

/** A case study's markdown as safe HTML (lib/safe-markdown). Headings start at h2: the study's title is the page's h1. */
export const renderCaseStudyMarkdown = safeMarkdown({ breaks: false, demoteH1: true });

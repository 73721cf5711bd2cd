// The case studies feature's public surface: the chat shows shared studies as cards.
export { caseStudyQueryOptions } from './api/get-case-study';
export { CaseStudyCard, linkedCaseStudyIds } from './components/case-study-card';

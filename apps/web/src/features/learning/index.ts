// The learning feature's public surface: its pages are loaded by the router (lazily, by path).
export { learningNeedQueryOptions, useLearningNeed } from './api/get-learning-need';
export { useMyProposals } from './api/get-my-proposals';

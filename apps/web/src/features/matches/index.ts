// The matches feature's public surface: the console shows the results; the profile names my authoriser; the learning page lists my matches.
export { AuthoriserCard } from './components/authoriser-card';
export { MyMatches } from './components/my-matches';
export { PendingAuthorisations } from './components/pending-authorisations';
export { ResultsTab } from './components/results-tab';

// The matches feature's public surface: the console shows the results; the profile names my authoriser.
export { AuthoriserCard } from './components/authoriser-card';
export { ResultsTab } from './components/results-tab';

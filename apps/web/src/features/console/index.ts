// The console feature's public surface: the alliance page links into it.
export { ConsoleButton } from './components/console-button';

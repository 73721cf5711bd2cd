import { highlightRuns } from '../model/highlight';

/** A search passage with its matches marked; React renders the text, so nothing in it is ever HTML. */
export function HitHighlight({ passage }: { passage: string }) {
  return (
    <>
      {highlightRuns(passage).map((run, index) => (run.match ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>))}
    </>
  );
}

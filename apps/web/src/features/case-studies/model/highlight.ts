/**
 * The API marks matched words between « and » in a plain-text passage. Split it into runs so the
 * page wraps matches in <mark> as React elements: the text itself is never parsed as HTML.
 */
export function highlightRuns(passage: string): Array<{ text: string; match: boolean }> {
  const runs: Array<{ text: string; match: boolean }> = [];
  const pattern = /«([^«»]*)»/g;
  let last = 0;
  for (const m of passage.matchAll(pattern)) {
    if (m.index > last) runs.push({ text: passage.slice(last, m.index), match: false });
    runs.push({ text: m[1] ?? '', match: true });
    last = m.index + m[0].length;
  }
  if (last < passage.length) runs.push({ text: passage.slice(last), match: false });
  return runs;
}

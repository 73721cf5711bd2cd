/**
 * Full-text search over texts in the alliance's languages. Each text is stemmed in its own language
 * by peerhub_text_config(language) (migration ContentLanguageSearch): English, Russian, Armenian and
 * Estonian have PostgreSQL stemmers; Azerbaijani, Georgian, Kazakh, Kyrgyz and Uzbek have none and
 * are matched word for word. A query does not say its language, so it is read in each of them.
 */
const STEMMED_LANGUAGES = ['en', 'ru', 'hy', 'et'] as const;

/** SQL for the tsquery of the named parameter, e.g. `doc @@ ${searchQuery('q')}`; constant per query, so GIN indexes apply. */
export function searchQuery(param: string): string {
  return `(${STEMMED_LANGUAGES.map((l) => `websearch_to_tsquery(peerhub_text_config('${l}'), :${param})`).join(' || ')} || websearch_to_tsquery('simple', :${param}))`;
}

// Substring search over the enterprise directory. Trigram indexes cannot answer one- or two-character
// Chinese queries (热力), so each enterprise stores the unigrams and bigrams of its searchable text
// and a GIN index answers `search_grams @> queryGrams(q)`; an ILIKE on the candidates then confirms
// the characters are adjacent and in order.

/** Runs of text between separators: a bigram spanning a space or a bracket matches nothing typed. */
function words(text: string): string[][] {
  return text
    .toLowerCase()
    .split(/[\s()（）[\]【】,，.。、;；:：/\\|"'“”‘’·-]+/u)
    .filter((word) => word !== '')
    .map((word) => Array.from(word));
}

/** Sorted, distinct unigrams and bigrams of every field (name, short name, credit code). */
export function searchGrams(fields: ReadonlyArray<string | null | undefined>): string[] {
  const grams = new Set<string>();
  for (const field of fields) {
    if (!field) continue;
    for (const chars of words(field)) {
      for (let i = 0; i < chars.length; i++) {
        grams.add(chars[i] as string);
        if (i + 1 < chars.length) grams.add(`${chars[i]}${chars[i + 1]}`);
      }
    }
  }
  return [...grams].sort();
}

/**
 * The grams a match must contain: a one-character word is itself, a longer word its bigrams.
 * Empty when the query has nothing searchable (the caller then lists, not searches).
 */
export function queryGrams(query: string): string[] {
  const grams = new Set<string>();
  for (const chars of words(query)) {
    if (chars.length === 1) grams.add(chars[0] as string);
    for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  }
  return [...grams].sort();
}

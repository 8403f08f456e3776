/**
 * The form in which export-side place lookups compare names: accents removed (NFD, combining marks dropped),
 * lower case, every run of characters that are not letters or digits turned into one space, trimmed.
 * "São Paulo" → "sao paulo", "Washington, D.C." → "washington d c".
 * @param name a place name in any case and spelling
 * @returns the comparison key ('' for a name without letters or digits)
 */
export function placeNameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

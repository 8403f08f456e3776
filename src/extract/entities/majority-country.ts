/**
 * The country that more than half of the counted mentions carry ("Shadow Home Secretary" or "Finance Minister"
 * in a story whose places are mostly British or Brazilian), or null when no country has a majority.
 * @param counts mentions counted per CAMEO country code (what is counted is the caller's: party-titles.ts counts
 *   every mention with a country, office-countries.ts each distinct non-person name once)
 * @returns the majority country code, or null (no counts, or a tie or plurality only)
 */
export function majorityCountry(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let most = 0;
  let all = 0;
  for (const [c, n] of counts) {
    all += n;
    if (n > most) [best, most] = [c, n];
  }
  return most * 2 > all ? best : null;
}

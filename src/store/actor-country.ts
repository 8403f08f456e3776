/**
 * The country part of a CAMEO actor code: its first three letters when they form a country code
 * ("USAGOV" → "USA", "CHN" → "CHN"); null for codes without a country ("IGOUNO" keeps "IGO" — CAMEO
 * treats international and non-state actors as their own three-letter "country" slot, CAMEO manual ch. 3).
 */
export function actorCountry(actor: string | null | undefined): string | null {
  if (!actor || actor.length < 3) return null;
  const c = actor.slice(0, 3);
  return /^[A-Z]{3}$/.test(c) ? c : null;
}

/**
 * Whether an e-mail address in a text has both words of a name in its local part ("marta.quintavalle@…" for
 * "Marta Quintavalle", "jroe@…" does not spell "Jane Roe"): the person's own address, evidence of a person's name
 * for a given name no list holds. Used on e-mail headers and signatures (inverted-names.ts, signature-names.ts).
 * @param text the text to search (a sentence, or what follows a display name)
 * @param first one word of the name, lower case (a token key)
 * @param second the other word, lower case
 * @returns true when the local part holds both words
 */
export function addressSpells(text: string, first: string, second: string): boolean {
  for (const local of text.toLowerCase().match(/[\w.-]+(?=@)/g) ?? []) if (local.includes(first) && local.includes(second)) return true;
  return false;
}

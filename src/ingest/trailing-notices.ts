/**
 * The notices a news site appends to an article inside its body container, with no class name that marks them, so
 * neither the furniture selectors nor Readability remove them (html-boilerplate.ts): contributor credits, calls to
 * follow, sign up, bookmark or write in, the site's standards or first publisher, "more to follow", tag labels,
 * separators and contributor bios. Review 14 found them at the end of 4 of 10 html-fundus pages; the fundus parsers
 * (the expected bodies of html-fundus) leave them all out.
 */

/** A credit for the reporting: "Reporting by …; Editing by …", "With reporting by …", "… contributed to this report." */
const CREDIT = /^[\s\-–—]*(?:with |and )?(?:additional |further )?(?:reporting|writing|editing|compiled|contributions?) (?:by|from)\b|\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$/i;

/**
 * A call to the reader or a notice of the site: follow, sign up, subscribe, bookmark, get in touch, send a story, app,
 * ad blocker; its standards, where it was first published, "more to follow", "article continues below".
 */
const NOTICE = new RegExp(
  [
    '\\b(?:sign(?:ing)? up|subscrib(?:e|ing))\\b.{0,80}\\b(?:newsletters?|our|alerts)\\b',
    '\\bnewsletters?\\b.{0,40}\\b(?:sign(?:ing)? up|subscrib(?:e|ing)|inbox)\\b',
    '^(?:please )?(?:follow|bookmark|like)\\s+(?:us|@?\\S+\\.(?:com|co\\.uk|org|net)|\\S+(?:\\s\\S+){0,3}\\s+on\\s+(?:twitter|x|facebook|instagram|google news|linkedin|whatsapp|telegram|youtube|tiktok))\\b',
    '\\bplease bookmark\\b',
    '\\b(?:get in touch with|email|e-mail|write to|contact) (?:us|our (?:news ?)?(?:team|desk|newsroom))\\b',
    '\\bemailing us\\b',
    '^(?:got|have|do you have) a (?:news )?(?:story|tip)(?: to (?:tell|share))?\\?',
    '\\bin my bookmarks\\b',
    '^(?:article|story) continues (?:below|after)\\b',
    // (the whole line, or after "developing story": "Talks resume on Monday, with more to follow." is news)
    '(?:^\\W*|\\bdeveloping story\\W+)more to follow\\W*$',
    // a line saying the story is still breaking ("This is a breaking news story and will be updated", "Developing story")
    '^this is an? (?:breaking|developing) (?:news? )?story\\b.{0,80}$|^(?:breaking|developing) (?:news )?story\\W*$',
    // a prompt to a link: "Find out more on how to help …", "Read more: …" (a short line, the whole of it)
    '^(?:find out|read|learn) more\\b.{0,120}$',
    // a plug for a book, with its publisher and price: "Rivers of Salt, by Ana Ruiz, is out now (Harbour Press, £20)"
    '\\bis (?:out now|available now|published by)\\b.{0,60}\\([^)]*[£$€]\\s?\\d',
    '\\b(?:this|the) (?:article|story|piece) (?:was |is |has been )?(?:(?:first|originally) (?:published|appeared)|republished)\\b',
    '^(?:first|originally) (?:published|appeared) (?:in|on|by)\\b',
    '\\btrust principles\\b',
    '^our standards\\b',
    '\\b(?:invest in|support) (?:our |independent |quality )?journalism\\b',
    '\\bad ?-?block(?:er|ing)?\\b.{0,40}\\b(?:users?|enabled|disable|turn off|whitelist)\\b',
    '\\bfor more stories like this\\b',
    '\\b(?:download|get) (?:the|our) (?:\\S+ )?app\\b',
    // the footer Yoast SEO adds to WordPress feed items by default: "The post <title> appeared first on <site>."
    '^the post .{1,200} appeared first on\\b',
  ].join('|'),
  'i',
);

/** A label or separator alone on its line: "TOPICS", "Categories:", "Filed under", "___", "* * *". */
const LABEL = /^(?:topics|categories|tags|related topics|filed under|more on this|share(?: this)?|advertisement)[:.]?$|^[\s_\-–—*=•·~]{3,}$/i;

/**
 * A contributor's bio: a sentence opening with up to four capitalised name words (or none, when the page split the name
 * off, the bio then opening "is" or "Is") saying in the present what the writer is: "Ana Ruiz is a senior researcher
 * with …", "Is an associate professor at …"; no question ("Is a four-day week the answer? One researcher …"). Case-sensitive (with the `i` flag `\p{Lu}` matches every letter) and not "was": "The victim was a 19-year-old
 * student" ends news stories (review 15).
 */
const BIO = /^(?:(?:\p{Lu}[\p{L}'’.-]*\s){0,4}is|Is)\s(?:a|an|the)\s[^.?]{0,100}\b(?:[Pp]rofessor|[Ll]ecturer|[Rr]esearcher|[Ff]ellow|[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Jj]ournalist|[Cc]olumnist|[Cc]ontributor|[Ss]tudent|[Aa]nalyst|[Ee]ditor)\b/u;

/** Longest paragraph read as a notice: a credit or a call to sign up is a sentence or two, never a paragraph of news. */
const MAX_NOTICE_LENGTH = 400;

/**
 * Whether a paragraph at an article's end is a site's notice, a credit or a bio rather than the article (see the file
 * comment). Meant for the trailing run of paragraphs only: "email us" or "is a professor at" inside a story is news.
 * @param line one paragraph
 */
export function isTrailingNotice(line: string): boolean {
  const t = line.trim();
  if (t.length === 0) return true;
  if (t.length > MAX_NOTICE_LENGTH) return false;
  return LABEL.test(t) || CREDIT.test(t) || NOTICE.test(t) || BIO.test(t);
}

/**
 * Cuts the run of notices, credits, labels and bios ({@link isTrailingNotice}) that ends an article, keeping at
 * least its first paragraph.
 * @param lines the article's paragraphs
 * @returns the paragraphs before that run (all of them when the last one is article text)
 */
export function cutTrailingNotices(lines: readonly string[]): string[] {
  let end = lines.length;
  while (end > 1 && isTrailingNotice(lines[end - 1])) end--;
  return lines.slice(0, end);
}

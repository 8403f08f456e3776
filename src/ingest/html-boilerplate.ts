/**
 * Page furniture that Readability keeps or even picks as the article: consent dialogs, navigation menus, captions,
 * related-link lists, newsletter and paywall prompts, share bars, bylines. Removed before and after Readability.
 * The word lists follow the class/id vocabulary of news CMSs (WordPress, Arc XP, Brightspot, OneTrust, Piano).
 */

/** Structural elements that never hold article paragraphs. */
const REMOVE_SELECTOR = [
  'nav', 'footer', 'aside', 'form', 'dialog', 'figure', 'figcaption', 'picture', 'iframe', 'noscript', 'template', 'button',
  '[role="navigation"]', '[role="contentinfo"]', '[role="complementary"]', '[role="dialog"]', '[role="alertdialog"]',
  '[role="banner"]', '[role="menu"]', '[role="toolbar"]', '[aria-modal="true"]',
].join(', ');

/** Class/id words that mark consent and cookie layers: removed whatever they contain. */
const CONSENT_WORDS = new Set(['cookie', 'cookies', 'consent', 'onetrust', 'gdpr', 'ccpa', 'cmp', 'privacy-banner']);

/** Class/id words that mark furniture: removed unless the element holds several long paragraphs (then it is content). */
const FURNITURE_WORDS = new Set([
  'newsletter', 'newsletters', 'subscribe', 'subscription', 'regwall', 'signup', 'registration', 'related', 'recommended',
  'recommendations', 'recirc', 'recirculation', 'trending', 'popular', 'mostread', 'share', 'sharing', 'sharebar', 'social',
  'promo', 'promotion', 'advert', 'advertisement', 'ad', 'ads', 'adslot', 'dfp', 'sponsor', 'sponsored', 'taboola', 'outbrain',
  'caption', 'captions', 'credit', 'breadcrumb', 'breadcrumbs', 'comments', 'comment', 'skip', 'nav', 'navigation', 'menu',
  'footer', 'sidebar', 'toolbar', 'banner', 'modal', 'popup', 'overlay', 'tags', 'byline', 'bio', 'toc',
  'sronly', 'visuallyhidden', 'screenreader', 'masthead', 'header', 'teaser', 'teasers', 'embed', 'video', 'gallery', 'slideshow', 'timestamp',
  'twitter', 'tweet', 'instagram', 'tiktok', 'facebook', 'youtube', 'podcast', 'author', 'authors', 'newsletterpromo', 'moreon', 'readmore',
  // sign-in and registration walls ("Sign In or Create an Account", an e-mail field, "or", social log-in; not
  // 'paywall': metered sites mark the article's own paragraphs with it),
  // sponsor disclaimers and their tooltips
  'auth', 'login', 'signin', 'disclaimer', 'tooltip',
]);

type Node = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  parentNode: Node | null;
  childNodes: ArrayLike<Node>;
  getAttribute?(name: string): string | null;
  querySelectorAll?(sel: string): ArrayLike<Node> & Iterable<Node>;
  closest?(sel: string): Node | null;
  remove?(): void;
};

/** Words of an element's class and id: split at non-letters and camelCase, lower-cased (`sr-only` → sr, only, sronly). */
function attributeWords(el: Node): string[] {
  const raw = `${el.getAttribute?.('class') ?? ''} ${el.getAttribute?.('id') ?? ''} ${el.getAttribute?.('data-testid') ?? ''}`;
  if (!raw.trim()) return [];
  const words: string[] = [];
  for (const token of raw.split(/\s+/)) {
    if (!token) continue;
    const parts = token.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    words.push(...parts);
    if (parts.length > 1) words.push(parts.join(''));
  }
  return words;
}

function longParagraphs(el: Node, min = 3): boolean {
  let n = 0;
  for (const p of el.querySelectorAll?.('p') ?? []) {
    if ((p.textContent ?? '').trim().length >= 150 && ++n >= min) return true;
  }
  return false;
}

/**
 * Removes page furniture from a parsed page before Readability runs: structural non-content (nav, footer, aside,
 * figure and captions, forms, dialogs, hidden elements, site headers outside the article), consent layers
 * (class/id cookie, consent, onetrust…), and elements whose class/id names furniture (newsletter, related, share,
 * promo, ad, caption, byline…) unless they hold at least three paragraphs of 150+ characters.
 * @param doc a parsed HTML document; it is changed in place
 * @returns the number of elements removed
 */
export function removeBoilerplate(doc: Node): number {
  let removed = 0;
  const drop = (el: Node) => {
    el.remove?.();
    removed++;
  };
  for (const el of [...(doc.querySelectorAll?.(REMOVE_SELECTOR) ?? [])]) drop(el);
  for (const el of [...(doc.querySelectorAll?.('header') ?? [])]) {
    if (!el.closest?.('article, main, [role="main"]') || el.querySelectorAll?.('nav, ul').length) drop(el);
  }
  for (const el of [...(doc.querySelectorAll?.('p > img') ?? [])]) {
    const caption = imageCaption(el);
    if (caption) drop(caption);
  }
  for (const el of [...(doc.querySelectorAll?.('[class], [id], [data-testid]') ?? [])]) {
    const name = el.nodeName.toUpperCase();
    if (name === 'HTML' || name === 'BODY' || name === 'ARTICLE' || name === 'MAIN' || !el.parentNode) continue;
    const words = attributeWords(el);
    if (words.some((w) => CONSENT_WORDS.has(w))) drop(el);
    else if (words.some((w) => FURNITURE_WORDS.has(w)) && !longParagraphs(el)) drop(el);
  }
  return removed;
}

/** Longest text read as an image's caption in the image's own paragraph (characters). */
const MAX_CAPTION = 200;

/**
 * The caption an image carries in its own paragraph without figure markup (WordPress: `<p><img><br><em>Caption</em></p>`):
 * an emphasis element (em, i, small) after the image holding all of the paragraph's text, at most {@link MAX_CAPTION}
 * characters. Null when the paragraph has other text (an inline image in a sentence).
 */
function imageCaption(img: Node): Node | null {
  const p = img.parentNode;
  const text = (p?.textContent ?? '').trim();
  if (!p || !text || text.length > MAX_CAPTION) return null;
  for (const el of p.querySelectorAll?.('em, i, small') ?? []) {
    if (el.parentNode === p && (el.textContent ?? '').trim() === text) return el;
  }
  return null;
}

/** Lines that are furniture wherever they appear (whole-line matches, case-insensitive). */
const BOILERPLATE_LINE = new RegExp(
  [
    // a label alone on its line
    '^(?:advertisement|advert|ad|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: below)?|read more|read next|more from [^.]{1,40}|related(?: articles| stories| content| coverage| links)?|see also|share(?: this(?: article| story)?)?|(?:\\d+ )?comments?|table of contents|skip to (?:main )?content|listen to (?:this )?article|watch|duration \\d+:\\d+|\\d+ (?:minutes?|hours?|days?) ago|loading(?:\\.\\.\\.|…)?|close|menu|search|about the author|what\'s this\\?|getty images|shutterstock|alamy)[:.!]?$',
    // calls to action and site notices
    '^(?:sign up (?:for|to|here|now)|subscribe (?:to|now|for|here|today)|register (?:now|for|to|here)|log in to|already a subscriber|get (?:the|our) (?:latest|best|free)|download (?:the|our) app|follow (?:us|@)|click here|tap here|(?:sign|log) in (?:or|to|with) |create (?:an|a free|your) account|support (?:our|independent) journalism|ad block|we may earn a commission|if you buy something (?:using|through) links)\\b.{0,200}$',
    // reader call-outs: "We want to hear from you: …", "Have a news tip? …"
    '^(?:we(?:\'d| would)? (?:want|like|love) to hear from you\\b|(?:do you )?have a (?:news )?tip\\?|got a (?:news )?tip\\?).{0,300}$',
    // teaser labels followed by a colon or arrow: "READ MORE: …", "Watch | …", "Photo: …"
    '^(?:read more|read next|related|also read|more|watch|listen|photo|image|video|getty images)\\s*[:|›»].{0,200}$',
    // a paid-subscription pitch: "Special offer: Get <Site> for just $5 …"
    // opening as pitches do (a news sentence about a price, "The service will offer a plan for just $6.99 …", stays)
    '^(?:special offer|limited[- ]time offer|(?:get|try|unlock|join|save|subscribe)\\b)(?=.{0,300}\\bsubscri).{0,120}\\bfor (?:just|only) [$£€]\\d.{0,300}$',
    // a guest column's disclaimer
    '^(?:the )?(?:opinions|views) expressed (?:here |in this (?:article|column|piece) )?are (?:solely )?(?:those of the (?:author|writer)s?|the (?:author|writer)\'s own)(?: alone)?(?:\\.?$|,? and (?:do|does) not (?:necessarily )?(?:reflect|represent)\\b.{0,400}$)',
    '^(?:copyright\\s*)?(?:©|\\(c\\))\\s*.{0,200}$|all rights reserved\\.?$|^this (?:article|story) (?:was|has been|is) (?:originally )?(?:published|updated|produced)\\b.{0,200}$|^want more[^.?]{0,60}\\?.{0,100}$',
    // bylines and time stamps (not sentences: no closing full stop)
    '^(?:by|posted|published|updated|last updated)[: ].{0,120}(?:\\d{1,2}:\\d{2}|\\b(?:am|pm|gmt|bst|edt|est|utc)\\b|\\b20\\d{2}\\b).{0,60}(?<![.!?"”])$',
    // photo credits closing a caption
    '\\((?:picture|photo|image|credit|pictured|source|file photo|ap photo|reuters|getty|afp|pa)[:/ ][^()]{1,80}\\)$',
    '^[^.]{0,160}(?:\\||/|·)\\s*(?:getty images|reuters|ap|afp|pa|shutterstock|epa|bloomberg)\\b[^.]{0,40}$',
    '(?:photograph|photo|illustration|image) by [^.]{2,60}$',
  ].join('|'),
  'i',
);

/**
 * Tells whether one extracted paragraph is page furniture rather than article text: "Advertisement",
 * "Read more: …", "Sign up for our newsletter…" (also behind a label: "Ground Game: Sign up …"), "We want to hear
 * from you …", bylines with times, photo credits and captions ending in
 * "(Picture: Getty)" / "Photograph by …", commerce disclaimers, "Story continues below".
 * @param line one paragraph, white space collapsed
 */
export function isBoilerplateLine(line: string): boolean {
  if (line.length > 400) return false;
  const t = line.trim();
  if (BOILERPLATE_LINE.test(t) || TIMESTAMP_LINE.test(t)) return true;
  // the same behind a newsletter's or section's name: "Ground Game: Sign up for …"
  const label = SECTION_LABEL.exec(t);
  return label !== null && BOILERPLATE_LINE.test(t.slice(label[0].length));
}

/** A time of day or an age ("21:00", "9.30am", "2 hours ago", "21 mins ago 11:48"). */
const STAMP = String.raw`(?:(?:\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\.?)(?:\s?(?:BST|GMT|CET|CEST|ET|EDT|EST|PT|PDT|PST|UTC))?|\d+ (?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?) ago)`;

/**
 * A live blog's entry stamp or a byline's age, alone on its line: one or two times and up to four capitalised words
 * (the entry's author or label: "21:00 Ana Ruiz", "20:42 KEY EVENT", "21 mins ago 11:48"), or a name and an age
 * ("Ana Ruiz 2 minutes ago", also glued: "Ana Ruiz2 minutes ago"). Case-sensitive: the words must be capitalised.
 */
const TIMESTAMP_LINE = new RegExp(
  String.raw`^${STAMP}(?:\s*${STAMP})?(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}$|^(?:\p{Lu}[\p{L}'’.-]*\s){0,3}\p{Lu}[\p{L}'’.-]*\s?\d+ (?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?) ago$`,
  'u',
);

/** One to four capitalised words and a colon opening a line ("Ground Game: ", "The Morning: "); case-sensitive. */
const SECTION_LABEL = /^(?:[A-Z][\w’'&-]*\s){0,3}[A-Z][\w’'&-]*:\s+/;

/**
 * Removes lists and blocks that are mostly links (related-story lists, tag clouds, tables of contents) from
 * Readability's output: a `ul`/`ol`/`div`/`p` of at least two links whose link text is over 60% of its text.
 * @param root Readability's content element; changed in place
 * @returns the number of elements removed
 */
export function removeLinkLists(root: Node): number {
  let removed = 0;
  for (const el of [...(root.querySelectorAll?.('ul, ol, div, section, p, table') ?? [])]) {
    if (!el.parentNode) continue;
    const links = [...(el.querySelectorAll?.('a') ?? [])];
    if (links.length < 2) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, '').length;
    const linkText = links.reduce((n, a) => n + (a.textContent ?? '').replace(/\s+/g, '').length, 0);
    if (text > 0 && linkText / text > 0.6) {
      el.remove?.();
      removed++;
    }
  }
  return removed;
}

/** "Continue reading…", "Read more »" and the like at the end of a teaser paragraph. */
const TRAILING_FURNITURE = /\s*(?:continue reading|read more|read the full (?:story|article)|full story|more here)\s*(?:\.\.\.|…|»|›|→|>>)?\s*$/i;

/**
 * Removes a trailing "Continue reading…" / "Read more »" link text from a paragraph (feed teasers end with one).
 * @param line one paragraph
 * @returns the paragraph without it (possibly '')
 */
export function stripTrailingFurniture(line: string): string {
  return line.replace(TRAILING_FURNITURE, '').trim();
}

/** Headings that open the trailing furniture of an article: author bios, related and recommended stories. */
const TAIL_HEADING = /^(?:about the authors?|related(?: stories| articles| coverage| content| reading)?|more (?:stories|on this(?: story)?|from [^.]{1,40}|news)|recommended(?: for you| stories)?|you may also like|you might also like|most (?:read|popular|viewed)|trending(?: now)?|read next|latest (?:news|stories)|top stories|editor'?s picks)[:.]?$/i;

/**
 * Cuts the trailing furniture of an article: from a heading such as "About the author", "Related stories",
 * "More from …", "Most read" in the last 40% of the paragraphs, to the end.
 * @param lines the article's paragraphs
 * @returns the paragraphs before that heading (all of them when there is none)
 */
export function cutTrailingFurniture(lines: string[]): string[] {
  for (let i = Math.max(1, Math.floor(lines.length * 0.6)); i < lines.length; i++) {
    if (lines[i].length <= 60 && TAIL_HEADING.test(lines[i].trim())) return lines.slice(0, i);
  }
  return lines;
}

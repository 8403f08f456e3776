const MONTHS: Readonly<Record<string, number>> = Object.freeze({
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  // abbreviations in Portuguese, Spanish, French and German feeds (RFC 822 dates localised by their CMS)
  fev: 2, abr: 4, mai: 5, ago: 8, set: 9, out: 10, dez: 12, ene: 1, dic: 12, janv: 1, févr: 2, mars: 3, avr: 4, juin: 6,
  juil: 7, août: 8, déc: 12, mär: 3, mrz: 3, okt: 10,
});

function ymd(y: number, m: number, d: number): string | null {
  if (!(y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null; // 31 April and the like
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Normalises a publication date to `YYYY-MM-DD`, keeping the calendar date as the source wrote it
 * (an ISO time with an offset, `2023-06-19T23:30-04:00`, stays 2023-06-19: the publisher's local date).
 * Understands ISO 8601 (`1990-08-15`, `1990-08-15T13:37`, `2024-01-02T03:04:05.000Z`), compact `19900815`,
 * RFC 822/1123 as in RSS (`Tue, 10 Jun 2003 04:00:00 GMT`, also with Portuguese/Spanish/French/German month
 * abbreviations: `Seg, 24 Set 2018`), `26-FEB-1987 15:01:01.79` (Reuters-21578),
 * `June 19, 2023` / `19 June 2023`, WARC 14-digit timestamps (`20230619120000`), and Date objects;
 * anything else parseable by `Date.parse` is taken as its UTC date.
 * @param value a date string, Date, or nothing
 * @returns `YYYY-MM-DD`, or null when absent, unparseable, or outside 1800–2200
 */
export function normaliseDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isFinite(value)) return normaliseDate(new Date(value));
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})(?:\d{2,8})?$/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  // 26-FEB-1987 15:01:01.79, 10 Jun 2003, Tue, 10 Jun 2003 04:00:00 GMT
  m = /^(?:\p{L}{3,9},?\s+)?(\d{1,2})[-\s](\p{L}{3,9})\.?[-\s,]+(\d{4})\b/u.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) return ymd(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  // June 19, 2023 / Mon, June 19 2023
  m = /^(?:\p{L}{3,9},?\s+)?(\p{L}{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u.exec(s);
  if (m && MONTHS[m[1].toLowerCase()]) return ymd(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Month words are part of the calendar words (calendar-words.ts); this module keeps the older import path. */
export { MONTH_NAMES, isMonthWord } from './calendar-words.js';

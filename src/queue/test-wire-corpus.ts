// Test support only (excluded from the build by tsconfig.build.json): a wire corpus of our own for the worker tests.

const COUNTRIES: readonly (readonly [string, string])[] = [
  ['France', 'Paris'],
  ['Japan', 'Tokyo'],
  ['Brazil', 'Brasilia'],
  ['Kenya', 'Nairobi'],
  ['Canada', 'Ottawa'],
  ['India', 'New Delhi'],
  ['Egypt', 'Cairo'],
  ['Mexico', 'Mexico City'],
];

const TOPICS = ['fishing rights', 'a rail link', 'water from the shared river', 'grain exports', 'vaccine deliveries', 'student visas', 'debt relief', 'a disputed border crossing', 'power lines across the mountains', 'a new port'];
const REMARKS = [
  'We want an agreement before the winter',
  'Nobody should expect a deal this month',
  'Our farmers have waited long enough',
  'The door to compromise remains open',
  'These talks were frank and useful',
  'We will not sign anything that hurts our workers',
  'Both sides made real concessions today',
];
const CLOSERS = [
  'accused {c} of sending patrol boats into its waters, officials said on Wednesday.',
  'criticised {c} for delaying payments owed since last spring, a spokeswoman said.',
  'praised {c} for its help after the floods in the south, the state broadcaster reported.',
  'threatened {c} with new tariffs on steel unless the quota dispute ends, a trade official said.',
  'offered {c} help in rebuilding the bridge destroyed by the storm, according to the embassy.',
  'expelled two diplomats of {c} after a spying scandal, the interior ministry announced.',
];
/**
 * Short wire stories of our own, one JSON object a line, with events (meetings, accusations, threats…) and quotes,
 * different enough not to be near-duplicates; the last one is a copy of the first under another URL, which the
 * store links as a duplicate.
 */
export function corpus(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n - 1; i++) {
    const [a, capital] = COUNTRIES[i % COUNTRIES.length];
    const [b] = COUNTRIES[(i + 3) % COUNTRIES.length];
    const [c] = COUNTRIES[(i + 5) % COUNTRIES.length];
    const text =
      `The foreign minister of ${a} met the ambassador of ${b} in ${capital} on Tuesday to discuss ${TOPICS[i % TOPICS.length]}, in round ${i + 1} of the talks.\n` +
      `"${REMARKS[i % REMARKS.length]}," the minister told reporters after the meeting.\n` +
      `${a} ${CLOSERS[i % CLOSERS.length].replace('{c}', c)}`;
    lines.push(JSON.stringify({ title: `Talks between ${a} and ${b}, round ${i + 1}`, date: `2024-03-${String((i % 28) + 1).padStart(2, '0')}`, url: `https://news.example/${i}`, text }));
  }
  const first = JSON.parse(lines[0]) as Record<string, string>;
  lines.push(JSON.stringify({ ...first, url: 'https://mirror.example/0' }));
  return `${lines.join('\n')}\n`;
}

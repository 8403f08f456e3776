import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildActorIndex, lookupPerson } from './actor-kb.js';
import { beforeEra } from './undated-era.js';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();

test('an office holder first in office after the days most of the others held office together is read on the last of them', () => {
  const kb = buildActorIndex({
    aliases: {},
    terms: [
      ['Ada Quill', 'f', 'SWEGOV', 'Prime Minister', '1990-01-01', '2000-01-01'],
      ['Bo Rask', 'm', 'NORGOV', 'Prime Minister', '1995-06-01', '2005-01-01'],
      ['Cy Vane', 'm', 'DNKGOV', 'Foreign Minister', '2010-01-01', null],
      ['Di Holm', 'f', 'FINGOV', 'President', '1980-01-01', '1985-01-01'],
    ],
  });
  const [ada, bo, cy, di] = ['Ada Quill', 'Bo Rask', 'Cy Vane', 'Di Holm'].map((n) => lookupPerson(kb, n, null)!);
  const later = beforeEra([ada, bo, cy, di]);
  assert.deepEqual([...later].map(([p, day]) => [p.name, day]), [['Cy Vane', '1995-06-01']]);
  // one whose terms ended before the era keeps the undated reading; two or fewer persons date nothing
  assert.equal(later.has(di), false);
  assert.equal(beforeEra([ada, cy]).size, 0);
});

test('an undated article naming office holders of one era reads another of them on its day: "Mr Kerry" beside Blair and Bush is no USAGOV', () => {
  const kerry = (text: string) => run(text, null).find((e) => e.name === 'John Kerry');
  assert.equal(kerry('Prime Minister Tony Blair, President Jacques Chirac and President George W. Bush met. Mr Kerry lost the vote, he said.')?.actor ?? null, null);
  // alone, the undated code of his listed office stays; a dated article is read by its date
  assert.equal(kerry('Mr Kerry said the talks went well.')?.actor, 'USAGOV');
  assert.equal(run('Tony Blair met George W. Bush. Mr Kerry said the talks went well.', '2014-05-01').find((e) => e.name === 'John Kerry')?.actor, 'USAGOV');
});

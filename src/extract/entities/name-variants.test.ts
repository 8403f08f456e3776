import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameVariantKey } from './name-variants.js';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();

/** The person entities of an article one of whose name mentions ends with `surname`. */
function personsNamed(es: ReturnType<typeof run>, ...surnames: string[]) {
  return es.filter((e) => e.type === 'PERSON' && e.mentions.some((m) => m.kind === 'name' && surnames.some((s) => m.text.endsWith(s))));
}

test('a surname written with and without diacritics is one person (Erdoğan, Erdogan)', () => {
  const es = run('Turkish President Recep Tayyip Erdoğan met his guests in Ankara on Friday. "We will not give up," Erdogan told reporters. Later, Erdoğan said Turkey was ready to host more talks.', '2023-05-01');
  const persons = personsNamed(es, 'Erdoğan', 'Erdogan');
  assert.equal(persons.length, 1);
  assert.equal(persons[0].mentions.filter((m) => m.kind === 'name').length, 3);
});

test('a full name written with and without diacritics is one person (made-up Ayşe Karağöz, Ayse Karagoz)', () => {
  const es = run('Ayşe Karağöz opened the new bridge on Monday. Ayse Karagoz said the bridge had cost less than planned.', '2024-03-04');
  assert.equal(personsNamed(es, 'Karağöz', 'Karagoz').length, 1);
});

test('Cyrillic -ий romanised "-yy", "-iy" and "-y" is one person (made-up Viktor Bondarskyy, Mr Bondarskiy, Bondarsky)', () => {
  const es = run('The delegation met the mayor, Viktor Bondarskyy, on Monday. Mr Bondarskiy said the talks had been useful. Bondarsky added that more would follow.', '2024-03-04');
  const persons = personsNamed(es, 'Bondarskyy', 'Bondarskiy', 'Bondarsky');
  assert.equal(persons.length, 1);
  assert.equal(persons[0].name, 'Viktor Bondarskyy');
});

test('names that differ by more than a spelling variant stay two persons (made-up Maria Rossi, Maria Rosi)', () => {
  const es = run('Maria Rossi met Maria Rosi in Leeds on Monday. The two women said they had agreed.', '2024-03-04');
  assert.equal(personsNamed(es, 'Rossi', 'Rosi').length, 2);
});

test('nameVariantKey folds diacritics and the letters NFD does not split, and Cyrillic -ий endings after a consonant', () => {
  assert.equal(nameVariantKey('erdoğan'), 'erdogan');
  assert.equal(nameVariantKey('wałęsa'), 'walesa');
  assert.equal(nameVariantKey('yıldırım'), 'yildirim');
  assert.equal(nameVariantKey('zelenskyy'), 'zelensky');
  assert.equal(nameVariantKey('zelenskiy'), 'zelensky');
  assert.equal(nameVariantKey('zelenskyi'), 'zelensky');
  assert.equal(nameVariantKey('hawaii'), 'hawaii');
  assert.equal(nameVariantKey('hall'), 'hall');
});

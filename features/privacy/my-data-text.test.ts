import { describe, expect, it } from 'vitest';
import { myDataAsText } from './my-data-text';

const labels: Record<string, string> = {
  title: 'Mina uppgifter',
  yes: 'ja',
  no: 'nej',
  none: 'Inget',
  'field.person': 'Person',
  'field.givenName': 'Förnamn',
  'field.talks': 'Samtal',
  'field.notes': 'Anteckningar',
  'field.body': 'Text',
  'field.active': 'Aktivt',
  'field.generatedAt': 'Skapad',
  'field.roles': 'Roller',
  'value.appraisal_talk': 'Medarbetarsamtal',
};

describe('the readable form of my data', () => {
  it('gives headings, labels, Stockholm times and translated codes', () => {
    const text = myDataAsText(
      {
        generatedAt: '2026-11-23T10:00:00.000Z',
        person: { givenName: 'Anna', active: true },
        talks: [{ kind: 'appraisal_talk', notes: [{ body: 'Rad ett\nRad två' }] }],
        roles: [],
      },
      (k) => labels[k],
    );
    expect(text).toBe(
      [
        'Mina uppgifter',
        '==============',
        '',
        'Skapad: 2026-11-23 11:00',
        '',
        'Person',
        '  Förnamn: Anna',
        '  Aktivt: ja',
        '',
        'Samtal (1)',
        '  1.',
        '     kind: Medarbetarsamtal',
        '     Anteckningar (1)',
        '       1.',
        '          Text:',
        '            Rad ett',
        '            Rad två',
        '',
        'Roller (0)',
        '  Inget',
        '',
      ].join('\n'),
    );
  });

  it('shows an empty value as a dash', () => {
    expect(myDataAsText({ person: { givenName: null } }, (k) => labels[k])).toContain('Förnamn: –');
  });
});

import { describe, expect, it } from 'vitest';
import { parseOrgFile, parsePeopleFile, parseIsoDate } from './rows';

const HEADER = 'Anställningsnummer;Förnamn;Efternamn;E-post;Enhetskod;Chefens anställningsnummer;Anställd från;Anställd till';

describe('reading an HR system CSV file', () => {
  it('reads the same rows with or without a byte order mark, with LF or CRLF', () => {
    const body = [HEADER, 'A1;Anna;Berg;anna.berg@kommun.se;E1;;2020-01-01;', 'A2;Åke;Öst;ake.ost@kommun.se;E1;A1;2021-02-03;'];
    const plain = parsePeopleFile(body.join('\n'));
    const windows = parsePeopleFile('\uFEFF' + body.join('\r\n') + '\r\n');
    expect(plain.errors).toEqual([]);
    expect(windows).toEqual(plain);
    expect(plain.rows.map((r) => [r.line, r.employeeNumber, r.givenName, r.familyName])).toEqual([
      [2, 'A1', 'Anna', 'Berg'],
      [3, 'A2', 'Åke', 'Öst'],
    ]);
  });

  it('keeps a semicolon and a line break inside a quoted field, and counts lines from where each row starts', () => {
    const text = ['\uFEFFEnhetskod;Enhetsnamn;Överordnad enhetskod;Typ', 'E1;"Vård; omsorg";;Förvaltning', 'E2;"Team ""Norr""\r\nmed kväll";E1;Enhet', 'E3;;E1;Enhet'].join('\r\n');
    const parsed = parseOrgFile(text);
    expect(parsed.rows.map((r) => [r.line, r.code, r.name])).toEqual([
      [2, 'E1', 'Vård; omsorg'],
      [3, 'E2', 'Team "Norr"\nmed kväll'],
    ]);
    expect(parsed.errors).toEqual([{ file: 'org', line: 5, code: 'missingField', params: { column: 'Enhetsnamn' } }]);
  });

  it('finds the columns by their headers in any order and any case', () => {
    const parsed = parseOrgFile('typ;ENHETSNAMN;enhetskod;Överordnad enhetskod\nenhet;Skolan;E9;\n');
    expect(parsed.rows).toEqual([{ line: 2, code: 'E9', name: 'Skolan', parentCode: null, kind: 'unit' }]);
    expect(parsed.hasChefColumn).toBe(false);
  });

  it('refuses a file without a required column, naming it', () => {
    const parsed = parsePeopleFile('Anställningsnummer;Förnamn\nA1;Anna\n');
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors.map((e) => [e.line, e.code, e.params?.column])).toEqual([
      [1, 'missingColumn', 'Efternamn'],
      [1, 'missingColumn', 'E-post'],
      [1, 'missingColumn', 'Enhetskod'],
      [1, 'missingColumn', 'Chefens anställningsnummer'],
      [1, 'missingColumn', 'Anställd från'],
      [1, 'missingColumn', 'Anställd till'],
    ]);
  });

  it('lists every bad row with its line and reason, and keeps the refused keys apart', () => {
    const text = [HEADER, 'A1;Anna;Berg;anna.berg@kommun.se;E1;;2020-01-01;', 'A2;;Berg;anna@;E1;;2020-13-01;', 'A3;Bo;Ek;bo.ek@kommun.se;E1;;2020-05-01;2019-12-31', 'A4;Cia;Al;cia@kommun.se;E1;;20200501;', 'A5;Dan;Ek;dan@kommun.se;E1'].join('\n');
    const parsed = parsePeopleFile(text);
    expect(parsed.rows.map((r) => [r.employeeNumber, r.startDate])).toEqual([
      ['A1', '2020-01-01'],
      ['A4', '2020-05-01'],
    ]);
    expect(parsed.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'missingField'],
      [3, 'badEmail'],
      [3, 'badDate'],
      [4, 'endBeforeStart'],
      [6, 'columnCount'],
    ]);
    expect([...parsed.refusedKeys]).toEqual(['A2', 'A3']);
  });

  it('accepts only real calendar days', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('20240101')).toBe('2024-01-01');
    expect(parseIsoDate('1/1/2024')).toBeNull();
  });

  it('refuses an unknown unit type', () => {
    const parsed = parseOrgFile('Enhetskod;Enhetsnamn;Överordnad enhetskod;Typ\nE1;Skolan;;Rektorsområde\n');
    expect(parsed.errors).toEqual([{ file: 'org', line: 2, code: 'unknownKind', params: { value: 'Rektorsområde' } }]);
  });
});

// Common Swedish first and family names, and parts for place-like unit names. Invented
// combinations only: no real person or workplace is meant.
export const GIVEN_NAMES = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Kerstin', 'Emma', 'Ingrid', 'Malin',
  'Linnea', 'Elin', 'Johanna', 'Sofia', 'Ida', 'Hanna', 'Amira', 'Fatima', 'Jenny', 'Camilla',
  'Helena', 'Annika', 'Ulrika', 'Maja', 'Alva', 'Saga', 'Ebba', 'Nora', 'Lejla', 'Aisha',
  'Erik', 'Lars', 'Karl', 'Anders', 'Johan', 'Per', 'Mikael', 'Jonas', 'Peter', 'Magnus',
  'Fredrik', 'Daniel', 'Oskar', 'Viktor', 'Emil', 'Axel', 'Ali', 'Mohammed', 'Omar', 'Hassan',
  'Nils', 'Gustav', 'Henrik', 'Mattias', 'Stefan', 'Björn', 'Olle', 'Sven', 'Ahmed', 'Milan',
] as const;

export const FAMILY_NAMES = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson',
  'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson',
  'Lindberg', 'Jakobsson', 'Magnusson', 'Lindström', 'Olofsson', 'Lindqvist', 'Lindgren', 'Berg',
  'Axelsson', 'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund',
  'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Ali', 'Engström',
  'Mohammed', 'Eklund', 'Danielsson', 'Lundin', 'Håkansson', 'Björk', 'Bergman', 'Gunnarsson',
  'Holm', 'Wikström', 'Samuelsson', 'Isaksson', 'Fransson', 'Bergqvist', 'Nyström', 'Holmberg',
  'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg', 'Hodžić', 'Yilmaz', 'Ahmadi', 'Kovač',
] as const;

export const PLACE_STEMS = [
  'Björk', 'Ek', 'Lind', 'Tall', 'Gran', 'Asp', 'Al', 'Rönn', 'Sjö', 'Berg', 'Dal', 'Äng',
  'Hag', 'Ås', 'Strand', 'Vik', 'Näs', 'Lön', 'Hassel', 'Sol', 'Mark', 'Myr', 'Kvarn', 'Bäck',
  'Holm', 'Sand', 'Sten', 'Löv', 'Klöver', 'Ljung', 'Vass', 'Fur', 'Hav', 'Ros', 'Sälg', 'Alm',
  'Ängs', 'Norr', 'Sö', 'Väst', 'Öster', 'Kull', 'Mo', 'Lund', 'Fjäll', 'Kärr', 'Hed', 'Å',
] as const;

export const PLACE_ENDINGS = [
  'hagen', 'dalen', 'gården', 'backen', 'viken', 'ängen', 'lunden', 'berga', 'torp', 'bo',
  'näs', 'udden', 'åsen', 'sta', 'vallen', 'holmen', 'liden', 'strand', 'hult', 'stigen',
  'kullen', 'slätten', 'mossen', 'bro', 'tuna', 'sund', 'skogen', 'höjden', 'parken', 'myren',
] as const;

/** Sign-in names and e-mail addresses are plain ASCII. */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * A 5×7 pixel font for the labels drawn into the chart images. The charts are rendered without a
 * native canvas (none installs reliably on every municipality's server), so the letters are drawn
 * pixel by pixel. Upper case only, with Å Ä Ö É; the text beside each chart carries the exact words.
 */

const GLYPHS: Record<string, string> = {
  A: '.###. #...# #...# ##### #...# #...# #...#',
  B: '####. #...# #...# ####. #...# #...# ####.',
  C: '.###. #...# #.... #.... #.... #...# .###.',
  D: '####. #...# #...# #...# #...# #...# ####.',
  E: '##### #.... #.... ####. #.... #.... #####',
  F: '##### #.... #.... ####. #.... #.... #....',
  G: '.###. #...# #.... #.### #...# #...# .####',
  H: '#...# #...# #...# ##### #...# #...# #...#',
  I: '.###. ..#.. ..#.. ..#.. ..#.. ..#.. .###.',
  J: '..### ...#. ...#. ...#. ...#. #..#. .##..',
  K: '#...# #..#. #.#.. ##... #.#.. #..#. #...#',
  L: '#.... #.... #.... #.... #.... #.... #####',
  M: '#...# ##.## #.#.# #.#.# #...# #...# #...#',
  N: '#...# #...# ##..# #.#.# #..## #...# #...#',
  O: '.###. #...# #...# #...# #...# #...# .###.',
  P: '####. #...# #...# ####. #.... #.... #....',
  Q: '.###. #...# #...# #...# #.#.# #..#. .##.#',
  R: '####. #...# #...# ####. #.#.. #..#. #...#',
  S: '.#### #.... #.... .###. ....# ....# ####.',
  T: '##### ..#.. ..#.. ..#.. ..#.. ..#.. ..#..',
  U: '#...# #...# #...# #...# #...# #...# .###.',
  V: '#...# #...# #...# #...# #...# .#.#. ..#..',
  W: '#...# #...# #...# #.#.# #.#.# #.#.# .#.#.',
  X: '#...# #...# .#.#. ..#.. .#.#. #...# #...#',
  Y: '#...# #...# .#.#. ..#.. ..#.. ..#.. ..#..',
  Z: '##### ....# ...#. ..#.. .#... #.... #####',
  '0': '.###. #...# #..## #.#.# ##..# #...# .###.',
  '1': '..#.. .##.. ..#.. ..#.. ..#.. ..#.. .###.',
  '2': '.###. #...# ....# ...#. ..#.. .#... #####',
  '3': '####. ....# ....# .###. ....# ....# ####.',
  '4': '...#. ..##. .#.#. #..#. ##### ...#. ...#.',
  '5': '##### #.... ####. ....# ....# #...# .###.',
  '6': '..##. .#... #.... ####. #...# #...# .###.',
  '7': '##### ....# ...#. ..#.. .#... .#... .#...',
  '8': '.###. #...# #...# .###. #...# #...# .###.',
  '9': '.###. #...# #...# .#### ....# ...#. .##..',
  ' ': '..... ..... ..... ..... ..... ..... .....',
  '-': '..... ..... ..... ##### ..... ..... .....',
  '+': '..... ..#.. ..#.. ##### ..#.. ..#.. .....',
  '%': '##..# ##..# ...#. ..#.. .#... #..## #..##',
  '.': '..... ..... ..... ..... ..... .##.. .##..',
  ',': '..... ..... ..... ..... .##.. ..#.. .#...',
  ':': '..... .##.. .##.. ..... .##.. .##.. .....',
  '/': '....# ....# ...#. ..#.. .#... #.... #....',
  '(': '...#. ..#.. .#... .#... .#... ..#.. ...#.',
  ')': '.#... ..#.. ...#. ...#. ...#. ..#.. .#...',
  '§': '.###. #.... .###. #...# .###. ....# .###.',
  '?': '.###. #...# ....# ...#. ..#.. ..... ..#..',
};

/** Marks above a capital, in the two rows over the glyph. */
const ACCENTS: Record<string, [string, string]> = {
  Å: ['..#..', '.#.#.'],
  Ä: ['.#.#.', '.....'],
  Ö: ['.#.#.', '.....'],
  É: ['...#.', '..#..'],
  Ü: ['.#.#.', '.....'],
};
const BASE: Record<string, string> = { Å: 'A', Ä: 'A', Ö: 'O', É: 'E', Ü: 'U' };

const GLYPH_WIDTH = 5;
/** Two accent rows and seven glyph rows. */
export const GLYPH_HEIGHT = 9;
const ADVANCE = GLYPH_WIDTH + 1;

/** The lit pixels of one character, rows top to bottom, as strings of '#' and '.'. */
export function glyphRows(char: string): string[] {
  const upper = char.toLocaleUpperCase('sv-SE');
  const accent = ACCENTS[upper] ?? ['.....', '.....'];
  const body = GLYPHS[BASE[upper] ?? upper] ?? GLYPHS['?']!;
  return [...accent, ...body.split(' ')];
}

export function textWidth(text: string, scale: number): number {
  return text.length === 0 ? 0 : (text.length * ADVANCE - 1) * scale;
}

/** Calls `plot` for every lit pixel of the text, top-left at (x, y), each font pixel scale × scale. */
export function drawText(text: string, x: number, y: number, scale: number, plot: (px: number, py: number) => void): void {
  [...text].forEach((char, i) => {
    glyphRows(char).forEach((row, r) => {
      for (let c = 0; c < row.length; c++) {
        if (row[c] !== '#') continue;
        for (let dy = 0; dy < scale; dy++) for (let dx = 0; dx < scale; dx++) plot(x + (i * ADVANCE + c) * scale + dx, y + r * scale + dy);
      }
    });
  });
}

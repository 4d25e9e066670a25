// The code is written one statement to a line, lines up to about 300 characters: of the widths
// measured, this one reformats the fewest lines of the code as it stands.
/** @type {import('prettier').Config} */
const config = {
  printWidth: 300,
  singleQuote: true,
  semi: true,
  trailingComma: 'all',
  arrowParens: 'always',
};

export default config;

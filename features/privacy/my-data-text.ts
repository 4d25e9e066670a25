import { formatDateTime } from '@/lib/dates/format-date';

/**
 * The readable form of the "my data" download: the same content as the JSON, as indented plain
 * text with Swedish headings, so a person can read it without tools. `label` gives the text for a
 * field name or a code (a status, a role); anything without one is shown as it is.
 */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

type Labeller = (key: string) => string | undefined;

function scalar(value: unknown, label: Labeller): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return label(value ? 'yes' : 'no') ?? String(value);
  if (typeof value === 'string') {
    if (ISO_INSTANT.test(value)) return formatDateTime(new Date(value), 'sv');
    return label(`value.${value}`) ?? value;
  }
  return String(value);
}

function render(value: unknown, label: Labeller, indent: string, out: string[]) {
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const name = label(`field.${key}`) ?? key;
    if (Array.isArray(v)) {
      out.push(`${indent}${name} (${v.length})`);
      if (v.length === 0) out.push(`${indent}  ${label('none') ?? '–'}`);
      v.forEach((item, i) => {
        if (item !== null && typeof item === 'object') {
          out.push(`${indent}  ${i + 1}.`);
          render(item, label, `${indent}     `, out);
        } else out.push(`${indent}  ${i + 1}. ${scalar(item, label)}`);
      });
    } else if (v !== null && typeof v === 'object') {
      out.push(`${indent}${name}`);
      if (Object.keys(v).length === 0) out.push(`${indent}  –`);
      render(v, label, `${indent}  `, out);
    } else if (typeof v === 'string' && v.includes('\n')) {
      // Notes and descriptions keep their own lines, indented under the field name.
      out.push(`${indent}${name}:`);
      for (const line of v.split('\n')) out.push(`${indent}  ${line}`);
    } else {
      out.push(`${indent}${name}: ${scalar(v, label)}`);
    }
  }
}

export function myDataAsText(data: Record<string, unknown>, label: Labeller): string {
  const out: string[] = [];
  const title = label('title');
  if (title) out.push(title, '='.repeat(title.length), '');
  for (const [section, value] of Object.entries(data)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      out.push(label(`field.${section}`) ?? section);
      render(value, label, '  ', out);
    } else render({ [section]: value }, label, '', out);
    out.push('');
  }
  return out.join('\n');
}

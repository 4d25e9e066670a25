import { baseUrl, type HttpResponse, type HttpSession } from './session';

/**
 * Forms bound to server actions, harvested from a page's server-rendered HTML and posted back the
 * way a browser without JavaScript does (progressive enhancement).
 *
 * Next 16.4.5 renders such a form as `<form action="" method="POST" encType="multipart/form-data">`
 * with hidden fields that name the action: `$ACTION_ID_<id>` for a plain action, or
 * `$ACTION_REF_n` + `$ACTION_n:0` (JSON `{"id":…,"bound":…}`) + `$ACTION_n:1` + `$ACTION_KEY` for a
 * useActionState form. Posting those fields as multipart/form-data to the page's own URL runs the
 * action (checked by hand against this build: the answer is a 303 to the action's redirect, or the
 * page re-rendered with the form's state — its Swedish messages — when the action returns one).
 * That is exactly what a forged request from a role that may not use the form looks like, so the
 * matrix posts the harvested fields as every role.
 */
export type Field = [name: string, value: string];

export interface HarvestedForm {
  /** The page the form was found on: where it is posted. */
  page: string;
  actionId: string;
  fields: Field[];
  /** The names the user fills in (everything not starting with $ACTION). */
  inputNames: string[];
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag);
  return m ? decode(m[1]!) : undefined;
};
const hasAttr = (tag: string, name: string) => new RegExp(`\\s${name}(?:=|\\s|/?>)`, 'i').test(tag);

function actionIdOf(fields: Field[]): string | undefined {
  for (const [name, value] of fields) {
    if (name.startsWith('$ACTION_ID_')) return name.slice('$ACTION_ID_'.length);
    if (/^\$ACTION_\d+:0$/.test(name)) {
      try {
        return (JSON.parse(value) as { id: string }).id;
      } catch {
        /* not the reference */
      }
    }
  }
  return undefined;
}

export function harvestForms(page: string, html: string): HarvestedForm[] {
  const forms: HarvestedForm[] = [];
  for (const match of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/gi)) {
    const inner = match[1]!;
    const fields: Field[] = [];
    const radiosSeen = new Set<string>();
    for (const el of inner.matchAll(/<input\b[^>]*>|<textarea\b[^>]*>([\s\S]*?)<\/textarea>|<select\b[^>]*>([\s\S]*?)<\/select>/gi)) {
      const tag = el[0];
      const name = attr(tag, 'name');
      if (!name) continue;
      if (tag.toLowerCase().startsWith('<textarea')) {
        fields.push([name, decode(el[1] ?? '')]);
      } else if (tag.toLowerCase().startsWith('<select')) {
        const options = [...(el[2] ?? '').matchAll(/<option\b[^>]*>/gi)].map((o) => o[0]);
        const chosen = options.find((o) => hasAttr(o, 'selected')) ?? options.find((o) => (attr(o, 'value') ?? '') !== '') ?? options[0];
        fields.push([name, chosen ? (attr(chosen, 'value') ?? '') : '']);
      } else {
        const type = (attr(tag, 'type') ?? 'text').toLowerCase();
        if (type === 'submit' || type === 'button' || type === 'file') continue;
        if (type === 'checkbox' && !hasAttr(tag, 'checked')) continue;
        if (type === 'radio') {
          if (radiosSeen.has(name)) continue;
          radiosSeen.add(name);
        }
        fields.push([name, attr(tag, 'value') ?? (type === 'checkbox' ? 'on' : '')]);
      }
    }
    const actionId = actionIdOf(fields);
    if (!actionId) continue;
    const inputNames = [...new Set(fields.map(([n]) => n).filter((n) => !n.startsWith('$ACTION')))];
    forms.push({ page, actionId, fields, inputNames });
  }
  return forms;
}

export interface PostOptions {
  /** undefined: same origin (as a browser sends); null: no Origin header at all. */
  origin?: string | null;
  /** Replace or add user fields (the $ACTION fields are kept). */
  override?: Field[];
  /** Drop these user fields. */
  omit?: string[];
  /** Append these after everything else (a duplicated field). */
  extra?: Field[];
}

/** The harvested fields with overrides applied: an override replaces the first field of its name
 * (a group such as `valueIds[]` keeps its other members); a name not on the form is added. */
export function formBody(form: HarvestedForm, options: PostOptions = {}): FormData {
  const pending = [...(options.override ?? [])];
  const omitted = new Set(options.omit ?? []);
  const data = new FormData();
  for (const [name, value] of form.fields) {
    if (omitted.has(name)) continue;
    const i = pending.findIndex(([n]) => n === name);
    if (i >= 0) {
      data.append(name, pending[i]![1]);
      pending.splice(i, 1);
    } else {
      data.append(name, value);
    }
  }
  for (const [name, value] of [...pending, ...(options.extra ?? [])]) data.append(name, value);
  return data;
}

export function postForm(session: HttpSession, form: HarvestedForm, options: PostOptions = {}): Promise<HttpResponse> {
  const headers: Record<string, string> = {};
  if (options.origin !== null) headers.origin = options.origin ?? baseUrl();
  return session.request(form.page, { method: 'POST', headers, body: formBody(form, options) });
}

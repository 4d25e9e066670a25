import { describe, expect, it } from 'vitest';
import { RuleError } from '@/lib/errors';
import { readImportUpload } from './upload';

/** A multipart body as the import page sends it, and its content type. */
async function form(fields: Record<string, string | File>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  const request = new Request('http://x/api/hr-import', { method: 'POST', body: data });
  return { type: request.headers.get('content-type')!, bytes: new Uint8Array(await request.arrayBuffer()) };
}

/** A request whose body is handed out in small chunks, counting how many were read. */
function streamed(bytes: Uint8Array, headers: Record<string, string>) {
  let offset = 0;
  const reads = { chunks: 0 };
  // No chunk is pulled ahead: each read is one a reader asked for.
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        reads.chunks++;
        controller.enqueue(bytes.slice(offset, offset + 1024));
        offset += 1024;
      },
    },
    { highWaterMark: 0 },
  );
  return { request: new Request('http://x/api/hr-import', { method: 'POST', body, headers, duplex: 'half' } as RequestInit), reads };
}

const messageOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'read',
    (err: unknown) => (err instanceof RuleError ? err.messageKey : String(err)),
  );

describe('readImportUpload', () => {
  it('reads the mode, the hashes and both files', async () => {
    const hash = 'a'.repeat(64);
    const { type, bytes } = await form({ mode: 'apply', contentHash: hash, planHash: hash, org: new File(['Enhetskod\nE1'], 'org.csv'), people: new File([''], '') });
    const { request } = streamed(bytes, { 'content-type': type, 'content-length': String(bytes.length) });
    expect(await readImportUpload(request)).toEqual({ mode: 'apply', contentHash: hash, planHash: hash, files: { org: 'Enhetskod\nE1', people: null } });
  });

  it('refuses a declared length above the limit without reading a byte', async () => {
    const { type, bytes } = await form({ mode: 'preview', org: new File(['x'.repeat(5000)], 'org.csv') });
    const { request, reads } = streamed(bytes, { 'content-type': type, 'content-length': String(bytes.length) });
    expect(await messageOf(readImportUpload(request, 4000))).toBe('import.tooLarge');
    expect(reads.chunks).toBe(0);
  });

  it('cuts off a body without a declared length where it passes the limit', async () => {
    const { type, bytes } = await form({ mode: 'preview', org: new File(['x'.repeat(50_000)], 'org.csv') });
    const { request, reads } = streamed(bytes, { 'content-type': type });
    expect(await messageOf(readImportUpload(request, 4000))).toBe('import.tooLarge');
    expect(reads.chunks).toBeLessThan(10);
  });

  it('refuses a form without files, with a bad mode, or that is not a form', async () => {
    const none = await form({ mode: 'preview' });
    expect(await messageOf(readImportUpload(streamed(none.bytes, { 'content-type': none.type }).request))).toBe('import.noFile');
    const bad = await form({ mode: 'allt', org: new File(['x'], 'org.csv') });
    expect(await messageOf(readImportUpload(streamed(bad.bytes, { 'content-type': bad.type }).request))).toBe('form.invalid');
    expect(await messageOf(readImportUpload(streamed(new TextEncoder().encode('{}'), { 'content-type': 'application/json' }).request))).toBe('form.invalid');
  });
});

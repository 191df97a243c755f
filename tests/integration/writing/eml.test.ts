import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEml } from '../../../electron/writing/email-eml';
import { caseFileSchema } from '../../../shared/case/case-file';
import { buildEmailDraft } from '../../../shared/writing/email';

/** An independent reader for what the test needs: RFC 2047 encoded words and quoted-printable bodies. */
function decodeQ(text: string, underscoreIsSpace = true): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(underscoreIsSpace && text[i] === '_' ? 0x20 : text.charCodeAt(i));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQ(data),
    );
}
function parseEml(raw: string): { headers: Map<string, string>; body: string } {
  const [head, ...rest] = raw.split('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of head!.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const at = line.indexOf(':');
    headers.set(line.slice(0, at).toLowerCase(), line.slice(at + 1).trim());
  }
  return { headers, body: rest.join('\r\n\r\n') };
}

const caseFile = caseFileSchema.parse({
  schemaVersion: 1,
  id: 'lukasz',
  title: 'Łukasz Şahin',
  createdAt: '2026-01-01T10:00:00Z',
  updatedAt: '2026-01-01T10:00:00Z',
  person: {
    fullName: 'Łukasz Şahin',
    email: 'lukasz@example.org',
    dateOfBirth: '1991-02-03',
    nationality: 'polaca',
    phone: '+48 600 100 200',
  },
  situation: { permitNumber: 'AR-1' },
});

describe('.eml rendering', () => {
  it('writes RFC 5322 with encoded non-ASCII headers, a UTF-8 body, and X-Unsent', async () => {
    const draft = buildEmailDraft(caseFile, 'renewals-portal-error');
    const raw = Buffer.from(await renderEml(draft, { date: new Date('2026-03-02T10:00:00Z') })).toString('latin1');
    // Headers are 7-bit ASCII; no line is longer than RFC 5322's 998-character limit.
    expect(/^[\x20-\x7e\r\n\t]*$/.test(raw)).toBe(true);
    expect(Math.max(...raw.split('\r\n').map((l) => l.length))).toBeLessThanOrEqual(998);

    const { headers, body } = parseEml(raw);
    expect(headers.get('x-unsent')).toBe('1');
    expect(headers.get('mime-version')).toBe('1.0');
    expect(headers.get('content-type')).toMatch(/text\/plain; charset=utf-8/i);
    expect(headers.get('date')).toBe('Mon, 02 Mar 2026 10:00:00 +0000');
    expect(decodeHeader(headers.get('from')!)).toBe('Łukasz Şahin <lukasz@example.org>');
    expect(headers.get('from')).toContain('=?UTF-8?');
    expect(headers.get('to')).toBe('geral@aima.gov.pt, renovacao.ar@aima.gov.pt');
    expect(decodeHeader(headers.get('subject')!)).toBe(draft.subject);

    const text = decodeQ(body.replace(/=\r\n/g, ''), false);
    expect(text.replace(/\r\n/g, '\n').trim()).toBe(draft.body.trim());
  });

  it('attaches files from the case when asked', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aima-eml-'));
    try {
      const file = join(dir, 'erro.png');
      await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
      const draft = buildEmailDraft(caseFile, 'renewals-portal-error');
      const raw = Buffer.from(await renderEml(draft, { attachments: [{ filename: 'erro.png', path: file }] })).toString('latin1');
      expect(raw).toMatch(/Content-Type: multipart\/mixed/);
      expect(raw).toMatch(/Content-Disposition: attachment; filename=erro\.png/);
      expect(raw).toContain(Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]).toString('base64'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

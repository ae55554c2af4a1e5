import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, screenshot } from './browser';
import { stack } from './stack';

const { baseUrl, dataDir } = stack();

/**
 * The test e-mail is the platform operator's (devtools.email): an operator access token,
 * signed like the API's (HS256) with the development key the launcher keeps in secrets.json.
 */
function operatorToken(): string {
  const { REHA_JWT_SECRET } = JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8')) as {
    REHA_JWT_SECRET: string;
  };
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({
    kind: 'operator',
    sub: randomUUID(),
    aud: 'operator',
    iss: 'reha',
    iat: now,
    exp: now + 300,
  })}`;
  const signature = createHmac('sha256', Buffer.from(REHA_JWT_SECRET, 'base64'))
    .update(unsigned)
    .digest('base64url');
  return `${unsigned}.${signature}`;
}

interface CapturedMessage {
  id: string;
  messageId: string | null;
  to: string[];
  subject: string;
}

async function sendTestEmail(to: string, subject: string, idempotencyKey: string) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${operatorToken()}` },
    body: JSON.stringify({
      query: 'mutation($input: SendTestEmailInput!) { sendTestEmail(input: $input) { id state } }',
      variables: { input: { to, subject, idempotencyKey } },
    }),
  });
  const body = (await res.json()) as {
    data?: { sendTestEmail: { id: string; state: string } };
    errors?: unknown[];
  };
  expect(body.errors).toBeUndefined();
  return body.data!.sendTestEmail;
}

async function capturedMessages(): Promise<CapturedMessage[]> {
  const res = await fetch(`${baseUrl}/dev/mail/messages.json`);
  expect(res.status).toBe(200);
  return (await res.json()) as CapturedMessage[];
}

describe('e-mail in development', () => {
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it('a test e-mail sent through the API appears on the development mail page', async () => {
    const to = 'tiina.tamm@example.ee';
    const subject = `Proovikiri ${Date.now()} – õ ä ö ü š ž`;
    const key = `e2e-${Date.now()}`;
    const queued = await sendTestEmail(to, subject, key);
    expect(queued.state).toBe('pending');
    // Sending again with the same key is the same e-mail, not a second one.
    expect((await sendTestEmail(to, subject, key)).id).toBe(queued.id);

    // The worker delivers through the outbox within a few seconds.
    const deadline = Date.now() + 30_000;
    let found: CapturedMessage | undefined;
    while (!found && Date.now() < deadline) {
      found = (await capturedMessages()).find((m) => m.subject === subject);
      if (!found) await new Promise((r) => setTimeout(r, 250));
    }
    if (!found) throw new Error(`"${subject}" did not reach the SMTP capture server in 30 s`);
    expect(found.to).toEqual([to]);
    expect(found.messageId).toBe(`<${queued.id}@localhost>`);

    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/dev/mail`);
    const row = page.getByRole('table').getByRole('row').filter({ hasText: subject });
    await expect(row.count()).resolves.toBe(1);
    await expect(row.getByRole('cell').nth(1).innerText()).resolves.toBe(to);
    await screenshot(page, 'dev-mail');

    // The subject links to the raw message.
    const href = await row.getByRole('link', { name: subject }).getAttribute('href');
    const raw = await fetch(`${baseUrl}${href}`);
    expect(raw.status).toBe(200);
    expect(raw.headers.get('content-type')).toMatch(/^message\/rfc822/);
    expect(await raw.text()).toMatch(new RegExp(`^To: ${to.replace(/\./g, '\\.')}`, 'm'));

    // Only one was delivered for the two requests with the same key.
    expect((await capturedMessages()).filter((m) => m.subject === subject)).toHaveLength(1);
  });
});

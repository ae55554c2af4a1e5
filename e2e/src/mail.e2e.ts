import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { stack } from './stack';

const { baseUrl } = stack();

describe('e-mail in development', () => {
  let browser: Browser;
  afterAll(async () => {
    await browser?.close();
  });

  it('a test e-mail sent through the API reaches the capture server and shows on the development mail page', async () => {
    const subject = `Proovikiri ${Date.now()} – õäöü`;
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation($input: SendTestEmailInput!) { sendTestEmail(input: $input) { id state } }',
        variables: { input: { to: 'tiina.tamm@example.ee', subject, idempotencyKey: subject } },
      }),
    });
    const body = (await res.json()) as { data: { sendTestEmail: { id: string; state: string } } };
    expect(body.data.sendTestEmail.state).toBe('pending');

    const deadline = Date.now() + 20_000;
    let found: { messageId: string } | undefined;
    while (!found && Date.now() < deadline) {
      const messages = (await (await fetch(`${baseUrl}/dev/mail/messages.json`)).json()) as Array<{
        subject: string;
        messageId: string;
      }>;
      found = messages.find((m) => m.subject === subject);
      if (!found) await new Promise((r) => setTimeout(r, 250));
    }
    expect(found?.messageId).toBe(`<${body.data.sendTestEmail.id}@localhost>`);

    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/dev/mail`);
    await expect(page.getByRole('link', { name: subject }).count()).resolves.toBe(1);
  });
});

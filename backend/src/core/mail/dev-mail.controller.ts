import { Controller, Get, Header, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { readCapturedMessages } from './capture-server';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Development page of the local SMTP capture server: what Reha "sent". Only when developer
 * tools are on and a capture folder is configured — never in production.
 */
@Controller('dev/mail')
export class DevMailController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private dir(): string {
    if (!this.config.devTools || !this.config.mailCaptureDir) throw new NotFoundException();
    return this.config.mailCaptureDir;
  }

  @Get('messages.json')
  list() {
    return readCapturedMessages(this.dir());
  }

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  page(): string {
    const rows = readCapturedMessages(this.dir())
      .map(
        (m) =>
          `<tr><td>${escape(new Date(m.receivedAt).toLocaleString('et-EE', { timeZone: 'Europe/Tallinn' }))}</td><td>${escape(m.to.join(', '))}</td><td><a href="/dev/mail/${m.id}.eml">${escape(m.subject || '(teemata)')}</a></td><td><code>${escape(m.messageId ?? '')}</code></td></tr>`,
      )
      .join('');
    return `<!doctype html><html lang="et"><head><meta charset="utf-8"><title>Reha – püütud e-kirjad</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ddd}th{background:#0b5563;color:#fff}</style></head>
<body><main><h1>Püütud e-kirjad (arendus)</h1><p>Kohalik SMTP-püüdja hoiab siin kõik kirjad, mida Reha saatis. Need ei lahkunud masinast.</p>
<table><caption class="visually-hidden">E-kirjad, uuemad eespool</caption><thead><tr><th scope="col">Saabus</th><th scope="col">Kellele</th><th scope="col">Teema</th><th scope="col">Message-ID</th></tr></thead><tbody>${rows || '<tr><td colspan="4">Kirju pole veel.</td></tr>'}</tbody></table></main></body></html>`;
  }

  @Get(':id.eml')
  raw(@Param('id') id: string, @Res() res: Response) {
    if (!/^\d{6}$/.test(id)) throw new NotFoundException();
    const file = join(this.dir(), `${id}.eml`);
    if (!existsSync(file)) throw new NotFoundException();
    res.type('message/rfc822').sendFile(file);
  }
}

import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ErrorCode } from '@reha/shared';
import type { Request, Response } from 'express';
import { AppError } from '../../errors/app-error';
import { isEidApp } from './eid-paths';
import { EidService } from './eid.service';

/**
 * The eID login's browser routes (full page loads, not XHR): each ends in a redirect, to the
 * provider or back to the SPA. `:app` is `admin` (staff, web-admin) or `client` (web-client).
 */
@Controller('auth')
export class EidController {
  constructor(private readonly eid: EidService) {}

  /** `?returnTo=<path in the SPA>`, `?lang=et|en|ru` for the provider's page. */
  @Get(':app/eid/start')
  start(
    @Param('app') app: string,
    @Query('returnTo') returnTo: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (!isEidApp(app)) throw new AppError(ErrorCode.NOT_FOUND);
    return this.eid.start(req, res, app, returnTo);
  }

  /** `?ticket=` from the `startEidLink` mutation: a signed-in staff member links their isikukood. */
  @Get('admin/eid/link/start')
  startLink(
    @Query('ticket') ticket: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.eid.startLink(req, res, ticket);
  }

  @Get(':app/eid/callback')
  callback(@Param('app') app: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    if (!isEidApp(app)) throw new AppError(ErrorCode.NOT_FOUND);
    return this.eid.callback(req, res, app);
  }
}

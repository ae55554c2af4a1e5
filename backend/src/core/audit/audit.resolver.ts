import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { ErrorCode, Locale, tallinnDateOf } from '@reha/shared';
import { Permission } from '../auth/permissions';
import { RequirePermission } from '../auth/require-permission';
import { Clock } from '../clock/clock';
import { AppError } from '../errors/app-error';
import { ExportColumn } from '../export/export-column';
import { ExportService } from '../export/export.service';
import { Connection } from '../graphql/pagination';
import type { RequestContext } from '../request/request-context';
import { AUDIT_LOG_FIELDS, AuditExportRow, AuditLog } from './audit-log';
import { AuditService } from './audit.service';
import {
  AuditEvent,
  AuditEventConnection,
  AuditEventFilter,
  AuditEventsArgs,
  ExportedFile,
  ExportFormat,
} from './audit.types';

/** The most rows one export may hold; beyond it the caller narrows the filter. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

type Labels = Record<Locale, string>;

const COLUMN_LABELS: Array<[keyof AuditExportRow, Labels]> = [
  ['id', { et: 'Sündmus', en: 'Event', ru: 'Событие' }],
  ['occurredAt', { et: 'Aeg', en: 'Time (Tallinn)', ru: 'Время (Таллин)' }],
  ['principalKind', { et: 'Tegija liik', en: 'Principal kind', ru: 'Тип субъекта' }],
  ['actorId', { et: 'Tegija', en: 'Actor', ru: 'Исполнитель' }],
  ['actorRole', { et: 'Roll', en: 'Role', ru: 'Роль' }],
  ['action', { et: 'Tegevus', en: 'Action', ru: 'Действие' }],
  ['entityType', { et: 'Objekti liik', en: 'Entity type', ru: 'Тип объекта' }],
  ['entityId', { et: 'Objekt', en: 'Entity', ru: 'Объект' }],
  ['clientId', { et: 'Klient', en: 'Client', ru: 'Клиент' }],
  ['fields', { et: 'Väljad', en: 'Fields', ru: 'Поля' }],
  ['result', { et: 'Tulemus', en: 'Result', ru: 'Результат' }],
  ['errorCode', { et: 'Veakood', en: 'Error code', ru: 'Код ошибки' }],
  ['requestId', { et: 'Päringu ID', en: 'Request ID', ru: 'ID запроса' }],
  ['ip', { et: 'IP-aadress', en: 'IP address', ru: 'IP-адрес' }],
  ['chainPosition', { et: 'Ahela positsioon', en: 'Chain position', ru: 'Позиция в цепочке' }],
];

const RESULT_LABELS: Record<string, Labels> = {
  ok: { et: 'õnnestus', en: 'ok', ru: 'успешно' },
  denied: { et: 'keelatud', en: 'denied', ru: 'отказано' },
  failed: { et: 'ebaõnnestus', en: 'failed', ru: 'ошибка' },
};

const SHEET_NAME: Labels = { et: 'Auditilogi', en: 'Audit log', ru: 'Журнал аудита' };

/** The columns of an audit export with headings in `locale`. */
export function auditExportColumns(locale: Locale): ExportColumn[] {
  return COLUMN_LABELS.map(([key, labels]) => ({ key, header: labels[locale] }));
}

/**
 * The organization's audit log for its administrators: browse with filters, or export.
 * Looking at the log is itself recorded — one event per page or export, not per row.
 */
@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(
    private readonly log: AuditLog,
    private readonly audit: AuditService,
    private readonly exports: ExportService,
    private readonly clock: Clock,
  ) {}

  @RequirePermission(Permission.AuditRead)
  @Query(() => AuditEventConnection, {
    description: 'The audit log of the current organization, newest first.',
    complexity: ({ args, childComplexity }) => childComplexity * ((args.first as number) ?? 50),
  })
  async auditEvents(@Args() args: AuditEventsArgs): Promise<Connection<AuditEvent>> {
    const { filter } = args;
    const connection = await this.log.page(filter, args.first, args.after);
    this.audit.record({
      action: 'read',
      entityType: 'audit_event',
      clientId: filter?.clientId,
      fields: AUDIT_LOG_FIELDS,
    });
    return connection;
  }

  @RequirePermission(Permission.AuditExport)
  @Query(() => ExportedFile, {
    description: `The filtered audit log as a spreadsheet (at most ${AUDIT_EXPORT_MAX_ROWS} rows).`,
  })
  async exportAuditEvents(
    @Context() context: RequestContext,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter?: AuditEventFilter,
  ): Promise<ExportedFile> {
    const matching = await this.log.countMatching(filter);
    if (matching > AUDIT_EXPORT_MAX_ROWS) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        { rowCount: matching, max: AUDIT_EXPORT_MAX_ROWS },
        [{ field: 'filter', key: 'MAX_VALUE', params: { max: AUDIT_EXPORT_MAX_ROWS } }],
      );
    }
    const locale = context.locale;
    const rows = (await this.log.exportRows(filter, AUDIT_EXPORT_MAX_ROWS)).map((row) => ({
      ...row,
      result: RESULT_LABELS[row.result]?.[locale] ?? row.result,
    }));
    const columns = auditExportColumns(locale);
    const file = await this.exports.toFile(
      format,
      { sheetName: SHEET_NAME[locale], baseName: `audit-log-${tallinnDateOf(this.clock.now())}` },
      columns,
      rows,
    );
    this.audit.record({
      action: 'export',
      entityType: 'audit_event',
      clientId: filter?.clientId,
      fields: AUDIT_LOG_FIELDS,
    });
    return file;
  }
}

import { Injectable } from '@nestjs/common';
import {
  centsToDecimalString,
  ErrorCode,
  formatDateEt,
  Locale,
  tallinnDateOf,
  validationMessage,
} from '@reha/shared';
import { ExportedFile, ExportFormat } from '../../core/audit/audit.types';
import { AuditService } from '../../core/audit/audit.service';
import { Clock } from '../../core/clock/clock';
import { AppError } from '../../core/errors/app-error';
import { ExportService } from '../../core/export/export.service';
import { Db } from '../../core/tenancy/db';
import { PriceImportError, PriceImportResult } from './dto/price.types';
import { PriceImportMode } from './dto/price.inputs';
import {
  headerOf,
  MAX_FILE_BYTES,
  MAX_FILE_ROWS,
  parseRow,
  ParsedPriceRow,
  PRICE_FILE_COLUMNS,
  readCsv,
  readXlsx,
  rowsByColumn,
  VAT_LABELS,
} from './price-list-file';
import { PriceListsService } from './price-lists.service';
import { FORM_LABELS } from './price-terms';

/** Field names of writePrice's problems → the file's columns. */
const COLUMN_OF_FIELD: Record<string, string> = {
  priceListId: 'row',
  serviceId: 'serviceName',
  form: 'form',
  groupSizeMin: 'groupSizeMin',
  groupSizeMax: 'groupSizeMax',
  priceCents: 'price',
  validFrom: 'validFrom',
  validTo: 'validTo',
};

interface ServiceRef {
  id: string;
  name: string;
}

/**
 * Price lists to and from spreadsheets. An import checks every row and writes each good one as
 * schedulePrice would (a stored open-ended version ends the day before a row of the same key;
 * rows of one file keep the periods the file gives them, so they may not overlap each other); each row is written under a savepoint so a refused
 * row leaves nothing behind, and ALL_OR_NOTHING rolls the whole file back when any row is bad.
 */
@Injectable()
export class PriceListTransferService {
  constructor(
    private readonly db: Db,
    private readonly lists: PriceListsService,
    private readonly exports: ExportService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async exportList(priceListId: string, format: ExportFormat): Promise<ExportedFile> {
    const list = await this.lists.list(priceListId);
    const rows = (await this.lists.rows(priceListId)).map((r) => ({
      serviceId: r.serviceId,
      serviceName: r.serviceName,
      stateCode: r.stateCode ?? '',
      form: FORM_LABELS[r.form as keyof typeof FORM_LABELS].et,
      groupSizeMin: r.groupSizeMin,
      groupSizeMax: r.groupSizeMax,
      price: centsToDecimalString(r.priceCents).replace('.', ','),
      vatCategory: VAT_LABELS[r.vatCategory as keyof typeof VAT_LABELS],
      validFrom: formatDateEt(r.validFrom),
      validTo: r.validTo ? formatDateEt(r.validTo) : '',
    }));
    const columns = PRICE_FILE_COLUMNS.map((c) => ({ key: c.key, header: c.header }));
    const file = await this.exports.toFile(
      format,
      {
        sheetName: 'Hinnakiri',
        baseName: `hinnakiri-${list.funderCode}-${tallinnDateOf(this.clock.now())}`,
      },
      columns,
      rows,
    );
    this.audit.record({ action: 'export', entityType: 'price_list', entityId: list.id });
    return file;
  }

  async importList(
    priceListId: string,
    format: ExportFormat,
    contentBase64: string,
    mode: PriceImportMode,
    locale: Locale,
  ): Promise<PriceImportResult> {
    await this.lists.list(priceListId);
    const content = Buffer.from(contentBase64, 'base64');
    if (content.length > MAX_FILE_BYTES)
      throw new AppError(ErrorCode.FILE_TOO_LARGE, {
        fileName: 'hinnakiri',
        size: `${(content.length / 1024 / 1024).toFixed(1)} MB`,
        max: '2 MB',
      });
    const table =
      format === ExportFormat.XLSX
        ? await readXlsx(content).catch(() => {
            throw new AppError(ErrorCode.FILE_CONTENT_MISMATCH, { fileName: 'hinnakiri.xlsx' });
          })
        : readCsv(content.toString('utf8'));
    const { rows, missing } = rowsByColumn(table);
    const errors: PriceImportError[] = [];
    const report = (
      line: number,
      field: string,
      key: string,
      params?: Record<string, string | number>,
    ) =>
      errors.push({
        line,
        field: headerOf(field, locale),
        message: validationMessage(key, locale, params),
      });
    if (missing.length) {
      for (const key of missing) report(1, key, 'REQUIRED');
      return { imported: 0, errors };
    }
    if (rows.length > MAX_FILE_ROWS)
      throw AppError.badInput([
        { field: 'contentBase64', key: 'MAX_VALUE', params: { max: MAX_FILE_ROWS } },
      ]);

    const services = await this.db.query<ServiceRef[]>(`SELECT id, name FROM provider_service`);
    const written: Array<{ id: string; endedId: string | null }> = [];
    await this.db.query(`SAVEPOINT price_import`);
    for (const row of rows) {
      const parsed = parseRow(row);
      if ('problems' in parsed) {
        for (const p of parsed.problems) report(row.line, p.field, p.key, p.params);
        continue;
      }
      const serviceId = serviceOf(parsed.value, services);
      if (!serviceId) {
        report(row.line, parsed.value.serviceId ? 'serviceId' : 'serviceName', 'UNKNOWN_REFERENCE');
        continue;
      }
      await this.db.query(`SAVEPOINT price_import_row`);
      try {
        written.push(
          await this.lists.writePrice(
            { ...parsed.value, priceListId, serviceId },
            '',
            written.map((w) => w.id),
          ),
        );
        await this.db.query(`RELEASE SAVEPOINT price_import_row`);
      } catch (error) {
        if (!(error instanceof AppError) || !error.fields.length) throw error;
        await this.db.query(`ROLLBACK TO SAVEPOINT price_import_row`);
        for (const f of error.fields)
          report(row.line, COLUMN_OF_FIELD[f.field] ?? 'row', f.key, f.params);
      }
    }
    if (mode === PriceImportMode.ALL_OR_NOTHING && errors.length) {
      await this.db.query(`ROLLBACK TO SAVEPOINT price_import`);
      return { imported: 0, errors };
    }
    await this.db.query(`RELEASE SAVEPOINT price_import`);
    for (const w of written) this.lists.auditPriceWrite(w.id, w.endedId);
    return { imported: written.length, errors };
  }
}

/** The service a row names: by id, else by its exact name when exactly one service has it. */
function serviceOf(row: ParsedPriceRow, services: ServiceRef[]): string | null {
  if (row.serviceId) return services.find((s) => s.id === row.serviceId)?.id ?? null;
  const name = row.serviceName!.toLowerCase();
  const named = services.filter((s) => s.name.trim().toLowerCase() === name);
  return named.length === 1 ? named[0]!.id : null;
}

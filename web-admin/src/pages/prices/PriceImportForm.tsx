import { Alert, Button, FileInput, Radio, Stack, Table, Text } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useImportPriceList } from '../../api/usePrices';
import { RefusalAlert } from '../../components/RefusalAlert';
import type { ExportFormat, PriceImportMode } from '../../gql/graphql';

/** The server's limit (importPriceList): larger files are refused before reading. */
const MAX_BYTES = 2 * 1024 * 1024;

/** CSV or XLSX by the file name; null for anything else. */
function formatOf(file: File): ExportFormat | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'CSV';
  if (name.endsWith('.xlsx')) return 'XLSX';
  return null;
}

/** The file's bytes as base64, as the API takes them. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

interface PriceImportFormProps {
  priceListId: string;
}

/**
 * Imports price versions from a file in the export format. The user chooses whether one bad
 * row stops the whole import or only the good rows are written; the result names every bad
 * row by line, column and reason.
 */
export function PriceImportForm({ priceListId }: PriceImportFormProps) {
  const { t } = useTranslation();
  const run = useImportPriceList();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<PriceImportMode>('ALL_OR_NOTHING');
  const [fileError, setFileError] = useState<string>();
  const result = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLButtonElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const format = file && formatOf(file);
    const problem = !file
      ? t('prices.import.chooseFile')
      : !format
        ? t('prices.import.wrongType')
        : file.size > MAX_BYTES
          ? t('prices.import.tooLarge')
          : undefined;
    flushSync(() => setFileError(problem));
    if (problem) return fileInput.current?.focus();
    run.mutate(
      { priceListId, format: format!, mode, contentBase64: await base64Of(file!) },
      { onSettled: () => setTimeout(() => result.current?.focus(), 0) },
    );
  };

  const outcome = run.data;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('prices.import.title')}>
      <Stack gap="md">
        <Text size="sm">{t('prices.import.intro')}</Text>
        <FileInput
          ref={fileInput}
          label={t('prices.import.file')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          clearable
          value={file}
          onChange={setFile}
          error={fileError}
        />
        <Radio.Group
          label={t('prices.import.mode')}
          value={mode}
          onChange={(value) => setMode(value as PriceImportMode)}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="ALL_OR_NOTHING" label={t('prices.import.allOrNothing')} />
            <Radio value="VALID_ROWS" label={t('prices.import.validRows')} />
          </Stack>
        </Radio.Group>
        <Button type="submit" w="fit-content" loading={run.isPending}>
          {t('prices.import.submit')}
        </Button>
        <div ref={result} tabIndex={-1}>
          {run.isError && <RefusalAlert title={t('prices.import.failed')} error={run.error} />}
          {outcome && (
            <Stack gap="sm">
              <Alert
                role={outcome.errors.length > 0 ? 'alert' : 'status'}
                color={outcome.errors.length > 0 ? 'red' : 'reha'}
                variant="light"
              >
                {t('prices.import.summary', {
                  imported: outcome.imported,
                  bad: outcome.errors.length,
                })}
              </Alert>
              {outcome.errors.length > 0 && (
                <Table striped withTableBorder captionSide="top">
                  <Table.Caption>{t('prices.import.badRows')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('prices.import.line')}</Table.Th>
                      <Table.Th scope="col">{t('prices.import.column')}</Table.Th>
                      <Table.Th scope="col">{t('prices.import.reason')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {outcome.errors.map((error, index) => (
                      <Table.Tr key={index}>
                        <Table.Td>{error.line}</Table.Td>
                        <Table.Td>{error.field}</Table.Td>
                        <Table.Td>{error.message}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Stack>
          )}
        </div>
      </Stack>
    </form>
  );
}

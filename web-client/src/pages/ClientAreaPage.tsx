import { List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMyClientRecords } from '../api/useMyClientRecords';
import { ActingForChooser } from '../components/ActingForChooser';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { PageLoader } from '../components/PageLoader';
import { usePageTitle } from '../layout/usePageTitle';

/** The signed-in person's own area (minu = "my"): whom they act for and their providers. */
export function ClientAreaPage() {
  const { t } = useTranslation();
  usePageTitle(t('clientArea.title'));
  const records = useMyClientRecords();

  return (
    <>
      <Title order={1} mb="md">
        {t('clientArea.title')}
      </Title>
      <Text size="lg" maw="44rem" mb="lg">
        {t('clientArea.intro')}
      </Text>
      <ActingForChooser />

      <Title order={2} mt="xl" mb="sm">
        {t('clientArea.records.title')}
      </Title>
      {records.isPending ? (
        <PageLoader />
      ) : records.isError ? (
        <ApiErrorAlert
          title={t('clientArea.records.failed')}
          error={records.error}
          onRetry={() => void records.refetch()}
          retrying={records.isFetching}
        />
      ) : records.data.length === 0 ? (
        <Text maw="44rem">{t('clientArea.records.none')}</Text>
      ) : (
        <List spacing="xs" maw="44rem">
          {records.data.map((record) => (
            <List.Item key={record.clientId}>
              {record.erased
                ? t('clientArea.records.erased', { organization: record.organizationName })
                : t('clientArea.records.record', {
                    organization: record.organizationName,
                    name: [record.firstName, record.lastName].filter(Boolean).join(' '),
                  })}
            </List.Item>
          ))}
        </List>
      )}
      <Text maw="44rem" mt="xl">
        {t('clientArea.text')}
      </Text>
    </>
  );
}

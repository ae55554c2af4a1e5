import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useEndProviderService } from '../../api/useCatalog';
import { RefusalAlert } from '../../components/RefusalAlert';
import { parseDateText } from './catalogInputs';

interface EndServiceFormProps {
  serviceId: string;
  onEnded: () => void;
}

/** Ends a service from a date (services are never deleted: past deliveries refer to them). */
export function EndServiceForm({ serviceId, onEnded }: EndServiceFormProps) {
  const { t } = useTranslation();
  const end = useEndProviderService();
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const validTo = parseDateText(date);
    if (!validTo)
      return setProblem(t(validTo === null ? 'catalog.dateFormat' : 'catalog.required'));
    setProblem(undefined);
    end.mutate({ id: serviceId, validTo }, { onSuccess: onEnded });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="end-service-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="end-service-title">
          {t('services.end.title')}
        </Title>
        {end.isError && <RefusalAlert title={t('services.end.failed')} error={end.error} />}
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('services.end.date')}
            description={t('catalog.dateHint')}
            value={date}
            onChange={(event) => setDate(event.currentTarget.value)}
            error={problem}
          />
          <Button type="submit" color="red" variant="light" loading={end.isPending}>
            {t('services.end.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

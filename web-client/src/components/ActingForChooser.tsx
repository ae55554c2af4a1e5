import { Radio, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Whom the person is acting for: themselves or someone they represent (a child, a ward). Only
 * "yourself" for now; the people one represents arrive with the clients' representation data.
 */
export function ActingForChooser() {
  const { t } = useTranslation();
  const [actingFor, setActingFor] = useState('self');
  return (
    <Radio.Group
      label={t('actingFor.label')}
      description={t('actingFor.description')}
      value={actingFor}
      onChange={setActingFor}
    >
      <Stack gap="xs" mt="xs">
        <Radio value="self" label={t('actingFor.self')} />
      </Stack>
    </Radio.Group>
  );
}

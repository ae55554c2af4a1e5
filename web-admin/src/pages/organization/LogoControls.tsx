import { Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRemoveOrganizationLogo, useUploadOrganizationLogo } from '../../api/useOrganization';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LOGO_TYPES, logoProblem, readAsBase64 } from './logoFile';

/** Upload (PNG, SVG, JPEG; checked for kind and size first) or remove the logo, at once. */
export function LogoControls({ hasLogo }: { hasLogo: boolean }) {
  const { t } = useTranslation();
  const upload = useUploadOrganizationLogo();
  const remove = useRemoveOrganizationLogo();
  const [fileError, setFileError] = useState<string>();

  const choose = async (file: File | null) => {
    if (!file) return;
    const problem = logoProblem(file);
    if (problem) return setFileError(t(`organization.branding.logoProblem.${problem}`));
    setFileError(undefined);
    remove.reset();
    upload.mutate({ contentBase64: await readAsBase64(file), fileName: file.name });
  };

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" id="logo-hint">
        {t('organization.branding.logoHint')}
      </Text>
      <Group gap="sm">
        <FileButton onChange={(file) => void choose(file)} accept={LOGO_TYPES.join(',')}>
          {(props) => (
            <Button
              {...props}
              variant="outline"
              loading={upload.isPending}
              aria-describedby="logo-hint"
            >
              {hasLogo
                ? t('organization.branding.replaceLogo')
                : t('organization.branding.uploadLogo')}
            </Button>
          )}
        </FileButton>
        {hasLogo && (
          <Button
            variant="outline"
            color="red.9"
            loading={remove.isPending}
            onClick={() => {
              upload.reset();
              remove.mutate();
            }}
          >
            {t('organization.branding.removeLogo')}
          </Button>
        )}
      </Group>
      {fileError && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {fileError}
        </Text>
      )}
      {upload.isError && (
        <ApiErrorAlert title={t('organization.branding.uploadFailed')} error={upload.error} />
      )}
      {remove.isError && (
        <ApiErrorAlert title={t('organization.branding.removeFailed')} error={remove.error} />
      )}
      {(upload.isSuccess || remove.isSuccess) && (
        <Text size="sm" role="status">
          {upload.isSuccess
            ? t('organization.branding.uploaded')
            : t('organization.branding.removed')}
        </Text>
      )}
    </Stack>
  );
}

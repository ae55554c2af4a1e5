import { formatDateTimeEt } from '@reha/shared';
import { Alert, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface RecoveryCodesProps {
  codes: string[];
  /** The account the codes belong to, named in the downloaded file. */
  email: string;
  /** They have kept the codes: the page stops showing them (for good). */
  onDone: () => void;
}

/**
 * The ten one-time recovery codes, shown this once: to download as a text file or write down.
 * Focus starts at the heading, so a screen reader reads what they are before the list.
 */
export function RecoveryCodes({ codes, email, onDone }: RecoveryCodesProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const download = () => {
    const text = [
      t('security.recovery.fileTitle'),
      t('security.recovery.fileAccount', { email }),
      t('security.recovery.fileCreated', { time: formatDateTimeEt(new Date()) }),
      '',
      t('security.recovery.fileText'),
      '',
      ...codes,
      '',
    ].join('\r\n');
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = t('security.recovery.fileName');
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked later: the browser reads the file after this handler has returned.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };

  return (
    <Stack gap="md">
      <Alert role="status" color="reha" variant="light" className="reha-notice">
        {t('security.totp.enabledNotice')}
      </Alert>
      <Title order={3} id="recovery-codes-title" ref={heading} tabIndex={-1}>
        {t('security.recovery.title')}
      </Title>
      <Text>{t('security.recovery.text')}</Text>
      <Text fw={700}>{t('security.recovery.once')}</Text>
      <SimpleGrid
        component="ul"
        aria-labelledby="recovery-codes-title"
        cols={{ base: 1, xs: 2 }}
        spacing="xs"
        verticalSpacing="xs"
        p={0}
        m={0}
        maw="28rem"
        style={{ listStyle: 'none' }}
      >
        {codes.map((code) => (
          <Text component="li" key={code} ff="monospace" fz="lg" fw={700}>
            {code}
          </Text>
        ))}
      </SimpleGrid>
      <Group gap="sm">
        <Button variant="outline" onClick={download}>
          {t('security.recovery.download')}
        </Button>
        <Button onClick={onDone}>{t('security.recovery.saved')}</Button>
      </Group>
    </Stack>
  );
}

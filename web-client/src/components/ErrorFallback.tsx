import { Button, Container, Group, Text, Title } from '@mantine/core';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

interface ErrorFallbackProps {
  onRetry: () => void;
  standalone?: boolean;
}

export function ErrorFallback({ onRetry, standalone = false }: ErrorFallbackProps) {
  const { t } = useTranslation();
  const { reset } = useQueryErrorResetBoundary();

  const retry = () => {
    reset(); // queries that threw into this boundary fetch again
    onRetry();
  };

  const content = (
    <>
      <Title order={1} mb="md">
        {t('errorBoundary.title')}
      </Title>
      <Text role="alert">{t('errorBoundary.text')}</Text>
      <Group gap="sm" mt="lg">
        <Button onClick={retry}>{t('common.retry')}</Button>
        {/* A full page load: the way back when the app's own state is what broke. */}
        <Button component="a" href={import.meta.env.BASE_URL} variant="outline">
          {t('common.toHome')}
        </Button>
      </Group>
    </>
  );

  return standalone ? (
    <Container component="main" size="sm" py="xl">
      {content}
    </Container>
  ) : (
    content
  );
}

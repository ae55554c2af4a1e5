import { Badge, Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../layout/usePageTitle';

/** The modules whose views will fill the dashboard; none is built yet. */
const MODULES = ['clients', 'calendar', 'services', 'invoices'] as const;

export function DashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('dashboard.title'));

  return (
    <>
      <Title order={1} mb="sm">
        {t('dashboard.title')}
      </Title>
      <Text mb="xl" maw="48rem">
        {t('dashboard.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        {MODULES.map((module) => (
          <Card
            key={module}
            withBorder
            padding="lg"
            component="section"
            aria-labelledby={`module-${module}`}
          >
            <Title order={2} size="h3" id={`module-${module}`}>
              {t(`dashboard.${module}.title`)}
            </Title>
            <Text mt="xs">{t(`dashboard.${module}.text`)}</Text>
            <Badge variant="outline" color="gray.7" mt="md">
              {t('dashboard.comingSoon')}
            </Badge>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}

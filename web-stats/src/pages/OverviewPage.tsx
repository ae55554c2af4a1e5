import { Badge, Card, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../layout/usePageTitle';

/** The statistics views to come; none is built yet. */
const VIEWS = ['services', 'budgets'] as const;

export function OverviewPage() {
  const { t } = useTranslation();
  usePageTitle(t('overview.title'));

  return (
    <>
      <Title order={1} mb="md">
        {t('overview.title')}
      </Title>
      <Text size="lg" maw="48rem" mb="xl">
        {t('overview.intro')}
      </Text>

      <Paper
        component="section"
        aria-labelledby="anonymised"
        bg="reha.0"
        p="lg"
        mb="xl"
        className="reha-notice"
      >
        <Title order={2} size="h3" id="anonymised">
          {t('overview.anonymised.title')}
        </Title>
        <Text mt="xs">{t('overview.anonymised.text')}</Text>
      </Paper>

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        {VIEWS.map((view) => (
          <Card
            key={view}
            withBorder
            padding="lg"
            component="section"
            aria-labelledby={`view-${view}`}
          >
            <Title order={2} size="h3" id={`view-${view}`}>
              {t(`overview.${view}.title`)}
            </Title>
            <Text mt="xs">{t(`overview.${view}.text`)}</Text>
            <Badge variant="outline" color="gray.7" mt="md">
              {t('overview.comingSoon')}
            </Badge>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}

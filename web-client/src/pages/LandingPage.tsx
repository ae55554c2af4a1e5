import { Button, Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { eidStartUrl } from '../auth/authApi';
import { browserPath, CLIENT_AREA } from '../auth/returnTo';
import { useSession } from '../auth/useSession';
import { usePageTitle } from '../layout/usePageTitle';

/** What the client portal offers; each offer arrives with its module. */
const OFFERS = ['bookings', 'plans', 'dataAccess'] as const;

export function LandingPage() {
  const { t } = useTranslation();
  usePageTitle(t('landing.title'));
  const session = useSession();

  return (
    <>
      <Title order={1} mb="md">
        {t('landing.title')}
      </Title>
      <Text size="lg" maw="44rem" mb="xl">
        {t('landing.intro')}
      </Text>
      {session.status === 'signedIn' ? (
        <Button
          component={Link}
          to={CLIENT_AREA}
          size="lg"
          mb="xl"
          className="reha-wrapping-button"
        >
          {t('landing.toClientArea')}
        </Button>
      ) : (
        // Straight to the eID provider: the button says what happens, no page in between.
        <Button
          component="a"
          href={eidStartUrl(browserPath(CLIENT_AREA))}
          size="lg"
          mb="xl"
          className="reha-wrapping-button"
        >
          {t('landing.loginCta')}
        </Button>
      )}

      <Title order={2} mt="xl" mb="md">
        {t('landing.offersTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        {OFFERS.map((offer) => (
          <Card
            key={offer}
            withBorder
            padding="lg"
            component="section"
            aria-labelledby={`offer-${offer}`}
          >
            <Title order={3} id={`offer-${offer}`}>
              {t(`landing.${offer}.title`)}
            </Title>
            <Text mt="xs">{t(`landing.${offer}.text`)}</Text>
          </Card>
        ))}
      </SimpleGrid>
      <Text mt="lg">{t('landing.inProgress')}</Text>
    </>
  );
}

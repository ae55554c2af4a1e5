import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../gql';
import type { ScheduleStateTariffInput } from '../../gql/graphql';
import { operatorGraphqlRequest } from '../../platform/operatorSession';

const PlatformStateServicesQuery = graphql(`
  query PlatformStateServices($onDate: String) {
    platformStateServices(onDate: $onDate) {
      id
      code
      nameEt
      nameEn
      unit
      funderCode
      invoiced
      validFrom
      validTo
      forms {
        form
        validFrom
        validTo
      }
      tariffs {
        id
        form
        groupSizeMin
        groupSizeMax
        priceCents
        validFrom
        validTo
      }
    }
  }
`);

const PlatformStateTariffsQuery = graphql(`
  query PlatformStateTariffs($code: String!) {
    platformStateTariffs(code: $code) {
      id
      form
      groupSizeMin
      groupSizeMax
      priceCents
      validFrom
      validTo
      note
    }
  }
`);

const ScheduleStateTariffMutation = graphql(`
  mutation ScheduleStateTariff($input: ScheduleStateTariffInput!) {
    scheduleStateTariff(input: $input) {
      id
    }
  }
`);

const STATE = ['platformState'] as const;

/** The state service codes with the forms and tariffs valid on a date (YYYY-MM-DD). */
export function usePlatformStateServices(onDate: string) {
  return useQuery({
    queryKey: [...STATE, 'services', onDate],
    queryFn: () => operatorGraphqlRequest(PlatformStateServicesQuery, { onDate }),
    select: (data) => data.platformStateServices,
  });
}

/** Every tariff version of one code, oldest first. */
export function usePlatformStateTariffs(code: string) {
  return useQuery({
    queryKey: [...STATE, 'tariffs', code],
    queryFn: () => operatorGraphqlRequest(PlatformStateTariffsQuery, { code }),
    select: (data) => data.platformStateTariffs,
  });
}

/** A state price from a date; the open version of the same form and group size ends the day before. */
export function useScheduleStateTariff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ScheduleStateTariffInput) =>
      (await operatorGraphqlRequest(ScheduleStateTariffMutation, { input })).scheduleStateTariff,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: STATE }),
  });
}

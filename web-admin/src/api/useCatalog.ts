import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../gql';
import type {
  CreateProviderServiceInput,
  CreateServicePackageInput,
  UpdateProviderServiceInput,
  UpdateServicePackageInput,
} from '../gql/graphql';
import { graphqlRequest } from './graphqlRequest';

const ProviderServicesQuery = graphql(`
  query ProviderServices($search: String, $stateCode: String, $activeOn: String, $public: Boolean) {
    providerServices(search: $search, stateCode: $stateCode, activeOn: $activeOn, public: $public) {
      id
      stateCode
      name
      publicDescription
      durationMinutes
      forms
      groupMin
      groupMax
      professions
      public
      validFrom
      validTo
    }
  }
`);

const StateServicesQuery = graphql(`
  query StateServices($onDate: String) {
    stateServices(onDate: $onDate) {
      code
      nameEt
      nameEn
      professions
      forms {
        form
      }
    }
  }
`);

const ServicePackagesQuery = graphql(`
  query ServicePackages {
    servicePackages {
      id
      name
      description
      active
      items {
        serviceId
        serviceName
        quantity
      }
    }
  }
`);

const CreateProviderServiceMutation = graphql(`
  mutation CreateProviderService($input: CreateProviderServiceInput!) {
    createProviderService(input: $input) {
      id
      name
    }
  }
`);

const UpdateProviderServiceMutation = graphql(`
  mutation UpdateProviderService($id: ID!, $input: UpdateProviderServiceInput!) {
    updateProviderService(id: $id, input: $input) {
      id
      name
    }
  }
`);

const EndProviderServiceMutation = graphql(`
  mutation EndProviderService($id: ID!, $validTo: String!) {
    endProviderService(id: $id, validTo: $validTo) {
      id
      validTo
    }
  }
`);

const CreateServicePackageMutation = graphql(`
  mutation CreateServicePackage($input: CreateServicePackageInput!) {
    createServicePackage(input: $input) {
      id
      name
    }
  }
`);

const UpdateServicePackageMutation = graphql(`
  mutation UpdateServicePackage($id: ID!, $input: UpdateServicePackageInput!) {
    updateServicePackage(id: $id, input: $input) {
      id
      name
    }
  }
`);

const CATALOG = ['catalog'] as const;

/** Which of the organization's services to list; empty values are left out. */
export interface ProviderServicesFilter {
  search?: string;
  stateCode?: string;
  activeOn?: string;
  public?: boolean;
}

/** The organization's services, by name; the old list stays on screen while a filter loads. */
export function useProviderServices(filter: ProviderServicesFilter = {}) {
  return useQuery({
    queryKey: [...CATALOG, 'services', filter],
    queryFn: () => graphqlRequest(ProviderServicesQuery, filter),
    select: (data) => data.providerServices,
    placeholderData: keepPreviousData,
  });
}

/** State service codes valid on a date (default today): what a service can be built on. */
export function useStateServices(onDate?: string) {
  return useQuery({
    queryKey: ['stateServices', onDate ?? 'today'],
    queryFn: () => graphqlRequest(StateServicesQuery, { onDate }),
    select: (data) => data.stateServices,
    staleTime: 10 * 60_000,
  });
}

export function useServicePackages() {
  return useQuery({
    queryKey: [...CATALOG, 'packages'],
    queryFn: () => graphqlRequest(ServicePackagesQuery),
    select: (data) => data.servicePackages,
  });
}

/** A catalog change: services show in packages, specialists and rooms too, so all refetch. */
function useCatalogChange<TVariables, TResult>(run: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () =>
      Promise.all(
        [CATALOG, ['specialists'], ['rooms']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}

export function useCreateProviderService() {
  return useCatalogChange(
    async (input: CreateProviderServiceInput) =>
      (await graphqlRequest(CreateProviderServiceMutation, { input })).createProviderService,
  );
}

/** Changes only the fields given; the lists given replace the old ones. */
export function useUpdateProviderService() {
  return useCatalogChange(
    async ({ id, input }: { id: string; input: UpdateProviderServiceInput }) =>
      (await graphqlRequest(UpdateProviderServiceMutation, { id, input })).updateProviderService,
  );
}

/** Ends a service from a date: no longer offered from then on; its history stays. */
export function useEndProviderService() {
  return useCatalogChange(
    async ({ id, validTo }: { id: string; validTo: string }) =>
      (await graphqlRequest(EndProviderServiceMutation, { id, validTo })).endProviderService,
  );
}

export function useCreateServicePackage() {
  return useCatalogChange(
    async (input: CreateServicePackageInput) =>
      (await graphqlRequest(CreateServicePackageMutation, { input })).createServicePackage,
  );
}

export function useUpdateServicePackage() {
  return useCatalogChange(
    async ({ id, input }: { id: string; input: UpdateServicePackageInput }) =>
      (await graphqlRequest(UpdateServicePackageMutation, { id, input })).updateServicePackage,
  );
}

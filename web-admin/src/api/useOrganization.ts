import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../gql';
import type {
  MyOrganizationQuery as MyOrganizationResult,
  UpdateOrganizationProfileInput,
} from '../gql/graphql';
import { graphqlRequest } from './graphqlRequest';

export type OrganizationProfile = MyOrganizationResult['myOrganization'];

const MyOrganizationQuery = graphql(`
  query MyOrganization {
    myOrganization {
      ...OrganizationProfileFields
    }
  }
`);

graphql(`
  fragment OrganizationProfileFields on OrganizationProfile {
    id
    legalName
    registryCode
    status
    vatNumber
    address
    ibans
    defaultIban
    contactEmail
    contactPhone
    defaultLanguage
    timeZone
    footerText
    invoiceSettings {
      numberPrefix
      nextNumber
      paymentTermDays
      bankAccount
    }
    branding {
      primaryColor
      logoDataUrl
      logoMime
    }
  }
`);

const UpdateOrganizationProfileMutation = graphql(`
  mutation UpdateOrganizationProfile($input: UpdateOrganizationProfileInput!) {
    updateOrganizationProfile(input: $input) {
      ...OrganizationProfileFields
    }
  }
`);

const UploadOrganizationLogoMutation = graphql(`
  mutation UploadOrganizationLogo($contentBase64: String!, $fileName: String!) {
    uploadOrganizationLogo(contentBase64: $contentBase64, fileName: $fileName) {
      ...OrganizationProfileFields
    }
  }
`);

const RemoveOrganizationLogoMutation = graphql(`
  mutation RemoveOrganizationLogo {
    removeOrganizationLogo {
      ...OrganizationProfileFields
    }
  }
`);

const MY_ORGANIZATION = ['myOrganization'] as const;

/** The organization the user works in: profile, invoice settings and branding (any staff). */
export function useMyOrganization(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: MY_ORGANIZATION,
    queryFn: () => graphqlRequest(MyOrganizationQuery),
    select: (data) => data.myOrganization,
    staleTime: 5 * 60_000,
    enabled: options.enabled,
  });
}

/** Every mutation answers the whole profile: the cache (and the header's branding) takes it. */
function useProfileMutation<TVariables>(
  send: (variables: TVariables) => Promise<OrganizationProfile>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (profile) => queryClient.setQueryData(MY_ORGANIZATION, { myOrganization: profile }),
  });
}

/** Saves the given profile fields; the API saves nothing when any of them is invalid. */
export function useUpdateOrganizationProfile() {
  return useProfileMutation(
    async (input: UpdateOrganizationProfileInput) =>
      (await graphqlRequest(UpdateOrganizationProfileMutation, { input }))
        .updateOrganizationProfile,
  );
}

/** Replaces the logo (PNG, SVG or JPEG, at most 1 MB; the API checks the content). */
export function useUploadOrganizationLogo() {
  return useProfileMutation(
    async (file: { contentBase64: string; fileName: string }) =>
      (await graphqlRequest(UploadOrganizationLogoMutation, file)).uploadOrganizationLogo,
  );
}

export function useRemoveOrganizationLogo() {
  return useProfileMutation(
    async () => (await graphqlRequest(RemoveOrganizationLogoMutation)).removeOrganizationLogo,
  );
}

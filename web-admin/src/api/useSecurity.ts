import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../gql';
import { graphqlRequest } from './graphqlRequest';

const MySecurityQuery = graphql(`
  query MySecurity {
    me {
      id
      email
      totpEnabled
      recoveryCodesLeft
    }
  }
`);

const StartTotpEnrolmentMutation = graphql(`
  mutation StartTotpEnrolment {
    startTotpEnrolment {
      secret
      otpauthUrl
      qrSvg
    }
  }
`);

const ConfirmTotpEnrolmentMutation = graphql(`
  mutation ConfirmTotpEnrolment($code: String!) {
    confirmTotpEnrolment(code: $code)
  }
`);

const DisableTotpMutation = graphql(`
  mutation DisableTotp($code: String!) {
    disableTotp(code: $code)
  }
`);

const StartEidLinkMutation = graphql(`
  mutation StartEidLink($returnTo: String) {
    startEidLink(returnTo: $returnTo) {
      url
    }
  }
`);

const MY_SECURITY = ['me', 'security'] as const;

/** The signed-in staff member's sign-in settings: whether TOTP is on, recovery codes left. */
export function useMySecurity() {
  return useQuery({
    queryKey: MY_SECURITY,
    queryFn: () => graphqlRequest(MySecurityQuery),
    select: (data) => data.me,
  });
}

/** A new authenticator secret (pending until confirmed): its QR code, URL and text form. */
export function useStartTotpEnrolment() {
  return useMutation({
    mutationFn: async () => (await graphqlRequest(StartTotpEnrolmentMutation)).startTotpEnrolment,
  });
}

/** Confirms the authenticator with its current code: TOTP is on; answers the recovery codes. */
export function useConfirmTotpEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (code: string) =>
      (await graphqlRequest(ConfirmTotpEnrolmentMutation, { code })).confirmTotpEnrolment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MY_SECURITY }),
  });
}

/** Turns TOTP off with a current code from the app or a recovery code. */
export function useDisableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => graphqlRequest(DisableTotpMutation, { code }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MY_SECURITY }),
  });
}

/**
 * Starts linking the user's isikukood: the answer's URL is opened with a full page load (eID),
 * which comes back to `returnTo` (a browser path under /admin/) with ?eidLinked=1 or ?error=.
 */
export function useStartEidLink() {
  return useMutation({
    mutationFn: async (returnTo: string) =>
      (await graphqlRequest(StartEidLinkMutation, { returnTo })).startEidLink,
    onSuccess: ({ url }) => window.location.assign(url),
  });
}

/** Re-reads the sign-in settings, e.g. after another tab changed them (CONFLICT). */
export function useRefetchMySecurity() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: MY_SECURITY });
}

import { useQuery } from '@tanstack/react-query';
import { graphql } from '../gql';
import { graphqlRequest } from './graphqlRequest';

const MyClientRecordsQuery = graphql(`
  query MyClientRecords {
    myClientRecords {
      clientId
      organizationName
      firstName
      lastName
      erased
    }
  }
`);

/** The signed-in person's client records at every provider that uses Reha. */
export function useMyClientRecords() {
  return useQuery({
    queryKey: ['myClientRecords'],
    queryFn: () => graphqlRequest(MyClientRecordsQuery),
    select: (data) => data.myClientRecords,
  });
}

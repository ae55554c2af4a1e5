import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../gql';
import type { ExportFormat, PriceImportMode, SchedulePriceInput } from '../gql/graphql';
import { graphqlRequest } from './graphqlRequest';

/** Active funders only: new price lists may not use an inactive one. */
const PriceFundersQuery = graphql(`
  query PriceFunders {
    funders(active: true) {
      id
      code
      nameEt
      nameEn
    }
  }
`);

const PriceListsQuery = graphql(`
  query PriceLists {
    priceLists {
      id
      name
      funderId
      funderCode
      funderName
    }
  }
`);

const PriceListRowsQuery = graphql(`
  query PriceListRows($id: ID!, $serviceId: ID, $validOn: String) {
    priceList(id: $id) {
      id
      rows(serviceId: $serviceId, validOn: $validOn) {
        id
        serviceId
        serviceName
        stateCode
        form
        groupSizeMin
        groupSizeMax
        priceCents
        vatCategory
        validFrom
        validTo
      }
    }
  }
`);

/** The organization's services with the forms and group sizes a price may be entered for. */
const PriceServiceChoicesQuery = graphql(`
  query PriceServiceChoices {
    providerServices {
      id
      name
      stateCode
      forms
      groupMin
      groupMax
    }
  }
`);

const CreatePriceListMutation = graphql(`
  mutation CreatePriceList($funderId: ID!, $name: String!) {
    createPriceList(funderId: $funderId, name: $name) {
      id
    }
  }
`);

const SchedulePriceMutation = graphql(`
  mutation SchedulePrice($input: SchedulePriceInput!) {
    schedulePrice(input: $input) {
      id
      validFrom
    }
  }
`);

const DeletePriceRowMutation = graphql(`
  mutation DeletePriceRow($id: ID!) {
    deletePriceRow(id: $id)
  }
`);

const ExportPriceListQuery = graphql(`
  query ExportPriceList($priceListId: ID!, $format: ExportFormat!) {
    exportPriceList(priceListId: $priceListId, format: $format) {
      filename
      mimeType
      contentBase64
    }
  }
`);

const ImportPriceListMutation = graphql(`
  mutation ImportPriceList(
    $priceListId: ID!
    $format: ExportFormat!
    $mode: PriceImportMode!
    $contentBase64: String!
  ) {
    importPriceList(
      priceListId: $priceListId
      format: $format
      mode: $mode
      contentBase64: $contentBase64
    ) {
      imported
      errors {
        line
        field
        message
      }
    }
  }
`);

const PriceQuoteQuery = graphql(`
  query PriceQuote(
    $serviceId: ID!
    $funderId: ID!
    $date: String!
    $form: String!
    $groupSize: Int!
  ) {
    priceQuote(
      serviceId: $serviceId
      funderId: $funderId
      date: $date
      form: $form
      groupSize: $groupSize
    ) {
      priceCents
      vatCents
      grossCents
      vatCategory
      source
      validFrom
      validTo
      explanation
    }
  }
`);

const PRICES = ['prices'] as const;

export function usePriceFunders() {
  return useQuery({
    queryKey: [...PRICES, 'funders'],
    queryFn: () => graphqlRequest(PriceFundersQuery),
    select: (data) => data.funders,
    staleTime: 10 * 60_000,
  });
}

/** The organization's price lists, one per funder. */
export function usePriceLists() {
  return useQuery({
    queryKey: [...PRICES, 'lists'],
    queryFn: () => graphqlRequest(PriceListsQuery),
    select: (data) => data.priceLists,
  });
}

/** What the rows table asks: the list, and optionally one service and a date. */
export interface PriceRowsRequest {
  id: string;
  serviceId?: string;
  validOn?: string;
}

export function usePriceListRows(request: PriceRowsRequest) {
  return useQuery({
    queryKey: [...PRICES, 'rows', request],
    queryFn: () => graphqlRequest(PriceListRowsQuery, request),
    select: (data) => data.priceList.rows,
  });
}

export function usePriceServiceChoices() {
  return useQuery({
    queryKey: [...PRICES, 'services'],
    queryFn: () => graphqlRequest(PriceServiceChoicesQuery),
    select: (data) => data.providerServices,
    staleTime: 60_000,
  });
}

/** A change to prices: the lists and rows (and any quote) are fetched again. */
function usePriceChange<TVariables, TResult>(run: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PRICES }),
  });
}

export function useCreatePriceList() {
  return usePriceChange(
    async (variables: { funderId: string; name: string }) =>
      (await graphqlRequest(CreatePriceListMutation, variables)).createPriceList,
  );
}

/** Enters a price from a date; an open-ended earlier version ends the day before. */
export function useSchedulePrice() {
  return usePriceChange(
    async (input: SchedulePriceInput) =>
      (await graphqlRequest(SchedulePriceMutation, { input })).schedulePrice,
  );
}

/** Calls off a version that has not started yet. */
export function useDeletePriceRow() {
  return usePriceChange(
    async (id: string) => (await graphqlRequest(DeletePriceRowMutation, { id })).deletePriceRow,
  );
}

export interface PriceImportRequest {
  priceListId: string;
  format: ExportFormat;
  mode: PriceImportMode;
  contentBase64: string;
}

export function useImportPriceList() {
  return usePriceChange(
    async (variables: PriceImportRequest) =>
      (await graphqlRequest(ImportPriceListMutation, variables)).importPriceList,
  );
}

/** The whole list as a file in the import format, for the table's export menu. */
export async function exportPriceList(priceListId: string, format: ExportFormat) {
  return (await graphqlRequest(ExportPriceListQuery, { priceListId, format })).exportPriceList;
}

export interface PriceQuoteRequest {
  serviceId: string;
  funderId: string;
  date: string;
  form: string;
  groupSize: number;
}

/** The price that applies, asked on demand (a mutation-like call: the user presses a button). */
export function usePriceQuote() {
  return useMutation({
    mutationFn: async (request: PriceQuoteRequest) =>
      (await graphqlRequest(PriceQuoteQuery, request)).priceQuote,
  });
}

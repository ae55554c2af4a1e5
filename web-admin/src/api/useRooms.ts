import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../gql';
import type { CreateRoomInput, ExportFormat, RoomFilter, UpdateRoomInput } from '../gql/graphql';
import { graphqlRequest } from './graphqlRequest';

const RoomsQuery = graphql(`
  query Rooms($filter: RoomFilter, $first: Int, $after: String) {
    rooms(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          name
          unitId
          unitName
          address
          capacity
          equipment
          accessibility
          costPerHourCents
          active
          services {
            serviceId
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const ExportRoomsQuery = graphql(`
  query ExportRooms($format: ExportFormat!, $filter: RoomFilter) {
    exportRooms(format: $format, filter: $filter) {
      filename
      mimeType
      contentBase64
    }
  }
`);

const CreateRoomMutation = graphql(`
  mutation CreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
      id
      name
    }
  }
`);

const UpdateRoomMutation = graphql(`
  mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) {
    updateRoom(id: $id, input: $input) {
      id
      name
    }
  }
`);

const DeactivateRoomMutation = graphql(`
  mutation DeactivateRoom($id: ID!) {
    deactivateRoom(id: $id) {
      id
      active
    }
  }
`);

const ReactivateRoomMutation = graphql(`
  mutation ReactivateRoom($id: ID!) {
    reactivateRoom(id: $id) {
      id
      active
    }
  }
`);

const ROOMS = ['rooms'] as const;

export interface RoomsRequest {
  filter: RoomFilter;
  first: number;
  after: string | undefined;
}

/** One page of the organization's rooms, by name. */
export function useRooms(request: RoomsRequest) {
  return useQuery({
    queryKey: [...ROOMS, 'list', request],
    queryFn: () => graphqlRequest(RoomsQuery, request),
    select: (data) => data.rooms,
    placeholderData: keepPreviousData,
  });
}

/** The filtered rooms as a file, for the table's export menu. */
export async function exportRooms(format: ExportFormat, filter: RoomFilter) {
  return (await graphqlRequest(ExportRoomsQuery, { format, filter })).exportRooms;
}

function useRoomChange<TVariables, TResult>(run: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ROOMS }),
  });
}

export function useCreateRoom() {
  return useRoomChange(
    async (input: CreateRoomInput) =>
      (await graphqlRequest(CreateRoomMutation, { input })).createRoom,
  );
}

/** Changes only the fields given; the service list given replaces the old one. */
export function useUpdateRoom() {
  return useRoomChange(
    async ({ id, input }: { id: string; input: UpdateRoomInput }) =>
      (await graphqlRequest(UpdateRoomMutation, { id, input })).updateRoom,
  );
}

/** Deactivated rooms stay for history but are not offered for new bookings. */
export function useSetRoomActive() {
  return useRoomChange(async ({ id, active }: { id: string; active: boolean }) =>
    active
      ? (await graphqlRequest(ReactivateRoomMutation, { id })).reactivateRoom
      : (await graphqlRequest(DeactivateRoomMutation, { id })).deactivateRoom,
  );
}

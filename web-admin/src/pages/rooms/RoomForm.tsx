import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formErrorsOf, type FormErrors } from '../../api/formErrors';
import { useProviderServices } from '../../api/useCatalog';
import { useCreateRoom, useUpdateRoom } from '../../api/useRooms';
import type { RoomsQuery } from '../../gql/graphql';
import { euroText, parseEuroText, parseWholeText } from '../services/catalogInputs';
import { focusFirstProblem } from '../users/focusFirstProblem';
import type { Choice } from '../users/useMemberChoices';

export type RoomRow = RoomsQuery['rooms']['edges'][number]['node'];

const FIELDS = [
  'name',
  'unitId',
  'address',
  'capacity',
  'equipment',
  'accessibility',
  'costPerHourCents',
  'serviceIds',
] as const;
type Field = (typeof FIELDS)[number];

interface RoomFormProps {
  room?: RoomRow;
  unitOptions: Choice[];
  onSaved: (name: string) => void;
  onCancel: () => void;
}

/** A room (ruum): where it is, how many it holds, what is in it and which services need it. */
export function RoomForm({ room, unitOptions, onSaved, onCancel }: RoomFormProps) {
  const { t, i18n } = useTranslation();
  const services = useProviderServices();
  const create = useCreateRoom();
  const update = useUpdateRoom();
  const [name, setName] = useState(room?.name ?? '');
  const [unitId, setUnitId] = useState(room?.unitId ?? '');
  const [address, setAddress] = useState(room?.address ?? '');
  const [capacity, setCapacity] = useState(room?.capacity.toString() ?? '');
  const [equipment, setEquipment] = useState(room?.equipment ?? '');
  const [accessibility, setAccessibility] = useState(room?.accessibility ?? '');
  const [cost, setCost] = useState(euroText(room?.costPerHourCents));
  const [serviceIds, setServiceIds] = useState<string[]>(
    room?.services.map((s) => s.serviceId) ?? [],
  );
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  const showErrors = (found: FormErrors<Field>) => {
    flushSync(() => setErrors(found));
    focusFirstProblem(form.current, summary.current);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const people = parseWholeText(capacity);
    const costCents = parseEuroText(cost);
    if (!name.trim()) found.name = t('catalog.required');
    if (people === undefined) found.capacity = t('catalog.required');
    else if (people === null || people < 1) found.capacity = t('rooms.capacityRange');
    if (costCents === null) found.costPerHourCents = t('catalog.euroFormat');
    if (Object.keys(found).length > 0) return showErrors({ fields: found });

    setErrors({ fields: {} });
    const input = {
      name: name.trim(),
      unitId: unitId || undefined,
      address: address.trim() || undefined,
      capacity: people!,
      equipment: equipment.trim() || undefined,
      accessibility: accessibility.trim() || undefined,
      costPerHourCents: costCents,
      serviceIds,
    };
    const handlers = {
      onSuccess: () => onSaved(input.name),
      onError: (error: unknown) => showErrors(formErrorsOf(error, FIELDS, i18n.language, t)),
    };
    if (room) update.mutate({ id: room.id, input }, handlers);
    else create.mutate(input, handlers);
  };

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={t('rooms.formTitle')}>
      <Stack gap="md">
        {errors.form && (
          <Alert
            ref={summary}
            tabIndex={-1}
            color="red"
            variant="light"
            title={t('catalog.saveFailed')}
          >
            {errors.form}
          </Alert>
        )}
        <TextInput
          data-autofocus
          label={t('rooms.fields.name')}
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.fields.name}
        />
        <NativeSelect
          label={t('rooms.fields.unit')}
          data={[{ value: '', label: t('rooms.noUnit') }, ...unitOptions]}
          value={unitId}
          onChange={(event) => setUnitId(event.currentTarget.value)}
          error={errors.fields.unitId}
        />
        <TextInput
          label={t('rooms.fields.address')}
          description={t('rooms.addressHint')}
          value={address}
          onChange={(event) => setAddress(event.currentTarget.value)}
          error={errors.fields.address}
        />
        <Group gap="sm" align="flex-start">
          <TextInput
            label={t('rooms.fields.capacity')}
            required
            inputMode="numeric"
            value={capacity}
            onChange={(event) => setCapacity(event.currentTarget.value)}
            error={errors.fields.capacity}
            w="10rem"
          />
          <TextInput
            label={t('catalog.costPerHour')}
            description={t('catalog.euroHint')}
            inputMode="decimal"
            value={cost}
            onChange={(event) => setCost(event.currentTarget.value)}
            error={errors.fields.costPerHourCents}
            w="12rem"
          />
        </Group>
        <Textarea
          label={t('rooms.fields.equipment')}
          autosize
          minRows={2}
          value={equipment}
          onChange={(event) => setEquipment(event.currentTarget.value)}
          error={errors.fields.equipment}
        />
        <Textarea
          label={t('rooms.fields.accessibility')}
          autosize
          minRows={2}
          value={accessibility}
          onChange={(event) => setAccessibility(event.currentTarget.value)}
          error={errors.fields.accessibility}
        />
        <Checkbox.Group
          label={t('rooms.fields.services')}
          value={serviceIds}
          onChange={setServiceIds}
          error={errors.fields.serviceIds}
        >
          <Stack gap={4} mt="xs">
            {(services.data ?? []).map((s) => (
              <Checkbox key={s.id} value={s.id} label={s.name} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group gap="sm">
          <Button type="submit" loading={create.isPending || update.isPending}>
            {room ? t('catalog.save') : t('rooms.create')}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('catalog.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formErrorsOf, type FormErrors } from '../../api/formErrors';
import { useProviderServices } from '../../api/useCatalog';
import { useMemberNames, useSpecialties } from '../../api/useMembers';
import { useCreateSpecialist, useUpdateSpecialist } from '../../api/useSpecialists';
import type { SpecialistsQuery } from '../../gql/graphql';
import { euroText, parseEuroText } from '../services/catalogInputs';
import { focusFirstProblem } from '../users/focusFirstProblem';
import type { Choice } from '../users/useMemberChoices';

export type SpecialistRow = SpecialistsQuery['specialists']['edges'][number]['node'];

const FIELDS = [
  'userId',
  'name',
  'email',
  'phone',
  'professions',
  'qualifications',
  'costPerHourCents',
  'services',
  'unitIds',
] as const;
type Field = (typeof FIELDS)[number];

interface SpecialistFormProps {
  specialist?: SpecialistRow;
  unitOptions: Choice[];
  /** The members query needs user.manage; without it only external specialists can be added. */
  canPickMembers: boolean;
  onSaved: (name: string) => void;
  onCancel: () => void;
}

/**
 * A specialist: a staff member (name and e-mail from their account) or an external one, with
 * professions, qualifications, an hourly cost, the services they may provide (each with an
 * optional cost of its own) and the units they work in.
 */
export function SpecialistForm(props: SpecialistFormProps) {
  const { specialist, unitOptions, canPickMembers, onSaved, onCancel } = props;
  const { t, i18n } = useTranslation();
  const specialties = useSpecialties();
  const services = useProviderServices();
  const members = useMemberNames({ status: 'ACTIVE' }, canPickMembers && !specialist);
  const create = useCreateSpecialist();
  const update = useUpdateSpecialist();
  const [external, setExternal] = useState(specialist ? specialist.external : !canPickMembers);
  const [userId, setUserId] = useState('');
  const [name, setName] = useState(specialist?.name ?? '');
  const [email, setEmail] = useState(specialist?.email ?? '');
  const [phone, setPhone] = useState(specialist?.phone ?? '');
  const [professions, setProfessions] = useState<string[]>(
    specialist?.professions.map((p) => p.key) ?? [],
  );
  const [qualifications, setQualifications] = useState(specialist?.qualifications ?? '');
  const [cost, setCost] = useState(euroText(specialist?.costPerHourCents));
  const [serviceIds, setServiceIds] = useState<string[]>(
    specialist?.services.map((s) => s.serviceId) ?? [],
  );
  const [serviceCosts, setServiceCosts] = useState<Record<string, string>>(
    Object.fromEntries(specialist?.services.map((s) => [s.serviceId, euroText(s.costCents)]) ?? []),
  );
  const [unitIds, setUnitIds] = useState<string[]>(specialist?.units.map((u) => u.unitId) ?? []);
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const [costProblems, setCostProblems] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  const showErrors = (found: FormErrors<Field>, costs: Record<string, string> = {}) => {
    flushSync(() => {
      setErrors(found);
      setCostProblems(costs);
    });
    focusFirstProblem(form.current, summary.current);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const costs: Record<string, string> = {};
    const hourly = parseEuroText(cost);
    if (!specialist && !external && !userId) found.userId = t('specialists.chooseMember');
    if (external && !name.trim()) found.name = t('catalog.required');
    if (professions.length === 0) found.professions = t('specialists.professionsRequired');
    if (hourly === null) found.costPerHourCents = t('catalog.euroFormat');
    const chosen = serviceIds.map((serviceId) => {
      const costCents = parseEuroText(serviceCosts[serviceId] ?? '');
      if (costCents === null) costs[serviceId] = t('catalog.euroFormat');
      return { serviceId, costCents: costCents ?? undefined };
    });
    if (Object.keys(found).length || Object.keys(costs).length)
      return showErrors({ fields: found }, costs);

    setErrors({ fields: {} });
    setCostProblems({});
    const details = {
      phone: phone.trim() || undefined,
      professions,
      qualifications: qualifications.trim() || undefined,
      costPerHourCents: hourly,
      services: chosen,
      unitIds,
    };
    const who = external
      ? { name: name.trim(), email: email.trim() || undefined }
      : specialist
        ? {}
        : { userId };
    const handlers = {
      onSuccess: (saved: { name: string }) => onSaved(saved.name),
      onError: (error: unknown) => showErrors(formErrorsOf(error, FIELDS, i18n.language, t)),
    };
    if (specialist) update.mutate({ id: specialist.id, input: { ...details, ...who } }, handlers);
    else create.mutate({ ...details, ...who }, handlers);
  };

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={t('specialists.formTitle')}>
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
        {!specialist && (
          <Radio.Group
            label={t('specialists.kind')}
            description={canPickMembers ? undefined : t('specialists.membersNeedPermission')}
            value={external ? 'external' : 'staff'}
            onChange={(value) => setExternal(value === 'external')}
          >
            <Group gap="md" mt="xs">
              <Radio value="staff" label={t('specialists.kindStaff')} disabled={!canPickMembers} />
              <Radio value="external" label={t('specialists.kindExternal')} />
            </Group>
          </Radio.Group>
        )}
        {!specialist && !external && (
          <NativeSelect
            label={t('specialists.fields.member')}
            required
            data={[
              { value: '', label: t('specialists.chooseMember') },
              ...(members.data ?? []).map((m) => ({ value: m.userId, label: m.displayName })),
            ]}
            value={userId}
            onChange={(event) => setUserId(event.currentTarget.value)}
            error={errors.fields.userId}
          />
        )}
        {external && (
          <>
            <TextInput
              label={t('specialists.fields.name')}
              required
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={errors.fields.name}
            />
            <TextInput
              label={t('specialists.fields.email')}
              type="email"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={errors.fields.email}
            />
          </>
        )}
        <TextInput
          label={t('specialists.fields.phone')}
          type="tel"
          value={phone}
          onChange={(event) => setPhone(event.currentTarget.value)}
          error={errors.fields.phone}
        />
        <Checkbox.Group
          label={t('specialists.fields.professions')}
          withAsterisk
          value={professions}
          onChange={setProfessions}
          error={errors.fields.professions}
        >
          <Stack gap={4} mt="xs">
            {(specialties.data ?? []).map((s) => (
              <Checkbox key={s.key} value={s.key} label={s.name} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea
          label={t('specialists.fields.qualifications')}
          autosize
          minRows={2}
          value={qualifications}
          onChange={(event) => setQualifications(event.currentTarget.value)}
          error={errors.fields.qualifications}
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
        <Checkbox.Group
          label={t('specialists.fields.services')}
          value={serviceIds}
          onChange={setServiceIds}
          error={errors.fields.services}
        >
          <Stack gap="xs" mt="xs">
            {(services.data ?? []).map((s) => (
              <Group key={s.id} gap="sm" align="flex-start">
                <Checkbox value={s.id} label={s.name} mt={6} miw="14rem" />
                {serviceIds.includes(s.id) && (
                  <TextInput
                    aria-label={t('specialists.serviceCost', { name: s.name })}
                    placeholder={t('catalog.euroHint')}
                    inputMode="decimal"
                    size="xs"
                    value={serviceCosts[s.id] ?? ''}
                    onChange={(event) =>
                      setServiceCosts({ ...serviceCosts, [s.id]: event.currentTarget.value })
                    }
                    error={costProblems[s.id]}
                    w="10rem"
                  />
                )}
              </Group>
            ))}
          </Stack>
        </Checkbox.Group>
        <Checkbox.Group
          label={t('specialists.fields.units')}
          value={unitIds}
          onChange={setUnitIds}
          error={errors.fields.unitIds}
        >
          <Stack gap={4} mt="xs">
            {unitOptions.map((u) => (
              <Checkbox key={u.value} value={u.value} label={u.label} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group gap="sm">
          <Button type="submit" loading={create.isPending || update.isPending}>
            {specialist ? t('catalog.save') : t('specialists.create')}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('catalog.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberStatus } from '../../gql/graphql';
import type { useMemberChoices } from './useMemberChoices';

/** The filter as the controls hold it: '' is "any". */
export interface MemberFilterValues {
  search: string;
  status: '' | MemberStatus;
  role: string;
  unitId: string;
  specialty: string;
}

export const ANY_MEMBER: MemberFilterValues = {
  search: '',
  status: '',
  role: '',
  unitId: '',
  specialty: '',
};

const STATUSES: readonly MemberStatus[] = ['ACTIVE', 'INVITED', 'DEACTIVATED'];

interface MemberFiltersProps {
  value: MemberFilterValues;
  onChange: (value: MemberFilterValues) => void;
  choices: ReturnType<typeof useMemberChoices>;
}

/** Search by name or e-mail, and narrow by status, role, unit (with the units below) or specialty. */
export function MemberFilters({ value, onChange, choices }: MemberFiltersProps) {
  const { t } = useTranslation();
  const any = { value: '', label: t('users.filters.any') };
  const set = (patch: Partial<MemberFilterValues>) => onChange({ ...value, ...patch });

  return (
    <>
      <TextInput
        label={t('users.filters.search')}
        type="search"
        value={value.search}
        onChange={(event) => set({ search: event.currentTarget.value })}
        w="16rem"
      />
      <NativeSelect
        label={t('users.fields.status')}
        value={value.status}
        data={[any, ...STATUSES.map((s) => ({ value: s, label: t(`users.status.${s}`) }))]}
        onChange={(event) => set({ status: event.currentTarget.value as MemberStatus | '' })}
      />
      <NativeSelect
        label={t('users.fields.role')}
        value={value.role}
        data={[any, ...choices.roleOptions]}
        onChange={(event) => set({ role: event.currentTarget.value })}
      />
      <NativeSelect
        label={t('users.fields.unit')}
        value={value.unitId}
        data={[any, ...choices.unitOptions]}
        onChange={(event) => set({ unitId: event.currentTarget.value })}
        maw="20rem"
      />
      <NativeSelect
        label={t('users.fields.specialty')}
        value={value.specialty}
        data={[any, ...choices.specialties.map((s) => ({ value: s.key, label: s.name }))]}
        onChange={(event) => set({ specialty: event.currentTarget.value })}
        maw="16rem"
      />
    </>
  );
}

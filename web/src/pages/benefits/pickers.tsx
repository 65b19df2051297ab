/** Search-as-you-type pickers for a person (the people search) and an employer, both jurisdiction-scoped by the server. */
import { RemoteSelect, type RemoteOption } from '../../components/RemoteSelect';
import { getPerson, searchPeople } from '../../api/people';
import { getEnterprise, listEnterprises } from '../../api/enterprises';

async function findPeople(q: string): Promise<RemoteOption[]> {
  const page = await searchPeople({ q }, 1, 20);
  return page.items.map((p) => ({ value: p.id, label: `${p.name} ${p.idNumber} ${p.hukouCode}` }));
}

async function personLabel(id: string): Promise<string | null> {
  const p = await getPerson(id);
  return `${p.name} ${p.idNumber}`;
}

async function findEnterprises(q: string): Promise<RemoteOption[]> {
  const page = await listEnterprises({ name: q }, 1, 20);
  return page.items.map((e) => ({ value: e.id, label: `${e.name} ${e.creditCode}` }));
}

async function enterpriseLabel(id: string): Promise<string | null> {
  return (await getEnterprise(id)).name;
}

interface PickerProps {
  value?: string | null;
  onChange?: (v: string | undefined) => void;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

/** A person of the user's jurisdiction, searched by name or ID number (claims, the try-it page, the unemployment register). */
export function PersonPicker(props: PickerProps) {
  return (
    <RemoteSelect
      cacheKey="claim-person"
      search={findPeople}
      labelFor={personLabel}
      {...props}
      style={props.style ?? { width: 420, maxWidth: '100%' }}
    />
  );
}

export function EnterprisePicker(props: PickerProps) {
  return <RemoteSelect {...props} cacheKey="claim-enterprise" search={findEnterprises} labelFor={enterpriseLabel} style={{ width: 420 }} />;
}

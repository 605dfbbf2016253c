// One parser per directory: cells → record, or the reasons the row is bad.
import { creditCodeProblem, normaliseCreditCode } from './credit-code.ts';
import { CADRE_RANK_LABELS, PROJECT_STATUS_LABELS, ROLE_LABELS, UNIT_KIND_LABELS } from './enum-labels.ts';
import type { DirectoryKind, RecordByKind } from './records.ts';
import type { RowReader } from './row-reader.ts';

type RowParser<K extends DirectoryKind> = (read: RowReader) => RecordByKind[K];

const parseUnit: RowParser<'units'> = (read) => ({
  code: read.code('code', { required: true }),
  name: read.required('name'),
  kind: read.enumValue('kind', UNIT_KIND_LABELS),
  parentCode: read.code('parent_code', { required: false }),
  leadCadreCode: read.code('lead_cadre_code', { required: false }),
});

const parseCadre: RowParser<'cadres'> = (read) => ({
  code: read.code('code', { required: true }),
  name: read.required('name'),
  slackUserId: read.slackUserId('slack_user_id'),
  rank: read.enumValue('rank', CADRE_RANK_LABELS),
  unitCodes: read.codes('unit_codes'),
  roles: read.enumList('roles', ROLE_LABELS),
});

const parseEnterprise: RowParser<'enterprises'> = (read) => {
  const creditCode = normaliseCreditCode(read.required('credit_code'));
  if (creditCode !== '') {
    const problem = creditCodeProblem(creditCode);
    if (problem !== undefined) read.problems.push(`credit_code: bad credit code ${creditCode}: ${problem}`);
  }
  return {
    creditCode,
    name: read.required('name'),
    shortName: read.optional('short_name'),
    address: read.optional('address'),
    industry: read.optional('industry'),
    aboveScale: read.yesNo('above_scale'),
    cadreCode: read.code('cadre_code', { required: false }),
  };
};

const parseProject: RowParser<'projects'> = (read) => ({
  code: read.code('code', { required: true }),
  name: read.required('name'),
  taskForceCode: read.code('task_force_code', { required: true }),
  amountYuan: read.amount('amount_yuan'),
  status: read.enumValue('status', PROJECT_STATUS_LABELS),
  leadCadreCode: read.code('lead_cadre_code', { required: false }),
});

const parsePolicy: RowParser<'policies'> = (read) => ({
  code: read.code('code', { required: true }),
  title: read.required('title'),
  issuer: read.optional('issuer'),
  summary: read.optional('summary'),
  url: read.url('url'),
  tags: read.list('tags'),
});

export const ROW_PARSERS: { [K in DirectoryKind]: RowParser<K> } = {
  units: parseUnit,
  cadres: parseCadre,
  enterprises: parseEnterprise,
  projects: parseProject,
  policies: parsePolicy,
};

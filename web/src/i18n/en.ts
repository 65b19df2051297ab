/** English — same keys as zh.ts. */
import type { Messages } from './zh';
import { benefitsEn } from './en.benefits';
import { tokensEn } from './en.tokens';
import { bindingsEn } from './en.bindings';
import { mobileEn } from '../mobile/messages.en';

export const en: Messages = {
  meta: { languageName: 'English', appName: 'Wugong', appSubtitle: 'Employment services for migrant workers' },
  mobile: mobileEn,
  common: {
    search: 'Search', reset: 'Reset', save: 'Save', cancel: 'Cancel', create: 'New', edit: 'Edit', delete: 'Delete', back: 'Back',
    confirm: 'OK', close: 'Close', yes: 'Yes', no: 'No', actions: 'Actions', detail: 'Details', refresh: 'Refresh', loading: 'Loading…',
    none: 'None', all: 'All', total: '{{total}} in all', saved: 'Saved', done: 'Done', submit: 'Submit', download: 'Download',
    reveal: 'Reveal', revealHint: 'Revealing the full value is recorded in the audit log', copy: 'Copy', copied: 'Copied', from: 'From', to: 'To', language: 'Language',
    status: 'Status', createdAt: 'Created', updatedAt: 'Updated', unknown: 'Unknown', required: 'Required', fieldErrors: 'Please check the fields marked in red',
    notAllowed: 'You may not see this page', notFound: 'Page not found', goHome: 'Back to the home page', date: 'Date', reason: 'Reason', note: 'Note',
  },
  nav: {
    home: 'Home', people: 'Worker registry', enterprises: 'Employers', imports: 'Imports', regions: 'Regions', users: 'Accounts',
    audit: 'Audit log', policy: 'Policy catalogue', policyParameters: 'Policy parameters', policyTry: 'Try a decision', policyWhatIf: 'What-if', claims: 'Claims', claimNew: 'New claim', payments: 'Payments', bindings: 'Binding requests', logout: 'Sign out', changePassword: 'Change password', myTokens: 'API tokens', jurisdiction: 'Jurisdiction: {{value}}', nationwide: 'nationwide',
  },
  login: {
    title: 'Staff sign-in', username: 'Username', password: 'Password', submit: 'Sign in', usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password', workerLink: 'Workers: sign in with your phone →',
  },
  password: {
    title: 'Change password', forcedHint: 'This is a one-time password: set a new password before you continue.', current: 'Current password', next: 'New password',
    repeat: 'Repeat the new password', mismatch: 'The two new passwords differ', rule: 'At least 10 characters with letters and digits', changed: 'Password changed',
  },
  home: {
    welcome: 'Hello, {{name}}', scope: 'Jurisdiction: {{scope}}', people: 'Registered workers', poverty: 'Poverty-registered workers',
    enterprises: 'Employers', arrears: 'Employers flagged for wage arrears', recentImports: 'Recent imports', noImports: 'No imports yet', unavailable: '—',
  },
  roles: {
    admin: 'Administrator', county_officer: 'County officer', township_officer: 'Township officer', reviewer: 'Reviewer', auditor: 'Auditor',
    department: 'Department user', employer: 'Employer', worker: 'Worker',
  },
  departments: { transport: 'Transport', civil_affairs: 'Civil affairs', justice: 'Justice', poverty_office: 'Rural revitalisation (poverty office)', development_reform: 'Development and reform' },
  users: {
    title: 'Accounts', create: 'New account', username: 'Username', displayName: 'Name', role: 'Role', jurisdiction: 'Jurisdiction (division-code prefix)',
    department: 'Department', disabled: 'Disabled', active: 'Active', locked: 'Locked', mustChange: 'Must change password', disable: 'Disable', enable: 'Enable',
    resetPassword: 'Reset password', resetConfirm: 'Reset this account to a one-time password? All its sessions end and its API tokens are revoked.', disableConfirm: 'Disable this account? All its sessions end and its API tokens are revoked; enabling it again does not restore them.',
    oneTimeTitle: 'One-time password', oneTimeHint: 'This password is shown only now. Hand it over in person or through a safe channel; it must be changed at first sign-in.',
    usernameRule: '3–64 letters, digits or _ . @ -', jurisdictionRule: '0–9 digits; empty means nationwide',
  },
  audit: {
    title: 'Audit log', at: 'Time', actor: 'Actor', role: 'Role', action: 'Action', entity: 'Entity', entityId: 'Entity id', details: 'Details',
    province: 'Chain', verify: 'Verify the chains', verifyOk: 'The audit log is intact: {{chains}} chains, {{entries}} entries', verifyBad: '{{count}} problems found',
    filterAction: 'Action (e.g. person.created)', filterEntity: 'Entity type (e.g. person)', filterActor: 'Actor id', requestId: 'Request id',
  },
  imports: {
    title: 'Imports', templates: 'Download a template', templateHint: 'Fill in the template; the ID-number and phone columns must be formatted as text.', entity: 'What to import',
    mode: 'Mode', upload: 'Upload a file', uploadHint: 'Click or drop an .xlsx / .csv file', current: 'Current import', jobs: 'Import history',
    fileName: 'File', status: 'Status', progress: 'Progress', processed: '{{processed}} rows processed', counts: 'Outcome', report: 'Error report',
    downloadReport: 'Download the error report', noReport: 'No errors', started: 'Import started: {{name}}', select: 'Show progress',
    created: 'Created', unchanged: 'Unchanged', updated: 'Updated', conflicts: 'Conflicts', errors: 'Errors', finishedAt: 'Finished',
  },
  regions: {
    title: 'Regions', root: 'China', search: 'Find by name, pinyin initials or code', code: 'Code', name: 'Name', level: 'Level',
    children: 'Subdivisions', priority: 'Priority area', notPriority: 'Not a priority area ({{date}})', isPriority: 'Priority area ({{date}})',
    designations: 'Priority designations', kind: 'Kind', validFrom: 'Valid from', validTo: 'Valid to', source: 'Basis / source',
    add: 'Add a designation', close: 'Close', closeReason: 'Reason for closing', closed: 'Closed', open: 'In force', searchResults: 'Results',
    open_: 'Open', pickDivision: 'Choose a division (type a name or pinyin initials)',
  },
  divisionLevels: { province: 'Province', prefecture: 'Prefecture', county: 'County', township: 'Township' },
  designationKinds: {
    uncapped_county_52: 'One of the 52 uncapped poor counties', sanqu_sanzhou: 'Three regions and three prefectures', relocation_site: 'Large relocation site',
    hard_hit: 'Hard-hit area (epidemic)', revitalisation_key_county: 'National rural-revitalisation key county', other: 'Other',
  },
  people: {
    title: 'Worker registry', create: 'Register a worker', edit: 'Edit worker', searchPlaceholder: 'Name, pinyin initials (e.g. wxm), ID number or phone',
    name: 'Name', namePinyin: 'Pinyin', idNumber: 'Resident ID number', sex: 'Sex', birthDate: 'Birth date', phone: 'Mobile phone', bankAccount: 'Bank account',
    hukouCode: 'Household registration', residenceCode: 'Permanent residence', employmentCode: 'Place of employment', insuredCode: 'Place insured', locality: 'Place', localityKind: 'Which place',
    povertyRegistered: 'Poverty-registered', poverty: 'Poverty-registered labourer', povertyFrom: 'Registered from', povertyTo: 'Registered to',
    dibao: 'Subsistence allowance', dibaoFrom: 'Allowance from', dibaoTo: 'Allowance to', education: 'Education', willingToGoOut: 'Willing to work away from home',
    expectedWage: 'Expected monthly wage (yuan)', skills: 'Skills', skillsHint: 'Type and press Enter; several allowed', basic: 'Basic data', localities: 'The four places',
    assistance: 'Assistance', history: 'History', records: 'Occupations, employment and insurance', occupations: 'Occupations', employment: 'Employment', insurance: 'Insurance',
    merged: 'Merged', export: 'Export (masked)', idHint: '18 characters; the last may be X', phoneHint: '11-digit mobile number', revealOnEdit: 'Editing shows the ID number, phone and bank account in full; this is recorded in the audit log.',
    occupationCode: 'Occupation code', level: 'Level', enterpriseName: 'Employer', creditCode: 'Credit code', divisionCode: 'Place',
    startDate: 'Start', endDate: 'End', monthlyWage: 'Monthly wage (yuan)', kind: 'Kind', startMonth: 'From month', endMonth: 'To month',
    contributionMonths: 'Months paid', totalCapped: 'More than {{total}}: narrow the search', yes: 'Yes', no: 'No', ageMin: 'Min. age', ageMax: 'Max. age',
  },
  sexes: { male: 'Male', female: 'Female' },
  educations: {
    none: 'No schooling', primary: 'Primary', junior: 'Junior secondary', senior: 'Senior secondary', vocational: 'Vocational secondary', college: 'Junior college', bachelor: 'Bachelor', postgraduate: 'Postgraduate',
  },
  insuranceKinds: { unemployment: 'Unemployment', pension: 'Pension', injury: 'Work injury', medical: 'Medical' },
  enterprises: {
    title: 'Employers', create: 'Register an employer', edit: 'Edit employer', creditCode: 'Unified social credit code', name: 'Name',
    industry: 'Industry', address: 'Street address', addressCode: 'Location', size: 'Size', contactName: 'Contact', contactPhone: 'Contact phone',
    arrears: 'Malicious wage arrears', flagged: 'Flagged for malicious wage arrears', notFlagged: 'Not flagged', flag: 'Flag for wage arrears', unflag: 'Remove flag',
    flagReason: 'Grounds', flagDate: 'Date of determination', unflagReason: 'Reason for removal', arrearsBy: 'Flagged by', history: 'History',
    filterName: 'Part of the name', filterIndustry: 'Industry code', filterArrears: 'Arrears flag', creditCodeHint: '18 digits and capital letters (no I, O, S, V, Z)',
    basic: 'Basic data',
  },
  enterpriseSizes: { micro: 'Micro', small: 'Small', medium: 'Medium', large: 'Large' },
  importEntities: { people: 'Workers', enterprises: 'Employers' },
  importModes: { insert: 'Insert only (existing records count as conflicts or unchanged)', update: 'Insert and update existing records' },
  importStatuses: { queued: 'Queued', running: 'Running', done: 'Done', failed: 'Failed' },
  policy: {
    catalogue: 'Policy catalogue', programs: 'Programs', program: 'Program', summary: 'Summary', payer: 'Paid by', criteria: 'Criteria', facts: 'Facts needed',
    parameters: 'Parameters', clauses: 'Clauses cited', amount: 'Amount', values: 'Intermediate values', version: 'Ruleset version', illustrative: 'Illustrative',
    illustrativeHint: 'Illustrative values are for demonstration; an administrator must replace them with the current notice', asOf: 'On date', region: 'Region', value: 'Value', source: 'Source',
    effectiveFrom: 'Effective from', effectiveTo: 'Effective to', recordedAt: 'Recorded at', origin: 'Origin', originSeed: 'Built in', originRecorded: 'Recorded',
    national: 'National', inherited: 'from {{region}}', noValue: 'Not set', key: 'Parameter', unit: 'Unit', locality: 'Place',
    whenFailing: 'Told when failing', exception: 'Exception', inferred: 'To be confirmed', all: 'All of the following', any: 'Any of the following', not: 'None of the following',
    paramAdmin: 'Parameters', addValue: 'Record a new value', addHint: 'Values are only added: a correction is a new record with the same effective date; history is kept.', addedOk: 'Recorded',
    regionHint: 'Empty for national; otherwise a 2-, 4- or 6-digit division code', valueHint: 'Money in fen; dates as YYYY-MM-DD', filterKey: 'Filter by parameter', filterRegion: 'Filter by region',
    tryIt: 'Try a decision', tryHint: 'Pick a program and a date, enter the facts and see each criterion with its clause.', evaluate: 'Evaluate', eligible: 'Eligible', notEligible: 'Not eligible',
    payable: 'Payable', months: 'Months', monthly: 'Per month', instalment: 'Instalment', passed: 'Passed', failed: 'Failed', via: 'by exception: {{label}}',
    factsUsed: 'Facts used', parametersUsed: 'Parameters used', citations: 'Clauses cited', messages: 'Explanation', yuan: '¥{{amount}}',
    whatIf: 'What-if', whatIfHint: 'Set hypothetical parameter values and see, by region, how many registered people would gain or lose eligibility and the change in cost. Nothing is changed.',
    overrides: 'Hypothetical values', addOverride: 'Add one', assume: 'Assume, for facts the registry does not hold', level: 'Group by', run: 'Run',
    levels: { province: 'Province', prefecture: 'Prefecture', county: 'County' }, people: 'Person-programs', gaining: 'Gaining', losing: 'Losing', baseCost: 'Current cost', scenarioCost: 'Scenario cost',
    delta: 'Change', total: 'Total', loaded: '{{count}} registered people read', allPrograms: 'All programs',
  },
  benefits: benefitsEn,
  tokens: tokensEn,
  bindings: bindingsEn,
};

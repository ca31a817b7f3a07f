/**
 * Words the plan generator draws from. Everything here is plain prose: the only abbreviations are the ones
 * in BASE_GLOSSARY, so a generated plan passes the glossary check.
 */

export const FIRST_NAMES = [
  'Ana', 'Marcus', 'Priya', 'David', 'Helen', 'Tomás', 'Grace', 'Samuel', 'Laura', 'Kevin', 'Mei', 'Jorge',
  'Denise', 'Ethan', 'Rosa', 'Amara', 'Benjamin', 'Chloé', 'Dmitri', 'Elena', 'Farah', 'Gabriel', 'Hiroshi',
  'Isabel', 'Jamal', 'Katarzyna', 'Liam', 'Mónica', 'Nadia', 'Oscar', 'Paloma', 'Quentin', 'Rahul', 'Sofia',
  'Thanh', 'Ursula', 'Víctor', 'Wei', 'Yasmin', 'Zoltan',
];

export const LAST_NAMES = [
  'Núñez', 'Chen', 'Raman', 'Okafor', 'Park', 'Rivera', 'Liu', 'Adeyemi', 'Bennett', 'Tanaka', 'Morales',
  'Washington', 'Brooks', 'Delgado', 'Abara', 'Bergström', 'Castillo', 'Dubois', 'Eriksen', 'Fernández',
  'García', 'Haddad', 'Ivanova', 'Jensen', 'Kowalski', 'Lindqvist', 'Mendoza', 'Nakamura', 'Olsen', 'Petrov',
  'Quintero', 'Rossi', 'Schneider', 'Takahashi', 'Umarov', 'Vargas', 'Weber', 'Xu', 'Yilmaz', 'Zhang',
];

/** Roles every generated plan has, most important first; the first six are the RACI columns. */
export const CORE_ROLES = [
  'Project Manager',
  'Technical Lead',
  'Business Lead',
  'Quality Assurance Manager',
  'Training Manager',
  'Project Sponsor',
  'Security Officer',
  'Database Administrator',
  'Program Manager',
];

/** Roles after the core ones and the site representatives, used in turn. */
export const TEAM_ROLES = [
  'Configuration Management Manager',
  'Data Conversion Lead',
  'System Developer',
  'Business Analyst',
  'Test Analyst',
  'Network Engineer',
  'Trainer',
  'Support Analyst',
  'Change Coordinator',
  'Data Steward',
];

export const CITIES = [
  'Sacramento', 'Fresno', 'Los Angeles', 'San Diego', 'Oakland', 'Redding', 'Eureka', 'Chico', 'Stockton',
  'Modesto', 'Merced', 'Visalia', 'Bakersfield', 'San Bernardino', 'Riverside', 'Santa Ana', 'Long Beach',
  'Ventura', 'Santa Barbara', 'San Luis Obispo', 'Salinas', 'Santa Cruz', 'San Jose', 'Santa Rosa', 'Ukiah',
  'Napa', 'Vallejo', 'Marysville', 'Auburn', 'Placerville', 'Truckee', 'Susanville', 'Yreka', 'Crescent City',
  'El Centro', 'Barstow', 'Bishop', 'Madera', 'Hanford', 'Lancaster', 'Palmdale', 'Oxnard', 'Irvine',
  'Anaheim', 'Pasadena', 'Glendale', 'Torrance', 'Ontario', 'Palm Springs', 'Indio', 'Escondido', 'Oceanside',
  'Chula Vista', 'Hayward', 'Fremont', 'Berkeley', 'Richmond', 'Concord', 'Walnut Creek', 'Petaluma',
];

export const STREETS = ['Capitol Mall', 'Mariposa Street', 'Spring Street', 'Main Street', 'Oak Avenue', 'Harbor Boulevard', 'Center Drive', 'Civic Plaza', 'Park Way', 'Market Street'];

/** Abbreviations the generated prose uses, with their definitions; they open every generated glossary. */
export const BASE_GLOSSARY: { term: string; definition: string }[] = [
  { term: 'RSP', definition: 'Regional Services Platform. The system implemented under this plan.' },
  { term: 'DPS', definition: 'Department of Public Services, the department that owns the system.' },
  { term: 'UAT', definition: 'User acceptance testing. Testing by the people who will use the system, to confirm it meets their needs.' },
  { term: 'ETL', definition: 'Extract, transform and load. Moving data from source systems, cleaning it and loading it into the data warehouse.' },
  { term: 'FTE', definition: 'Full-time equivalent. Staffing measured in full-time positions; 0.5 FTE is half of one person\'s time.' },
  { term: 'MFA', definition: 'Multi-factor authentication. Sign-in that needs a second proof of identity besides the password.' },
  { term: 'PII', definition: 'Personally identifiable information, such as a name, an email address or a phone number.' },
  { term: 'SQL', definition: 'Structured Query Language, used to query and manage relational databases.' },
  { term: 'TLS', definition: 'Transport Layer Security. The protocol that encrypts data in transit over a network.' },
  { term: 'VPN', definition: 'Virtual private network. An encrypted connection between an office network and the department network.' },
  // Written by the document itself (table headings), so the glossary defines them too.
  { term: 'COTS', definition: 'Commercial off-the-shelf software, bought rather than developed.' },
  { term: 'ID', definition: 'Identifier.' },
];

/** Phrases that bring a glossary abbreviation into a sentence. */
export const ABBREVIATION_PHRASES = [
  'before UAT starts',
  'through the nightly ETL pipelines',
  'over the site VPN connection',
  'with MFA enabled for every account',
  'within the approved FTE',
  'in the SQL reporting database',
  'so that no PII leaves the protected environment',
  'over TLS 1.2 or later',
  'in the RSP test environment',
  'as the DPS standards require',
];

export const SUBJECTS = [
  'The implementation team', 'The site representative', 'The Technical Lead', 'Each regional office',
  'The vendor team', 'The quality assurance staff', 'The training unit', 'The Project Manager',
  'The data conversion team', 'The support desk', 'The steering committee', 'The security team',
];

export const VERBS = [
  'reviews', 'confirms', 'documents', 'tests', 'prepares', 'verifies', 'schedules', 'reconciles', 'tracks',
  'approves', 'configures', 'updates', 'publishes', 'signs off', 'walks through', 'archives',
];

export const ADJECTIVES = ['weekly', 'updated', 'signed', 'detailed', 'revised', 'final', 'shared', 'regional', 'nightly', 'baseline', 'draft', 'consolidated'];

export const NOUNS = [
  'status report', 'data extract', 'test script', 'site checklist', 'training schedule', 'access list',
  'deployment runbook', 'risk register', 'change log', 'budget forecast', 'support procedure',
  'network diagram', 'configuration baseline', 'acceptance log', 'defect list', 'work plan', 'cutover plan',
  'inventory record', 'service catalog', 'capacity model',
];

export const COMPLEMENTS = [
  'before each phase gate', 'at every site', 'within two working days', 'during the go-live weeks',
  'so that problems are found early', 'with the business owners', 'after every production load',
  'at the weekly status meeting', 'before the readiness review', 'in the project library',
  'for the steering committee', 'together with the vendor', 'as soon as the site is ready',
];

/** Capitalized words that generated glossary terms are made of. */
export const TERM_WORDS = [
  'Access', 'Analysis', 'Archive', 'Asset', 'Audit', 'Budget', 'Campaign', 'Capacity', 'Catalog', 'Center',
  'Change', 'Client', 'Compliance', 'Configuration', 'Continuity', 'Control', 'Data', 'Delivery', 'Design',
  'Device', 'Digital', 'Document', 'Enterprise', 'Event', 'Exchange', 'Facility', 'Field', 'Finance', 'Grant',
  'Identity', 'Incident', 'Information', 'Integration', 'Inventory', 'Knowledge', 'Ledger', 'License',
  'Logistics', 'Management', 'Network', 'Office', 'Operations', 'Outreach', 'Performance', 'Planning',
  'Portal', 'Process', 'Program', 'Quality', 'Record', 'Recovery', 'Regional', 'Release', 'Reporting',
  'Request', 'Resource', 'Review', 'Risk', 'Schedule', 'Security', 'Service', 'Staff', 'Standard', 'Storage',
  'Support', 'System', 'Testing', 'Training', 'Transfer', 'Unit', 'Vendor', 'Workflow',
];

export const TASK_VERBS = [
  'Plan', 'Survey', 'Provision', 'Configure', 'Document', 'Build', 'Convert', 'Train', 'Verify', 'Integrate',
  'Prepare', 'Test', 'Deploy', 'Review', 'Migrate', 'Install', 'Reconcile', 'Hand over',
];

export const TASK_OBJECTS = [
  'the data pipelines', 'the site network', 'the reporting dashboards', 'the training materials',
  'the identity and access controls', 'the integration servers', 'the historical records', 'the user accounts',
  'the support procedures', 'the production environment', 'the test environment', 'the help desk scripts',
  'the backup and restore jobs', 'the service interfaces', 'the site equipment', 'the operating procedures',
];

export const HARDWARE_KINDS = [
  { type: 'Server', model: 'Dell PowerEdge R660' },
  { type: 'Firewall and VPN appliance', model: 'Cisco Meraki MX85' },
  { type: 'Network switch', model: 'Cisco Catalyst 9200' },
  { type: 'Laptop', model: 'Dell Latitude 7450' },
  { type: 'Video conferencing bar', model: 'Logitech Rally Bar' },
  { type: 'Storage array', model: 'NetApp AFF A250' },
  { type: 'Label printer', model: 'Zebra ZD421' },
  { type: 'Wireless access point', model: 'Aruba AP-635' },
];

export const SOFTWARE_KINDS = [
  { name: 'Reporting service', type: 'Business intelligence and reporting service', version: 'Cloud service, 2027 release', origin: 'COTS' },
  { name: 'Integration runtime', type: 'Data gateway to on-premises sources', version: '5.50', origin: 'COTS' },
  { name: 'Case portal', type: 'Custom web application', version: '1.0.0', origin: 'custom' },
  { name: 'Records database', type: 'Relational database management system', version: '2022 CU14', origin: 'COTS' },
  { name: 'Legacy ledger', type: 'Legacy reporting database', version: '2014 Service Pack 3', origin: 'legacy' },
  { name: 'Identity service', type: 'Identity and access management', version: 'Cloud service', origin: 'COTS' },
  { name: 'Scheduler', type: 'Job scheduling utility', version: '9.4', origin: 'COTS' },
] as const;

export const VENDORS = ['Dell Technologies', 'Cisco Systems', 'Microsoft Public Sector', 'Brightline Data Services, Inc.', 'Logitech', 'NetApp', 'Zebra Technologies'];

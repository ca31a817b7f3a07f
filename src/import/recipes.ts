import type { SectionId } from '../content/sections';
import { COMPUTED, type Part } from './parts';
import { budgetTable, layersFromTables, phaseGates, phasesFromWbs, phaseWindows, raciTable, sitesFromHeadings, staffingTable, titlePage } from './customParts';

/**
 * How each section is read, as data: which labels, list items and table columns fill which fields. Keys are
 * headings and labels normalised (lower case, no punctuation); a key also matches a longer label containing it.
 * What no rule places is kept as the section's intro (or its prose) and listed in IMPORT.md.
 */
const MAINTENANCE = {
  'maint contract': 'maintenance.contract',
  'maintenance contract': 'maintenance.contract',
  'maint contract contact': 'maintenance.contact',
  'maintenance contact point': 'maintenance.contact',
  'maint type level': 'maintenance.coverage',
  'maintenance type level of coverage': 'maintenance.coverage',
  'expiration': 'maintenance.expires',
  'maintenance period expiration date': 'maintenance.expires',
  'licenses': 'licenses',
  'required licenses': 'licenses',
};

const COMPONENT = { 'name id': 'name', 'name': 'name', 'type': 'type', 'physical location': 'location', 'location': 'location', 'owner': 'owner', 'equipment owner': 'owner', 'software owner': 'owner', ...MAINTENANCE };

/** plan.yaml from a title page: its approvals and version history tables, "Prepared by" and the like. */
export const PLAN_RECIPE: Part[] = [
  { kind: 'custom', run: titlePage },
  { kind: 'table', into: 'versions', columns: { 'version #': 'version', version: 'version', date: 'date', author: 'author', 'key differences': 'summary', summary: 'summary', changes: 'summary' } },
  { kind: 'table', into: 'approvals', columns: { name: 'name', role: 'role', date: 'date' } },
  { kind: 'fields', fields: { 'prepared by': 'preparedBy', author: 'preparedBy', department: 'department', division: 'division', project: 'project', system: 'system.name', classification: 'classification' } },
];

export const RECIPES: Partial<Record<SectionId, Part[]>> = {
  introduction: [{ kind: 'prose', field: 'text' }],
  planningAssumptions: [{ kind: 'table', into: 'assumptions', columns: { assumptions: 'assumption', assumption: 'assumption', description: 'description' } }],
  constraints: [{ kind: 'table', into: 'constraints', columns: { constraint: 'constraint', constraints: 'constraint', description: 'description' } }],
  systemOverview: [{ kind: 'prose', field: 'text' }],
  systemOrganization: [{ kind: 'custom', run: layersFromTables }],
  glossary: [{ kind: 'table', into: 'terms', columns: { 'term abbreviation': 'term', term: 'term', abbreviation: 'term', definition: 'definition', meaning: 'definition' } }],
  managementOverview: [{ kind: 'prose', field: 'text' }],
  pointsOfContact: [
    { kind: 'table', into: 'contacts', columns: { 'project role': 'role', role: 'role', name: 'name', organization: 'organization', email: 'email', phone: 'phones', phones: 'phones' } },
  ],
  majorTasks: [
    {
      kind: 'table',
      into: 'tasks',
      columns: { 'task id': 'id', id: 'id', task: 'name', 'task name': 'name', description: 'description', resources: 'resources', 'key staff': 'keyStaff', 'success criteria': 'successCriteria' },
    },
  ],
  implementationSchedule: [
    {
      kind: 'table',
      into: 'tasks',
      columns: {
        'task id': 'id', id: 'id', task: 'task', 'task name': 'task', 'planned start date': 'start', 'planned start': 'start', start: 'start', 'start date': 'start',
        'planned finish date': 'finish', 'planned finish': 'finish', finish: 'finish', 'end date': 'finish', dependency: 'dependsOn', dependencies: 'dependsOn',
        'depends on': 'dependsOn', predecessors: 'dependsOn', duration: 'duration', phase: 'phase',
      },
    },
  ],
  implementationSecurity: [{ kind: 'prose', field: 'text' }],
  implementationSupport: [
    { kind: 'prose', from: ['hardware software facilities and materials'], field: 'resourcesIntro' },
    { kind: 'prose', field: 'text' },
  ],
  hardware: [{ kind: 'table', into: 'components', columns: { ...COMPONENT, 'model version': 'model', model: 'model' } }],
  software: [{ kind: 'table', into: 'components', columns: { ...COMPONENT, 'model version': 'version', version: 'version', origin: 'origin' } }],
  facilities: [
    {
      kind: 'table',
      into: 'facilities',
      columns: { purpose: 'purpose', location: 'location', size: 'size', 'resources needed': 'resources', resources: 'resources', 'day hours of use': 'hours', 'days hours': 'hours', hours: 'hours', duration: 'period', period: 'period' },
    },
  ],
  materials: [{ kind: 'table', into: 'materials', columns: { item: 'item', identification: 'identification', 'version release': 'version', version: 'version', owner: 'owner' } }],
  documentation: [{ kind: 'table', into: 'documents', columns: { 'document title': 'title', title: 'title', description: 'description', version: 'version', owner: 'owner' } }],
  personnel: [
    {
      kind: 'table',
      into: 'staffing',
      columns: { 'staffing type': 'staffingType', skills: 'skills', 'security clearance': 'securityClearance', 'number needed': 'fte', fte: 'fte', period: 'period', assigned: 'assigned' },
    },
  ],
  knownIssues: [
    { kind: 'table', into: 'issues', columns: { 'issue id': 'id', id: 'id', issue: 'description', description: 'description', impact: 'impact', owner: 'owner', status: 'status', resolution: 'resolution' }, ids: 'ISS-' },
  ],
  sites: [
    { kind: 'custom', run: sitesFromHeadings },
    { kind: 'table', into: 'sites', columns: { 'site id': 'id', id: 'id', 'location name': 'name', site: 'name', name: 'name', address: 'address', 'contact point': 'contact.person', phone: 'contact.phone', preparation: 'preparation', readiness: 'readiness' }, ids: 'S' },
  ],
  risksAndContingencies: [
    {
      kind: 'table',
      into: 'contingencies',
      columns: { 'risk id': 'id', id: 'id', risk: 'risk', 'event trigger': 'trigger', trigger: 'trigger', response: 'response', 'decision factors': 'decisionFactors', owner: 'owner' },
      ids: 'R-',
    },
  ],
  systemAcceptance: [
    { kind: 'table', into: 'criteria', columns: { id: 'id', criterion: 'criterion', 'acceptance criteria': 'criterion', criteria: 'criterion', method: 'method', tool: 'tool', benchmark: 'benchmark' }, ids: 'AC-' },
    { kind: 'fields', fields: { process: 'process', 'acceptance process': 'process', discrepancies: 'discrepancies' } },
    { kind: 'prose', from: ['acceptance process'], field: 'process' },
    { kind: 'prose', from: ['discrepancies'], field: 'discrepancies' },
  ],

  executiveSummary: [
    {
      kind: 'fields',
      fields: {
        'implementation scope': 'scope', scope: 'scope', 'total duration': 'totalDuration', 'key milestones': 'keyMilestones', 'resource requirements': 'resourceRequirements',
        'success probability': 'successProbability', 'critical success factors': 'criticalSuccessFactors',
      },
    },
  ],
  strategy: [
    {
      kind: 'fields',
      fields: {
        'implementation philosophy': 'philosophy', philosophy: 'philosophy', 'phased implementation rationale': 'phasedRationale', 'risk management approach': 'riskManagementApproach',
        'quality assurance strategy': 'qualityStrategy', 'quality strategy': 'qualityStrategy', 'change management approach': 'changeManagementApproach',
      },
    },
    { kind: 'list', from: ['principles'], into: 'principles', name: 'name', text: 'description' },
  ],
  phases: [{ kind: 'custom', run: phaseWindows }, { kind: 'custom', run: phasesFromWbs }],
  governance: [
    {
      kind: 'groups',
      from: ['governance bodies'],
      into: 'bodies',
      name: 'name',
      parts: [{ kind: 'fields', fields: { chair: 'chair', members: 'members', 'meeting frequency': 'meetingFrequency', responsibilities: 'responsibilities', authority: 'authority' } }],
    },
    {
      kind: 'list',
      from: ['governance bodies'],
      into: 'bodies',
      name: 'name',
      children: { members: 'members', 'meeting frequency': 'meetingFrequency', 'review schedule': 'meetingFrequency', responsibilities: 'responsibilities', authority: 'authority', chair: 'chair' },
    },
    { kind: 'list', from: ['decision categories'], into: 'decisionFramework.categories', name: 'name', text: 'description' },
    { kind: 'table', from: ['approval authorities'], into: 'decisionFramework.approvalAuthorities', columns: { decision: 'decision', approver: 'approver' } },
    { kind: 'prose', from: ['escalation process'], field: 'decisionFramework.escalation' },
    {
      kind: 'fields',
      fields: { 'decision categories': 'decisionFramework.categories', 'escalation process': 'decisionFramework.escalation', 'approval authorities': 'decisionFramework.approvalAuthorities' },
    },
  ],
  milestones: [
    { kind: 'table', from: ['milestone'], into: 'milestones', columns: { milestone: 'name', 'target date': 'targetDate', date: 'targetDate', 'success criteria': 'successCriteria', 'responsible party': 'responsible', responsible: 'responsible', owner: 'responsible', phase: 'phase' } },
    { kind: 'table', from: ['gate'], into: 'phaseGates', columns: { gate: 'name', 'phase gate': 'name', review: 'name', phase: 'phase', criteria: 'criteria' } },
    { kind: 'custom', run: phaseGates },
  ],
  staffing: [
    { kind: 'custom', run: staffingTable },
    { kind: 'fields', fields: { 'peak staffing': COMPUTED, 'total effort': COMPUTED } },
    { kind: 'list', from: ['key personnel'], into: 'keyPersonnel', name: 'role', text: 'requirements' },
    {
      kind: 'fields',
      fields: { 'recruitment timeline': 'onboarding.recruitmentTimeline', 'training requirements': 'onboarding.trainingRequirements', 'knowledge transfer': 'onboarding.knowledgeTransfer' },
    },
  ],
  budget: [{ kind: 'custom', run: budgetTable }, { kind: 'list', from: ['cash flow'], into: 'cashFlow', name: 'topic', text: 'plan' }],
  technology: [
    { kind: 'table', into: 'infrastructureTimeline', columns: { 'infrastructure milestone': 'item', 'complete by': 'due', owner: 'owner', description: 'description' } },
    { kind: 'list', from: ['technology requirements'], into: 'requirements', name: 'area', text: 'requirements' },
    { kind: 'list', from: ['infrastructure timeline'], into: 'infrastructureTimeline', name: 'item', text: 'description' },
  ],
  raci: [
    { kind: 'custom', run: raciTable },
    { kind: 'fields', fields: { legend: COMPUTED } },
    {
      kind: 'groups',
      from: ['role definitions'],
      into: 'roleDefinitions',
      name: 'role',
      parts: [
        {
          kind: 'fields',
          fields: {
            'primary responsibilities': 'responsibilities', responsibilities: 'responsibilities', 'authority level': 'authority', 'decision authority': 'authority',
            'reporting relationships': 'reporting', 'expertise requirements': 'expertise', expertise: 'expertise', 'assigned to': COMPUTED,
          },
        },
      ],
    },
  ],
  communication: [
    { kind: 'table', into: 'reports', columns: { report: 'name', frequency: 'frequency', audience: 'audience', purpose: 'purpose', 'prepared by': 'preparedBy' } },
    { kind: 'table', into: 'meetings', columns: { meeting: 'name', frequency: 'frequency', participants: 'participants', purpose: 'purpose', chair: 'chair' } },
    { kind: 'table', into: 'escalation', columns: { 'escalate to': 'escalateTo', trigger: 'trigger', 'response time': 'responseTime' } },
    { kind: 'list', from: ['reporting structure', 'reports'], into: 'reports', name: 'name', text: 'purpose' },
    { kind: 'list', from: ['communication plan', 'meetings'], into: 'meetings', name: 'name', text: 'purpose' },
  ],
  riskMitigation: [
    { kind: 'table', into: 'risks', columns: { risk: 'risk', probability: 'probability', impact: 'impact', owner: 'owner' } },
    {
      kind: 'groups',
      from: ['high priority risks'],
      into: 'risks',
      name: 'risk',
      parts: [
        { kind: 'fields', fields: { 'mitigation activities': 'mitigation', 'timeline impact': 'timelineImpact', 'resource requirements': 'resourceRequirements', 'monitoring plan': 'monitoring' } },
        { kind: 'prose', field: 'description' },
      ],
    },
    {
      kind: 'groups',
      from: ['contingency scenarios'],
      into: 'contingencies',
      name: 'scenario',
      parts: [{ kind: 'fields', fields: { trigger: 'trigger', 'alternative approach': 'alternativeApproach', 'timeline impact': 'timelineImpact', 'resource impact': 'resourceImpact' } }],
    },
    {
      kind: 'list',
      from: ['high priority'],
      into: 'risks',
      name: 'risk',
      children: {
        'mitigation activities': 'mitigation', mitigation: 'mitigation', 'timeline impact': 'timelineImpact', 'resource requirements': 'resourceRequirements', 'monitoring plan': 'monitoring',
        probability: 'probability', impact: 'impact', owner: 'owner', description: 'description',
      },
      ids: 'R',
    },
    {
      kind: 'list',
      from: ['alternative implementation paths', 'contingency'],
      into: 'contingencies',
      name: 'scenario',
      children: { 'alternative approach': 'alternativeApproach', 'timeline impact': 'timelineImpact', 'resource impact': 'resourceImpact', trigger: 'trigger' },
    },
    { kind: 'list', from: ['risk response'], into: 'responseProcedures', name: 'name', text: 'description' },
  ],
  quality: [
    { kind: 'list', from: ['quality standards'], into: 'standards', name: 'area', text: 'standard' },
    { kind: 'table', from: ['checkpoints'], into: 'checkpoints', columns: { phase: 'phase', 'quality check': 'check', check: 'check', criteria: 'criteria', 'responsible party': 'responsible', responsible: 'responsible' } },
    { kind: 'list', from: ['review procedures'], into: 'reviewProcedures', name: 'name', text: 'description' },
    { kind: 'table', into: 'approvalAuthority', columns: { 'approval area': 'area', approver: 'approver', notes: 'description' } },
    { kind: 'list', from: ['approval authority'], into: 'approvalAuthority', name: 'area', text: 'description' },
  ],
  performance: [
    { kind: 'table', into: 'kpis', columns: { indicator: 'name', kpi: 'name', measure: 'measure', target: 'target', frequency: 'frequency' } },
    { kind: 'table', into: 'successCriteria', columns: { criterion: 'criterion', target: 'target' } },
    { kind: 'list', from: ['key performance indicators', 'kpi'], into: 'kpis', name: 'name', text: 'measure' },
    { kind: 'list', from: ['success criteria'], into: 'successCriteria', name: 'criterion', text: 'target' },
  ],
  changeControl: [
    { kind: 'list', from: ['change request', 'change control process'], into: 'procedure', name: 'step', text: 'description' },
    { kind: 'list', from: ['adaptation'], into: 'adaptationMechanisms', name: 'name', text: 'description' },
  ],
  readiness: [
    {
      kind: 'groups',
      from: ['pre implementation requirements', 'readiness checklist'],
      into: 'groups',
      name: 'name',
      parts: [{ kind: 'list', into: 'items', name: 'item', text: 'description', checked: 'done', owner: 'owner' }],
    },
  ],
  nextSteps: [
    { kind: 'table', into: 'immediateActions', columns: { action: 'action', description: 'description', owner: 'owner', due: 'due' } },
    { kind: 'list', from: ['immediate actions'], into: 'immediateActions', name: 'action', text: 'description' },
    { kind: 'list', from: ['handover'], into: 'handover', name: 'item', text: 'description' },
  ],
};

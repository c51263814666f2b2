import { useMemo } from 'react';
import { ToolShell } from '../../kit/ToolShell';
import { useClientStore } from '../../kit/useClientStore';
import { useValidity } from '../../kit/useValidity';
import { ExampleLoader } from '../shared/ExampleLoader';
import { ExportActions } from '../shared/ExportActions';
import { RecordForm } from '../shared/RecordForm';
import { OrgChannels } from './OrgChannels';
import { OrgAssumptions } from './OrgAssumptions';
import { LeaderCapabilities } from './LeaderCapabilities';
import { OrgDeliverable } from './OrgDeliverable';
import { ScaleModelSend } from './ScaleModelSend';
import { ORG_EXAMPLE, ORG_EXAMPLE_NOTES, STAGE4_EXAMPLE_LABEL } from '../../../data/stage4/examples';
import { LEADER_CAPABILITIES } from '../../../data/stage4/leader-capabilities';
import { $orgChart, $orgResult, $orgSummary, loadOrgInputs, orgDesign, orgDesignDefaultResult, orgDesignDefaults, orgDesignMarkdown, recordOrgDesign } from '../../../stores/stage4/org-design';
import '../../kit/kit.css';
import '../stage4.css';

const capabilityLabel = (id: string) => LEADER_CAPABILITIES.find((c) => c.id === id)?.label;

/** The organization design tool: operators per channel → teams, specialization, managers → org chart and hiring profiles. */
export default function OrgDesignTool() {
  const inputs = useClientStore(orgDesign.$value, orgDesignDefaults);
  const result = useClientStore($orgResult, orgDesignDefaultResult());
  const tree = useClientStore($orgChart, null);
  const [invalid, report] = useValidity();
  const isExample = useMemo(() => JSON.stringify(inputs.channels) === JSON.stringify(ORG_EXAMPLE.channels), [inputs.channels]);
  return (
    <ToolShell
      label="Organization design"
      tool={orgDesign}
      invalidCount={invalid}
      actions={<ExportActions stem="org-design" markdown={() => orgDesignMarkdown(capabilityLabel)} json={() => ({ tool: 'org-design', version: orgDesign.spec.version, inputs: orgDesign.$value.get(), summary: $orgSummary.get() })} />}
    >
      <div className="s4-tool not-content">
        <ExampleLoader label={STAGE4_EXAMPLE_LABEL} notes={ORG_EXAMPLE_NOTES} isLoaded={isExample} onLoad={() => loadOrgInputs(ORG_EXAMPLE)} />
        <OrgChannels inputs={inputs} result={result} report={report} />
        <OrgAssumptions inputs={inputs} report={report} />
        <OrgDeliverable inputs={inputs} result={result} tree={tree} />
        <LeaderCapabilities items={LEADER_CAPABILITIES} checked={inputs.leaderCapabilities} />
        <ScaleModelSend profiles={result.profiles.length} />
        <RecordForm
          title="Record the organizational design as documented"
          rationale={inputs.record.rationale}
          decidedOn={inputs.record.decidedOn}
          recordedText="Organizational design documented."
          blocked={result.profiles.length === 0 ? 'Enter channel volumes and capacities first.' : null}
          onRecord={(rationale, date) => recordOrgDesign(rationale, date)}
          onWithdraw={() => recordOrgDesign(inputs.record.rationale, null)}
        />
      </div>
    </ToolShell>
  );
}

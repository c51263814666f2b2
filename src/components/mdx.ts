/**
 * The components MDX pages use, from one import path:
 * `import { Checklist, UnitEconomics } from '../../components/mdx';`
 *
 * Only `.astro` components are exported. A barrel that re-exported React islands would be the module
 * Astro imports to hydrate each island, pulling every island's code into every page; each island here
 * is instead a small `.astro` wrapper in `./islands` that sets its client directive (and builds any
 * props at build time), so a page writes `<UnitEconomics />` and ships only that island's code.
 */

// Content: no framework JS.
export { default as BudgetSums } from './content/BudgetSums.astro';
export { default as BudgetTable } from './content/BudgetTable.astro';
export { default as CadenceTable } from './content/CadenceTable.astro';
export { default as Checklist } from './content/Checklist.astro';
export { default as CompareColumns } from './content/CompareColumns.astro';
export { default as Deliverables } from './content/Deliverables.astro';
export { default as GlossaryGroup } from './content/GlossaryGroup.astro';
export { default as GlossaryIndex } from './content/GlossaryIndex.astro';
export { default as HiringChecks } from './content/HiringChecks.astro';
export { default as HiringTimeline } from './content/HiringTimeline.astro';
export { default as InfrastructureBudgetCheck } from './content/InfrastructureBudgetCheck.astro';
export { default as InfrastructureTable } from './content/InfrastructureTable.astro';
export { default as KpiTable } from './content/KpiTable.astro';
export { default as OrgChart } from './content/OrgChart.astro';
export { default as PerformanceTable } from './content/PerformanceTable.astro';
export { default as Pipeline } from './content/Pipeline.astro';
export { default as RecordedCriteria } from './content/RecordedCriteria.astro';
export { default as ScalingStagesTable } from './content/ScalingStagesTable.astro';
export { default as Term } from './content/Term.astro';
export { default as UnitEconomicsTable } from './content/UnitEconomicsTable.astro';
export { default as NeedsJavaScript } from './kit/NeedsJavaScript.astro';
export { default as HomeSearch } from './home/HomeSearch.astro';
export { default as ReviewDashboard } from './review/ReviewDashboard.astro';
export { default as StagePresetTable } from './unit-economics/StagePresetTable.astro';
export { default as BandTables } from './assessment/BandTables.astro';
export { default as AgendaTable } from './workshop/AgendaTable.astro';
export { default as PlanCards } from './onboarding/PlanCards.astro';
export { default as PlanView } from './onboarding/PlanView.astro';
export { default as RampTable } from './onboarding/RampTable.astro';

// Islands: each wrapper hydrates its React component (and checks or builds what it needs at build time).
export { default as AssessmentTool } from './assessment/AssessmentTool.astro';
export { default as OnboardingTracker } from './onboarding/TrackerIsland.astro';
export { default as AutomationRoi } from './islands/AutomationRoi.astro';
export { default as ChannelTiers } from './islands/ChannelTiers.astro';
export { default as FacilitatorMode } from './islands/FacilitatorMode.astro';
export { default as HiringTimelineChart } from './islands/HiringTimelineChart.astro';
export { default as IcpStrategy } from './islands/IcpStrategy.astro';
export { default as ManagerOverview } from './islands/ManagerOverview.astro';
export { default as OrgDesign } from './islands/OrgDesign.astro';
export { default as RoomView } from './islands/RoomView.astro';
export { default as ScaleModel } from './scale-model/ScaleModel.astro';
export { default as ScalePlan } from './islands/ScalePlan.astro';
export { default as StagePlanner } from './islands/StagePlanner.astro';
export { default as UnitEconomics } from './islands/UnitEconomics.astro';
export { default as WorksheetForm } from './islands/WorksheetForm.astro';
export { default as WorkshopToolbar } from './islands/WorkshopToolbar.astro';
export { default as WorkspaceManager } from './islands/WorkspaceManager.astro';

/** The run report's schema lives with the run report (`scrapers/pipeline/run-report.ts`); the admin routes answer with it. */
export { RunReportSchema } from '../../../scrapers/pipeline/run-report';
